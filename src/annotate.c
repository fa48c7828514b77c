/*
 * Adding the reason phrase after the status code of log lines, as a state
 * machine over the bytes, so lines of any length, binary bytes and a last
 * line without a newline pass through intact and nothing is buffered
 * beyond the caller's block.
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

void annotator_init(struct annotator *annotator, int field, bool line_buffered, FILE *out)
{
	annotator->field = field;
	annotator->line_buffered = line_buffered;
	batch_start(&annotator->batch, out);
	annotator_start_line(annotator);
}

/*
 * Puts " (Phrase)" before the byte at cursor when the digits read form a
 * code the data knows: the pending run up to cursor is written first.
 */
static void annotator_insert(struct annotator *annotator, const char *cursor,
			     const char **run)
{
	const struct status *status;

	if (annotator->digits != 3)
		return;
	status = status_by_code(annotator->code);
	if (status == NULL)
		return;
	batch_add(&annotator->batch, *run, (size_t)(cursor - *run));
	*run = cursor;
	batch_add(&annotator->batch, " (", 2);
	batch_add(&annotator->batch, status->phrase, strlen(status->phrase));
	batch_add(&annotator->batch, ")", 1);
}

/* Reads one byte of the candidate code; returns the state that follows. */
static enum annotate_state annotator_digit(struct annotator *annotator, char c,
					   const char *cursor, const char **run)
{
	if (c >= '0' && c <= '9' && annotator->digits < 3) {
		annotator->code = annotator->code * 10 + (c - '0');
		annotator->digits++;
		return ANNOTATE_DIGITS;
	}
	if (is_blank(c) || c == '\r' || c == '\n')
		annotator_insert(annotator, cursor, run);
	return ANNOTATE_LINE_DONE;
}

static enum annotate_state annotator_field(struct annotator *annotator, const char *cursor,
					   const char **run)
{
	char c = *cursor;

	if (is_blank(c)) {
		annotator->in_field = false;
		return ANNOTATE_SEEK_FIELD;
	}
	if (annotator->in_field)
		return ANNOTATE_SEEK_FIELD;
	annotator->in_field = true;
	if (++annotator->fields_seen < annotator->field)
		return ANNOTATE_SEEK_FIELD;
	return annotator_digit(annotator, c, cursor, run);
}

/* Moves the state machine on by the byte at cursor, which is not a newline. */
static enum annotate_state annotator_step(struct annotator *annotator, const char *cursor,
					  const char **run)
{
	char c = *cursor;

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
		return annotator_field(annotator, cursor, run);
	case ANNOTATE_DIGITS:
		return annotator_digit(annotator, c, cursor, run);
	case ANNOTATE_LINE_DONE:
		break;
	}
	return ANNOTATE_LINE_DONE;
}

/* Finds the first of two bytes in [cursor, end), or end: two memchr scans beat a byte loop. */
static const char *find_either(const char *cursor, const char *end, char first, char second)
{
	const char *hit = memchr(cursor, first, (size_t)(end - cursor));
	const char *other;

	if (hit == NULL)
		hit = end;
	other = memchr(cursor, second, (size_t)(hit - cursor));
	return other != NULL ? other : hit;
}

/* Skips the bytes that cannot change the state: most of a log line's start. */
static const char *annotator_skip(const struct annotator *annotator, const char *cursor,
				  const char *end)
{
	if (annotator->state == ANNOTATE_SEEK_QUOTE)
		return find_either(cursor, end, '"', '\n');
	if (annotator->state == ANNOTATE_IN_QUOTE && !annotator->escaped) {
		const char *stop = find_either(cursor, end, '"', '\n');
		const char *backslash = memchr(cursor, '\\', (size_t)(stop - cursor));

		return backslash != NULL ? backslash : stop;
	}
	return cursor;
}

/*
 * Feeds bytes through the state machine, writing them in runs: a run ends
 * only where a phrase goes in, at a newline when line buffered, or at the
 * end of the block, where the batch is written, as its pieces point into
 * the block. Once a line's fate is known, memchr skips to its end.
 */
void annotator_feed(struct annotator *annotator, const char *bytes, size_t length)
{
	const char *end = bytes + length, *run = bytes, *cursor = bytes;

	while (cursor < end) {
		if (annotator->state == ANNOTATE_LINE_DONE) {
			cursor = memchr(cursor, '\n', (size_t)(end - cursor));
			if (cursor == NULL)
				break;
		}
		cursor = annotator_skip(annotator, cursor, end);
		if (cursor == end)
			break;
		if (*cursor == '\n') {
			if (annotator->state == ANNOTATE_DIGITS)
				annotator_digit(annotator, '\n', cursor, &run);
			annotator_start_line(annotator);
			if (annotator->line_buffered) {
				batch_add(&annotator->batch, run, (size_t)(cursor + 1 - run));
				batch_flush(&annotator->batch);
				run = cursor + 1;
			}
		} else {
			annotator->state = annotator_step(annotator, cursor, &run);
		}
		cursor++;
	}
	batch_add(&annotator->batch, run, (size_t)(end - run));
	batch_flush(&annotator->batch);
}

/* A last line without a newline may end with its code. */
void annotator_finish(struct annotator *annotator)
{
	static const char nothing[1];
	const char *run = nothing;

	if (annotator->state == ANNOTATE_DIGITS)
		annotator_insert(annotator, nothing, &run);
	batch_flush(&annotator->batch);
	annotator_start_line(annotator);
}
