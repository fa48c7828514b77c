/* annotate a whole line at a time: see annotate_lines.h. */
#include "filters/annotate_lines.h"

#include <stdio.h>
#include <string.h>

#include "core/status.h"
#include "core/substatus.h"

/* A phrase, a sub-status's meaning and the words around them. */
#define ANNOTATION_MAX 512

void annotate_lines_init(struct annotate_lines *lines, const struct log_format *format,
			 struct annotate_json *json, struct annotator *annotator, bool at_end)
{
	lines->format = format;
	lines->json = json;
	lines->annotator = annotator;
	lines->at_end = at_end;
	lines->annotated = 0;
	lines->passing = false;
	lines->length = 0;
	annotate_lines_restart(lines);
}

/* A line the last input left unfinished stays held: the next input's first bytes end it. */
void annotate_lines_restart(struct annotate_lines *lines)
{
	log_layout_restart(lines->format->layout);
	/* --column N is the annotator's own rule, which needs no layout. */
	lines->fast = !lines->at_end && lines->format->field > 0;
}

/* Copies phrase into text from used on, a quote or backslash escaped by a backslash when asked. */
static size_t add_text(char *text, size_t used, const char *phrase, bool escape)
{
	for (; *phrase != '\0' && used + 2 < ANNOTATION_MAX; phrase++) {
		if (escape && (*phrase == '"' || *phrase == '\\'))
			text[used++] = '\\';
		text[used++] = *phrase;
	}
	return used;
}

/* Adds the words for a code (and a W3C sub-status the data knows) from used on: "Not Found; 404.13 ...". */
static size_t add_phrase(char *text, size_t used, const struct status *status, int code,
			 int substatus, bool escape)
{
	const struct substatus *known = substatus > 0 ? substatus_find(code, substatus) : NULL;

	used = add_text(text, used, status->phrase, escape);
	if (known != NULL) {
		char head[32];

		snprintf(head, sizeof head, "; %d.%d ", code, substatus);
		used = add_text(text, used, head, false);
		used = add_text(text, used, known->meaning, escape);
	}
	return used;
}

/* A placeholder phrase such as "(Unused)" has its parentheses already. */
static bool is_parenthesised(const char *phrase)
{
	size_t length = strlen(phrase);

	return length >= 2 && phrase[0] == '(' && phrase[length - 1] == ')';
}

/*
 * What goes into the line, as the annotator writes it after the code
 * (" (Not Found)"), or quoted for --at-end (" \"Not Found\"") and logfmt
 * (" status_phrase=\"Not Found\"").
 */
static size_t annotation_of(const struct annotate_lines *lines, const struct status *status,
			    int code, int substatus, char *text)
{
	bool logfmt = lines->format->layout->name == LOG_LAYOUT_LOGFMT && lines->format->field == 0;
	bool quoted = logfmt || lines->at_end;
	bool bare = !quoted && is_parenthesised(status->phrase) && substatus <= 0;
	const char *opening = logfmt ? " status_phrase=\"" : quoted ? " \"" : bare ? " " : " (";
	size_t used = add_phrase(text, add_text(text, 0, opening, false), status, code, substatus,
				 quoted);

	if (!bare)
		text[used++] = quoted ? '"' : ')';
	return used;
}

/* A line with the annotation at `at`, each piece into the annotator's batch. */
static void write_annotated(struct annotate_lines *lines, const char *line, size_t length,
			    size_t at, const char *annotation, size_t annotation_length)
{
	struct batch *batch = &lines->annotator->batch;

	batch_add(batch, line, at);
	batch_add(batch, annotation, annotation_length);
	batch_add(batch, line + at, length - at);
	lines->annotated++;
}

/*
 * The code of the line, by its layout, or by log_code.c's rules with
 * --at-end; -1 for a line that goes on to annotate_json.c and the
 * annotator (Common Log Format, JSON lines), -2 for one without a code.
 */
static int find_code(struct annotate_lines *lines, const char *line, size_t content,
		     struct log_location *found)
{
	int slot;

	if (!lines->at_end) {
		switch (log_layout_locate(lines->format->layout, line, content, found)) {
		case LOG_LINE_CODE:
			break;
		case LOG_LINE_GENERIC:
			return -1;
		default:
			return -2;
		}
	} else if (content > 0 && line[0] == '{') {
		return -1;
	}
	slot = log_code_find(lines->format, line, content, found);
	if (slot < 0)
		return -2;
	return tally_code_of(slot);
}

/* One whole line, its newline (when it has one) included. */
static void annotate_line(struct annotate_lines *lines, const char *line, size_t length)
{
	size_t content = length, at;
	struct log_location found;
	const struct status *status;
	int code;
	char annotation[ANNOTATION_MAX];

	while (content > 0 && (line[content - 1] == '\n' || line[content - 1] == '\r'))
		content--;
	code = find_code(lines, line, content, &found);
	if (code == -1) {
		annotate_json_feed(lines->json, lines->annotator, line, length);
		lines->fast = !lines->at_end && log_layout_is_generic(lines->format->layout);
		return;
	}
	if (code < 0 || (status = status_by_code(code)) == NULL) {
		batch_add(&lines->annotator->batch, line, length);
		return;
	}
	at = content;
	if (!lines->at_end) {
		at = found.code_offset + found.code_length;
		/* logfmt's status="503": the pair ends after the quote. */
		if (at < content && line[at] == '"')
			at++;
	}
	write_annotated(lines, line, length, at, annotation,
			annotation_of(lines, status, code, found.substatus, annotation));
}

/* The bytes from cursor up to and including the next newline, or all of them; returns where it stopped. */
static const char *line_bytes(struct annotate_lines *lines, const char *cursor, const char *end)
{
	const char *newline = memchr(cursor, '\n', (size_t)(end - cursor));
	const char *stop = newline != NULL ? newline + 1 : end;
	size_t piece = (size_t)(stop - cursor);

	if (newline != NULL && lines->length == 0 && !lines->passing) {
		/* A whole line in the block, as most are: annotated where it is, not copied first. */
		annotate_line(lines, cursor, piece);
	} else if (lines->passing || piece > LOG_LINE_MAX - lines->length) {
		/* Too long to hold: what was held, and the rest, go on as they are. */
		batch_add(&lines->annotator->batch, lines->line, lines->length);
		batch_add(&lines->annotator->batch, cursor, piece);
		lines->length = 0;
		lines->passing = newline == NULL;
	} else {
		memcpy(lines->line + lines->length, cursor, piece);
		lines->length += piece;
		if (newline != NULL) {
			size_t held = lines->length;

			lines->length = 0;
			annotate_line(lines, lines->line, held);
		}
	}
	if (newline != NULL && lines->annotator->line_buffered)
		batch_flush(&lines->annotator->batch);
	return stop;
}

void annotate_lines_feed(struct annotate_lines *lines, const char *bytes, size_t length)
{
	const char *cursor = bytes, *end = bytes + length;

	while (cursor < end) {
		if (lines->fast && lines->length == 0 && !lines->passing) {
			annotate_json_feed(lines->json, lines->annotator, cursor, (size_t)(end - cursor));
			return;
		}
		cursor = line_bytes(lines, cursor, end);
	}
	batch_flush(&lines->annotator->batch);
}

void annotate_lines_finish(struct annotate_lines *lines)
{
	if (lines->length > 0 && !lines->passing)
		annotate_line(lines, lines->line, lines->length);
	lines->length = 0;
	lines->passing = false;
	annotate_json_finish(lines->json, lines->annotator);
}
