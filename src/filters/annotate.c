/*
 * Adding the reason phrase after the status code of log lines, as a state
 * machine over the bytes, so lines of any length, binary bytes and a last
 * line without a newline pass through intact and nothing is buffered
 * beyond the caller's block.
 *
 * Common and Combined Log Format lines hold the status right after the
 * quoted request: ... "GET / HTTP/1.1" 404 512 ...
 *
 * The state machine goes a line at a time: memchr finds the line's end, and
 * then the request's quotes within it, so the bytes that cannot change the
 * state are skipped by libc's fastest search, not stepped through.
 */
#if defined __SSE2__ && !defined ANNOTATE_PORTABLE_SCAN
#define ANNOTATE_SSE2_SCAN
#include <emmintrin.h>
#endif
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "filters/annotate.h"
#include "core/code.h"
#include "core/status.h"
#include "status_data.h"

/* The size of the blocks annotator_copy_fd reads. */
#define READ_BLOCK (1 << 17)

/* " (Phrase)", put together at the start: one piece to write, not three. */
struct annotation {
	char text[STATUS_PHRASE_MAX + sizeof " ()"];
	unsigned short length;	/* 0: a code the data does not know */
};

static struct annotation annotations[STATUS_CODE_MAX - STATUS_CODE_MIN + 1];

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* What may follow a code's three digits. */
static bool ends_code(char c)
{
	return is_blank(c) || c == '\r' || c == '\n';
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

/* Puts every annotation together, once. */
static void annotations_build(void)
{
	static bool built;

	if (built)
		return;
	for (int code = STATUS_CODE_MIN; code <= STATUS_CODE_MAX; code++) {
		struct annotation *annotation = &annotations[code - STATUS_CODE_MIN];
		const struct status *status = status_by_code(code);

		if (status != NULL)
			annotation->length = (unsigned short)snprintf(annotation->text,
								     sizeof annotation->text,
								     " (%s)", status->phrase);
	}
	built = true;
}

void annotator_init(struct annotator *annotator, int field, bool line_buffered, FILE *out)
{
	annotations_build();
	annotator->field = field;
	annotator->line_buffered = line_buffered;
	batch_start(&annotator->batch, out);
	annotator_start_line(annotator);
}

/* " (Phrase)" for code, or NULL for a code the data does not know. */
static const struct annotation *annotation_of(int code)
{
	if (code < STATUS_CODE_MIN || annotations[code - STATUS_CODE_MIN].length == 0)
		return NULL;
	return &annotations[code - STATUS_CODE_MIN];
}

/*
 * Puts " (Phrase)" before the byte at cursor when the digits read form a
 * code the data knows: the pending run up to cursor is written first.
 */
static void annotator_insert(struct annotator *annotator, const char *cursor,
			     const char **run)
{
	const struct annotation *annotation;

	if (annotator->digits != 3 || (annotation = annotation_of(annotator->code)) == NULL)
		return;
	batch_add(&annotator->batch, *run, (size_t)(cursor - *run));
	*run = cursor;
	batch_add(&annotator->batch, annotation->text, annotation->length);
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
	if (ends_code(c))
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

/*
 * The common case in one step: three digits and a blank or line end, all in
 * the block. Returns the byte after the digits, or cursor to go byte by
 * byte (a code cut by the block's end, or not a code).
 */
static const char *annotator_whole_code(struct annotator *annotator, const char *cursor,
					const char *end, const char **run)
{
	int code;

	if (annotator->digits != 0 || end - cursor < 4)
		return cursor;
	code = code_parse(cursor, 3);
	if (code < 0 || !ends_code(cursor[3]))
		return cursor;
	annotator->code = code;
	annotator->digits = 3;
	annotator_insert(annotator, cursor + 3, run);
	annotator->state = ANNOTATE_LINE_DONE;
	return cursor + 3;
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

/*
 * The first newline, quote or backslash (as asked) from cursor, or end: the
 * bytes that may change the state. On x86-64 one pass looks for all three,
 * sixteen bytes a step with SSE2, which every x86-64 has; musl's memchr
 * goes eight bytes a step and would make a pass for each byte sought
 * (bench/README.md). Elsewhere (or built with -DANNOTATE_PORTABLE_SCAN, to
 * test it) memchr finds the line's end first, then the others before it.
 */
static const char *annotator_scan(const char *cursor, const char *end, bool quote, bool backslash)
{
#ifdef ANNOTATE_SSE2_SCAN
	const __m128i newlines = _mm_set1_epi8('\n');
	const __m128i quotes = _mm_set1_epi8(quote ? '"' : '\n');
	const __m128i backslashes = _mm_set1_epi8(backslash ? '\\' : '\n');

	for (; end - cursor >= 16; cursor += 16) {
		__m128i chunk = _mm_loadu_si128((const __m128i *)(const void *)cursor);
		__m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, newlines),
							  _mm_cmpeq_epi8(chunk, quotes)),
					    _mm_cmpeq_epi8(chunk, backslashes));
		int mask = _mm_movemask_epi8(hits);

		if (mask != 0)
			return cursor + __builtin_ctz((unsigned)mask);
	}
	while (cursor < end && *cursor != '\n' && !(quote && *cursor == '"') &&
	       !(backslash && *cursor == '\\'))
		cursor++;
	return cursor;
#else
	const char *hit = memchr(cursor, '\n', (size_t)(end - cursor));

	if (hit != NULL)
		end = hit;
	if (quote && (hit = memchr(cursor, '"', (size_t)(end - cursor))) != NULL)
		end = hit;
	if (backslash && (hit = memchr(cursor, '\\', (size_t)(end - cursor))) != NULL)
		end = hit;
	return end;
#endif
}

/* Skips the bytes that cannot change the state: most of a log line. */
static const char *annotator_skip(const struct annotator *annotator, const char *cursor,
				  const char *end)
{
	switch (annotator->state) {
	case ANNOTATE_SEEK_QUOTE:
		return annotator_scan(cursor, end, true, false);
	case ANNOTATE_IN_QUOTE:
		return annotator->escaped ? cursor : annotator_scan(cursor, end, true, true);
	case ANNOTATE_LINE_DONE:
		return annotator_scan(cursor, end, false, false);
	default:
		return cursor;
	}
}

/*
 * Feeds bytes through the state machine, copying them to the batch in runs:
 * a run ends only where a phrase goes in, at a newline when line buffered,
 * or at the end of the bytes.
 */
void annotator_add(struct annotator *annotator, const char *bytes, size_t length)
{
	const char *end = bytes + length, *run = bytes, *cursor = bytes;

	while (cursor < end) {
		if (annotator->state == ANNOTATE_DIGITS)
			cursor = annotator_whole_code(annotator, cursor, end, &run);
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
}

/* annotator_add, then the block is written, so output keeps up with a slow input. */
void annotator_feed(struct annotator *annotator, const char *bytes, size_t length)
{
	annotator_add(annotator, bytes, length);
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

/*
 * Copies a file through the annotator, a block at a time, each written
 * before the next is read; false when it could not be read (name is for the
 * message). It stops early once output has failed.
 */
bool annotator_copy_fd(struct annotator *annotator, int fd, const char *name)
{
	static char block[READ_BLOCK];
	ssize_t length;

	while ((length = read(fd, block, sizeof block)) != 0) {
		if (length < 0) {
			if (errno == EINTR)
				continue;
			warn("%s", name);
			return false;
		}
		annotator_feed(annotator, block, (size_t)length);
		if (annotator->batch.failed || ferror(annotator->batch.out))
			break;
	}
	return true;
}
