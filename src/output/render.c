/*
 * Text renderings of status records: the one-line answer of the bare form
 * and list, and the whole entry of explain. Long text is wrapped to the
 * output width.
 */
#include <stdlib.h>
#include <string.h>

#include "output/render.h"
#include "core/name.h"
#include "core/substatus.h"
#include "core/utf8.h"
#include "core/vocabulary.h"
#include "output/quote.h"
#include "output/wrap.h"

/* Facts are printed as "  Label:       value", the value at this column. */
#define LABEL_COLUMN 17

/*
 * "404 Not Found", and the origin after an unofficial meaning: "444 No
 * Response (nginx)". Stream mode writes this line millions of times, so it
 * is put together with fputc and fputs rather than parsed from a format
 * string each time.
 */
void render_name(const struct output *output, const struct status *status)
{
	FILE *out = output->stream;

	output_class_style(output, status->code);
	fputc('0' + status->code / 100, out);
	fputc('0' + status->code / 10 % 10, out);
	fputc('0' + status->code % 10, out);
	fputc(' ', out);
	fputs(status->phrase, out);
	output_style(output, STYLE_RESET);
	if (!status_is_registered(status)) {
		fputs(" (", out);
		fputs(status->origin, out);
		fputc(')', out);
	}
}

/* "4xx Client Error", or "Invalid (outside 100-599)". */
const char *render_class_label(const struct status_class *class, char buffer[CLASS_LABEL_BUFFER])
{
	if (class->digit == 0)
		snprintf(buffer, CLASS_LABEL_BUFFER, "%s (outside 100-599)", class->name);
	else
		snprintf(buffer, CLASS_LABEL_BUFFER, "%dxx %s", class->digit, class->name);
	return buffer;
}

/* What RFC 9110, Section 15 has a client do with a code it does not recognise. */
static void render_fallback(const struct output *output, int code)
{
	const struct status *fallback = status_fallback(code);

	if (status_code_is_http(code))
		fprintf(output->stream,
			"not a registered code; a client treats it as %d %s (RFC 9110, Section 15)",
			fallback->code, fallback->phrase);
	else
		fprintf(output->stream,
			"not a valid HTTP status (100-599); a client treats it as a 5xx, %d %s (RFC 9110, Section 15)",
			fallback->code, fallback->phrase);
}

/* "404.13 Not Found (IIS)": the code and sub-status, and the parent code's phrase. */
static void render_substatus_name(const struct output *output, const struct answer *answer)
{
	output_class_style(output, answer->code);
	fprintf(output->stream, "%03d.%d %s", answer->code, answer->substatus->substatus,
		answer->status->phrase);
	output_style(output, STYLE_RESET);
	fputs(" (IIS)", output->stream);
}

/* "404 Not Found", or a code with no record alone, in its class's colour. */
static void render_code_or_name(const struct output *output, const struct answer *answer)
{
	if (answer->status != NULL) {
		render_name(output, answer->status);
		return;
	}
	output_class_style(output, answer->code);
	fprintf(output->stream, "%d", answer->code);
	output_style(output, STYLE_RESET);
}

/*
 * "404 Not Found - ...", "404.13 Not Found (IIS) - ...", or for a code with
 * no record what a client makes of it.
 */
void render_answer_line(const struct output *output, const struct answer *answer)
{
	if (answer->substatus != NULL) {
		render_substatus_name(output, answer);
		fprintf(output->stream, " - %s\n", answer->substatus->meaning);
		return;
	}
	render_code_or_name(output, answer);
	fputs(" - ", output->stream);
	if (answer->status != NULL)
		fputs(answer->status->summary, output->stream);
	else
		render_fallback(output, answer->code);
	fputc('\n', output->stream);
}

/*
 * "301 Moved Permanently -> https://example.com/": where a response sends
 * the client. The Location comes from a server, so what could steer the
 * terminal is written as \xNN, as in messages.
 */
void render_location(const struct output *output, const struct answer *answer,
		     const char *location)
{
	render_code_or_name(output, answer);
	fputs(" -> ", output->stream);
	quote_write(output->stream, location);
	fputc('\n', output->stream);
}

static void render_label(const struct output *output, const char *label)
{
	fputs("  ", output->stream);
	output_style(output, STYLE_DIM);
	fprintf(output->stream, "%s:", label);
	output_style(output, STYLE_RESET);
	fprintf(output->stream, "%*s", (int)(LABEL_COLUMN - 3 - strlen(label)), "");
}

static void render_fact(const struct output *output, const char *label, const char *value)
{
	render_label(output, label);
	wrap_hanging(output->stream, value, LABEL_COLUMN, LABEL_COLUMN, output->width);
}

/* A ';'-separated list as "a, b, c", or "none". */
static void render_list_fact(const struct output *output, const char *label, const char *list)
{
	char joined[1024];
	size_t used = 0, length;

	for (const char *rest = list, *item; used < sizeof joined && name_list_next(&rest, &item, &length);)
		used += (size_t)snprintf(joined + used, sizeof joined - used, "%s%.*s", item == list ? "" : ", ",
					 (int)length, item);
	render_fact(output, label, used > 0 ? joined : "none");
}

static void render_see_also(const struct output *output, const char *list)
{
	char line[1024];
	size_t used = 0, length;

	for (const char *rest = list, *item; used < sizeof line && name_list_next(&rest, &item, &length);) {
		const struct status *related = status_by_code(atoi(item));

		used += (size_t)snprintf(line + used, sizeof line - used, "%s%03d %s",
					 item == list ? "" : ", ", related->code, related->phrase);
	}
	render_fact(output, "See also", line);
}

/* The longest language name, which the constants' column follows. */
static size_t language_width(void)
{
	size_t width = 0;

	for (int e = 0; e < ECOSYSTEM_COUNT; e++)
		if (strlen(ecosystems[e].language) > width)
			width = strlen(ecosystems[e].language);
	return width;
}

/*
 * Each language's names for the code, qualified, with the version each
 * needs: "Python     HTTPStatus.CONTENT_TOO_LARGE (3.13+),
 * HTTPStatus.REQUEST_ENTITY_TOO_LARGE (before 3.13)", wrapped under the names.
 */
static void render_constants(const struct output *output, const struct status *status)
{
	size_t column = LABEL_COLUMN + language_width() + 1;
	bool first = true;

	for (int e = 0; e < ECOSYSTEM_COUNT; e++) {
		char names[512];
		const char *rest = status->constant_cell[e], *item;
		size_t used = 0, length;

		if (status->constant[e][0] == '\0')
			continue;
		while (used < sizeof names && name_list_next(&rest, &item, &length))
			used += (size_t)snprintf(names + used, sizeof names - used, "%s%s%.*s",
						 used > 0 ? ", " : "", ecosystems[e].qualifier,
						 (int)length, item);
		if (first)
			render_label(output, "In code");
		else
			fprintf(output->stream, "%*s", LABEL_COLUMN, "");
		fprintf(output->stream, "%-*s ", (int)language_width(), ecosystems[e].language);
		wrap_hanging(output->stream, names, column, column, output->width);
		first = false;
	}
}

static void render_redirect(const struct output *output, const struct status *status)
{
	static const char *const follow_up[] = {
		[METHOD_KEEP] = "the follow-up keeps the method and content",
		[METHOD_POST_TO_GET] = "a client may turn POST into GET",
		[METHOD_GET] = "the follow-up is a GET (or HEAD)",
	};
	char text[160];

	if (status->redirect == REDIRECT_NONE)
		return;
	snprintf(text, sizeof text, "%s; %s", vocabulary_word(&vocabulary_redirect, status->redirect),
		 follow_up[status->method]);
	render_fact(output, "Redirect", text);
}

static void render_other_meanings(const struct output *output, const struct status *status)
{
	const struct status *first = status_by_code(status->code);

	for (const struct status *other = first; other != NULL; other = status_next_meaning(other)) {
		char text[256];

		if (other == status)
			continue;
		snprintf(text, sizeof text, "%s (%s%s)", other->phrase,
			 !status_is_registered(other) ? "" : "registered, ", other->origin);
		render_fact(output, "Also used as", text);
	}
}

/*
 * The origin; on a terminal with colour on, an OSC 8 hyperlink to the source
 * (never in a pipe, where the escape would reach a program). A link is only
 * written around an origin that fits on its line, so wrapping stays simple.
 */
static void render_origin(const struct output *output, const struct status *status)
{
	if (!output->color || !output->is_terminal || status->source[0] == '\0' ||
	    LABEL_COLUMN + utf8_columns(status->origin, strlen(status->origin)) > output->width) {
		render_fact(output, "Origin", status->origin);
		return;
	}
	render_label(output, "Origin");
	fprintf(output->stream, "\033]8;;%s\033\\%s\033]8;;\033\\\n", status->source, status->origin);
}

/* A code's IIS sub-statuses, counted, and how to list them. */
static void render_substatus_hint(const struct output *output, const struct status *status)
{
	const struct substatus *first = substatus_first(status->code);
	char text[160];
	int count = 0;

	if (first == NULL || status != status_by_code(status->code))
		return;
	for (const struct substatus *s = first; s != NULL; s = substatus_next(s))
		count += substatus_next_meaning(s) == NULL;	/* a number with two meanings once */
	if (count == 1)
		snprintf(text, sizeof text, "one sub-status, %d.%d", status->code, first->substatus);
	else
		snprintf(text, sizeof text, "%d sub-statuses, such as %d.%d; httpstatus %d.x lists them",
			 count, status->code, first->substatus, status->code);
	render_fact(output, "IIS", text);
}

static void render_facts(const struct output *output, const struct status *status)
{
	char class_label[CLASS_LABEL_BUFFER];

	render_fact(output, "Class", render_class_label(status_class_of(status->code), class_label));
	render_fact(output, "Kind", vocabulary_word(&vocabulary_kind, status->kind));
	render_origin(output, status);
	if (status->source[0] != '\0')
		render_fact(output, "Source", status->source);
	if (status->source_note[0] != '\0')
		render_fact(output, "Source note", status->source_note);
	if (status->mdn[0] != '\0')
		render_fact(output, "MDN", status->mdn);
	render_list_fact(output, "Headers", status->headers);
	render_fact(output, "Cacheable", status->cacheable == CACHEABLE_YES
		    ? "yes, heuristically cacheable by default"
		    : status->cacheable == CACHEABLE_NEVER
		    ? "no, a cache must not store it at all"
		    : "no, not cacheable by default");
	render_fact(output, "Body", vocabulary_word(&vocabulary_body, status->body));
	render_redirect(output, status);
	render_fact(output, "Retry", status->retry);
	if (status->aliases[0] != '\0')
		render_list_fact(output, "Also known as", status->aliases);
	render_constants(output, status);
	if (status->see_also[0] != '\0')
		render_see_also(output, status->see_also);
	render_substatus_hint(output, status);
	render_other_meanings(output, status);
}

static void render_section(const struct output *output, const char *title, const char *text)
{
	fputc('\n', output->stream);
	output_heading(output, title);
	wrap_paragraphs(output->stream, text, 2, output->width);
}

/* The example response as it reads: lines indented, never wrapped, so that it can be copied. */
static void render_example(const struct output *output, const char *example)
{
	if (example[0] == '\0')
		return;
	fputc('\n', output->stream);
	output_heading(output, "Example");
	for (const char *line = example; line != NULL;) {
		size_t length = strcspn(line, "\n");

		if (length > 0)
			fprintf(output->stream, "  %.*s", (int)length, line);
		fputc('\n', output->stream);
		line = line[length] == '\n' ? line + length + 1 : NULL;
	}
}

/*
 * explain's whole entry; for a code with no record, its line and its class.
 * A sub-status comes first, then the entry of its code; a sub-status with
 * several meanings (502.5) is answered once for each, and only the last
 * answer carries the entry, so that it is shown once. Returns whether the
 * entry was written.
 */
bool render_answer_explain(const struct output *output, const struct answer *answer)
{
	const struct status *status = answer->status;
	char label[CLASS_LABEL_BUFFER];

	if (answer->substatus != NULL) {
		render_substatus_name(output, answer);
		fputc('\n', output->stream);
		wrap_paragraphs(output->stream, answer->substatus->meaning, 2, output->width);
		fputc('\n', output->stream);
		render_fact(output, "Source", answer->substatus->source);
		if (substatus_next_meaning(answer->substatus) != NULL)
			return false;
		fputc('\n', output->stream);
	}
	if (status == NULL) {
		render_answer_line(output, answer);
		render_section(output, render_class_label(status_class_of(answer->code), label),
			       status_class_of(answer->code)->description);
		return true;
	}
	render_name(output, status);
	fputc('\n', output->stream);
	wrap_paragraphs(output->stream, status->summary, 2, output->width);
	fputc('\n', output->stream);
	render_facts(output, status);
	render_section(output, "Description", status->description);
	render_section(output, "Notes", status->notes);
	render_example(output, status->example);
	return true;
}

/* A class: its label, what it means, and its members one a line. */
void render_class(const struct output *output, const struct status_class *class,
		  const struct status *const *members, size_t count)
{
	char label[CLASS_LABEL_BUFFER];

	output_heading(output, render_class_label(class, label));
	wrap_paragraphs(output->stream, class->description, 2, output->width);
	fputc('\n', output->stream);
	for (size_t i = 0; i < count; i++) {
		fputs("  ", output->stream);
		render_name(output, members[i]);
		fputc('\n', output->stream);
	}
}
