/*
 * Adding the reason phrase after the status code of log lines, as a state
 * machine over the bytes, so lines of any length, binary bytes and a last
 * line without a newline pass through intact and nothing is buffered
 * beyond the caller's block. Once a line's code is found (or cannot be),
 * the rest of the line is copied with memchr and one write.
 *
 * Common and Combined Log Format lines hold the status right after the
 * quoted request: ... "GET / HTTP/1.1" 404 512 ...
 */
#include <string.h>

#include "annotate.h"
#include "status.h"

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static void annotator_start_line(struct annotator *annotator)
{
	annotator->state = annotator->field > 0 ? ANNOTATE_SEEK_FIELD : ANNOTATE_SEEK_QUOTE;
	annotator->escaped = false;
	annotator->in_field = false;
	annotator->fields_seen = 0;
	annotator->code = 0;
	annotator->digits = 0;
}

void annotator_init(struct annotator *annotator, int field, bool line_buffered)
{
	annotator->field = field;
	annotator->line_buffered = line_buffered;
	annotator_start_line(annotator);
}

/* Writes " (Phrase)" when the digits read form a code the data knows. */
static void annotator_insert(const struct annotator *annotator, FILE *out)
{
	const struct status *status;

	if (annotator->digits != 3)
		return;
	status = status_by_code(annotator->code);
	if (status != NULL)
		fprintf(out, " (%s)", status->phrase);
}

/* Reads one byte of the candidate code; returns the state that follows. */
static enum annotate_state annotator_digit(struct annotator *annotator, char c, FILE *out)
{
	if (c >= '0' && c <= '9' && annotator->digits < 3) {
		annotator->code = annotator->code * 10 + (c - '0');
		annotator->digits++;
		return ANNOTATE_DIGITS;
	}
	if (is_blank(c) || c == '\r')
		annotator_insert(annotator, out);
	return ANNOTATE_LINE_DONE;
}

static enum annotate_state annotator_field(struct annotator *annotator, char c, FILE *out)
{
	if (is_blank(c)) {
		annotator->in_field = false;
		return ANNOTATE_SEEK_FIELD;
	}
	if (annotator->in_field)
		return ANNOTATE_SEEK_FIELD;
	annotator->in_field = true;
	if (++annotator->fields_seen < annotator->field)
		return ANNOTATE_SEEK_FIELD;
	return annotator_digit(annotator, c, out);
}

/* Moves the state machine on by one byte that is not a newline. */
static enum annotate_state annotator_step(struct annotator *annotator, char c, FILE *out)
{
	switch (annotator->state) {
	case ANNOTATE_SEEK_QUOTE:
		return c == '"' ? ANNOTATE_IN_QUOTE : ANNOTATE_SEEK_QUOTE;
	case ANNOTATE_IN_QUOTE:
		if (c == '"' && !annotator->escaped)
			return ANNOTATE_AFTER_QUOTE;
		annotator->escaped = c == '\\' && !annotator->escaped;
		return ANNOTATE_IN_QUOTE;
	case ANNOTATE_AFTER_QUOTE:
		return c == ' ' ? ANNOTATE_DIGITS : ANNOTATE_LINE_DONE;
	case ANNOTATE_SEEK_FIELD:
		return annotator_field(annotator, c, out);
	case ANNOTATE_DIGITS:
		return annotator_digit(annotator, c, out);
	case ANNOTATE_LINE_DONE:
		break;
	}
	return ANNOTATE_LINE_DONE;
}

static void annotator_end_line(struct annotator *annotator, FILE *out)
{
	if (annotator->state == ANNOTATE_DIGITS)
		annotator_insert(annotator, out);
	fputc('\n', out);
	if (annotator->line_buffered)
		fflush(out);
	annotator_start_line(annotator);
}

void annotator_feed(struct annotator *annotator, const char *bytes, size_t length, FILE *out)
{
	const char *end = bytes + length;

	while (bytes < end) {
		if (annotator->state == ANNOTATE_LINE_DONE) {
			const char *newline = memchr(bytes, '\n', (size_t)(end - bytes));
			const char *stop = newline != NULL ? newline : end;

			fwrite(bytes, 1, (size_t)(stop - bytes), out);
			bytes = stop;
			if (newline == NULL)
				return;
		}
		if (*bytes == '\n') {
			annotator_end_line(annotator, out);
		} else {
			annotator->state = annotator_step(annotator, *bytes, out);
			fputc(*bytes, out);
		}
		bytes++;
	}
}

/* A last line without a newline may end with its code. */
void annotator_finish(struct annotator *annotator, FILE *out)
{
	if (annotator->state == ANNOTATE_DIGITS)
		annotator_insert(annotator, out);
	annotator_start_line(annotator);
}
