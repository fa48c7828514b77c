/*
 * The fields of an answer, by name. They are the TSV columns, in this
 * order, and the names --field accepts; the man page documents them as a
 * stable schema. Lists keep the data's ';' separator. A code with no record
 * has empty fields but for code, known, class, class_name and treat_as.
 */
#include <string.h>

#include "output/fields.h"
#include "core/vocabulary.h"

static const char *const field_names[FIELD_COUNT] = {
	"code", "known", "phrase", "kind", "origin", "class", "class_name",
	"summary", "description", "notes", "headers", "cacheable", "body",
	"redirect", "method", "aliases", "see_also", "treat_as", "python", "go",
	"rust", "java", "dotnet",
};

const char *field_name(enum field field)
{
	return field_names[field];
}

enum field field_by_name(const char *name)
{
	for (int field = 0; field < FIELD_COUNT; field++)
		if (strcmp(field_names[field], name) == 0)
			return (enum field)field;
	return FIELD_NONE;
}

static const char *class_value(int code, char buffer[FIELD_VALUE_BUFFER])
{
	if (!status_code_is_http(code))
		return "";
	snprintf(buffer, FIELD_VALUE_BUFFER, "%dxx", code / 100);
	return buffer;
}

static const char *constant_value(const struct status *status, enum ecosystem ecosystem,
				  char buffer[FIELD_VALUE_BUFFER])
{
	if (status->constant[ecosystem][0] == '\0')
		return "";
	snprintf(buffer, FIELD_VALUE_BUFFER, "%s%s", ecosystems[ecosystem].qualifier,
		 status->constant[ecosystem]);
	return buffer;
}

/* The fields every answer has, record or not. */
static const char *code_field_value(enum field field, const struct answer *answer,
				    char buffer[FIELD_VALUE_BUFFER])
{
	int code = answer->code;
	bool known = answer->status != NULL;
	/* A client knows only the registry: a vendor's code is handled as its class's x00. */
	bool registered = known && answer->status->kind != KIND_UNOFFICIAL;

	switch (field) {
	case FIELD_CODE:
		snprintf(buffer, FIELD_VALUE_BUFFER, "%d", code);
		return buffer;
	case FIELD_KNOWN:
		return known ? "true" : "false";
	case FIELD_CLASS:
		return class_value(code, buffer);
	case FIELD_CLASS_NAME:
		return status_class_of(code)->name;
	default:	/* FIELD_TREAT_AS: what a client handles the code as */
		snprintf(buffer, FIELD_VALUE_BUFFER, "%d",
			 registered ? code : status_fallback(code)->code);
		return buffer;
	}
}

const char *field_value(enum field field, const struct answer *answer,
			char buffer[FIELD_VALUE_BUFFER])
{
	const struct status *status = answer->status;

	if (field <= FIELD_KNOWN || field == FIELD_CLASS || field == FIELD_CLASS_NAME ||
	    field == FIELD_TREAT_AS)
		return code_field_value(field, answer, buffer);
	if (status == NULL)
		return "";
	switch (field) {
	case FIELD_PHRASE: return status->phrase;
	case FIELD_KIND: return vocabulary_kind_name(status->kind);
	case FIELD_ORIGIN: return status->origin;
	case FIELD_SUMMARY: return status->summary;
	case FIELD_DESCRIPTION: return status->description;
	case FIELD_NOTES: return status->notes;
	case FIELD_HEADERS: return status->headers;
	case FIELD_CACHEABLE: return status->cacheable ? "true" : "false";
	case FIELD_BODY: return status->body_allowed ? "allowed" : "forbidden";
	case FIELD_REDIRECT: return vocabulary_redirect_name(status->redirect);
	case FIELD_METHOD: return vocabulary_method_name(status->method);
	case FIELD_ALIASES: return status->aliases;
	case FIELD_SEE_ALSO: return status->see_also;
	case FIELD_PYTHON: return constant_value(status, ECOSYSTEM_PYTHON, buffer);
	case FIELD_GO: return constant_value(status, ECOSYSTEM_GO, buffer);
	case FIELD_RUST: return constant_value(status, ECOSYSTEM_RUST, buffer);
	case FIELD_JAVA: return constant_value(status, ECOSYSTEM_JAVA, buffer);
	case FIELD_DOTNET: return constant_value(status, ECOSYSTEM_DOTNET, buffer);
	default: return "";
	}
}

/* Writes value on one line: backslash, tab and newline become \\, \t and \n. */
void field_write_escaped(FILE *out, const char *value)
{
	for (const char *c = value; *c != '\0'; c++) {
		if (*c == '\\')
			fputs("\\\\", out);
		else if (*c == '\t')
			fputs("\\t", out);
		else if (*c == '\n')
			fputs("\\n", out);
		else
			fputc(*c, out);
	}
}

void fields_write_header(FILE *out)
{
	for (int field = 0; field < FIELD_COUNT; field++)
		fprintf(out, "%s%s", field == 0 ? "" : "\t", field_names[field]);
	fputc('\n', out);
}

void fields_write_row(FILE *out, const struct answer *answer)
{
	char buffer[FIELD_VALUE_BUFFER];

	for (int field = 0; field < FIELD_COUNT; field++) {
		if (field > 0)
			fputc('\t', out);
		field_write_escaped(out, field_value((enum field)field, answer, buffer));
	}
	fputc('\n', out);
}
