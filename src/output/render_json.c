/*
 * JSON renderings of status records. The member names and types are the
 * stable schema documented in README.md and the man page: change them only
 * with both.
 */
#include "output/json.h"
#include "output/render_json.h"
#include "core/vocabulary.h"

/* "class": "4xx", "class_name": "Client Error"; codes outside 100-599 have class null. */
void render_json_class_fields(FILE *out, int code)
{
	const struct status_class *class = status_class_of(code);

	if (class->digit == 0)
		fputs("\"class\":null,\"class_name\":", out);
	else
		fprintf(out, "\"class\":\"%dxx\",\"class_name\":", class->digit);
	json_string(out, class->name);
}

static void render_json_constants(FILE *out, const struct status *status)
{
	bool first = true;

	fputc('{', out);
	for (int e = 0; e < ECOSYSTEM_COUNT; e++) {
		if (status->constant[e][0] == '\0')
			continue;
		fprintf(out, "%s\"%s\":\"%s%s\"", first ? "" : ",", ecosystems[e].field,
			ecosystems[e].qualifier, status->constant[e]);
		first = false;
	}
	fputc('}', out);
}

void render_json_status(FILE *out, const struct status *status)
{
	fprintf(out, "{\"code\":%d,\"known\":true,\"phrase\":", status->code);
	json_string(out, status->phrase);
	fprintf(out, ",\"kind\":\"%s\",\"origin\":", vocabulary_kind_name(status->kind));
	json_string(out, status->origin);
	fputc(',', out);
	render_json_class_fields(out, status->code);
	fputs(",\"summary\":", out);
	json_string(out, status->summary);
	fputs(",\"description\":", out);
	json_string(out, status->description);
	fputs(",\"notes\":", out);
	json_string(out, status->notes);
	fputs(",\"headers\":", out);
	json_string_list(out, status->headers);
	fprintf(out, ",\"cacheable\":%s,\"body\":\"%s\",\"redirect\":",
		status->cacheable ? "true" : "false",
		status->body_allowed ? "allowed" : "forbidden");
	json_string_or_null(out, vocabulary_redirect_name(status->redirect));
	fputs(",\"method\":", out);
	json_string_or_null(out, vocabulary_method_name(status->method));
	fputs(",\"aliases\":", out);
	json_string_list(out, status->aliases);
	fputs(",\"see_also\":", out);
	json_code_list(out, status->see_also);
	fputs(",\"constants\":", out);
	render_json_constants(out, status);
	fputc('}', out);
}

/* A well-formed code with no record: what a client treats it as. */
void render_json_unknown(FILE *out, int code)
{
	fprintf(out, "{\"code\":%d,\"known\":false,", code);
	render_json_class_fields(out, code);
	fprintf(out, ",\"treat_as\":%d}", status_fallback(code)->code);
}
