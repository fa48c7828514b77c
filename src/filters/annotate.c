/*
 * Adding the reason phrase after the status code of log lines, as a state
 * machine over the bytes, so lines of any length, binary bytes and a last
 * line without a newline pass through intact and nothing is buffered
 * beyond the caller's block.
 *
 * Common and Combined Log Format lines hold the status right after the
 * quoted request: ... "GET / HTTP/1.1" 404 512 ...
 *
 * It goes a line at a time, and skips what cannot change its state: a
 * search finds the line's end, then the request's opening quote, then its
 * closing quote (one not escaped by a backslash); only the bytes after that
 * are read one by one, up to the code.
 */
#if defined __SSE2__ && !defined ANNOTATE_PORTABLE_FIND
#define ANNOTATE_SSE2_FIND
#include <emmintrin.h>
#endif
#include <stdio.h>
#include <string.h>

#include "filters/annotate.h"
#include "core/code.h"
#include "core/status.h"
#include "status_data.h"

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

/* A placeholder phrase such as "(Unused)" has its parentheses already. */
static bool is_parenthesised(const char *phrase)
{
	size_t length = strlen(phrase);

	return length >= 2 && phrase[0] == '(' && phrase[length - 1] == ')';
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
								     is_parenthesised(status->phrase) ? " %s" : " (%s)",
								     status->phrase);
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

	/* Three digits, or the lone 0 that some tools write for "no response". */
	if ((annotator->digits != 3 && !(annotator->digits == 1 && annotator->code == CODE_NO_RESPONSE)) ||
	    (annotation = annotation_of(annotator->code)) == NULL)
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
 * The common case in one step: three digits and a blank, all before end.
 * Returns whether they were read (the line is then done); false leaves them
 * to be read byte by byte (a code cut by the block's end, or at the line's
 * end, or not a code).
 */
static bool annotator_whole_code(struct annotator *annotator, const char *cursor,
				 const char *end, const char **run)
{
	int code;

	if (annotator->digits != 0 || end - cursor < 4)
		return false;
	code = code_parse(cursor, 3);
	if (code < 0 || !ends_code(cursor[3]))
		return false;
	annotator->code = code;
	annotator->digits = 3;
	annotator_insert(annotator, cursor + 3, run);
	annotator->state = ANNOTATE_LINE_DONE;
	return true;
}

/* Moves the state machine on by the byte at cursor, in the states that read bytes one by one. */
static enum annotate_state annotator_step(struct annotator *annotator, const char *cursor,
					  const char **run)
{
	switch (annotator->state) {
	case ANNOTATE_AFTER_QUOTE:
		return *cursor == ' ' ? ANNOTATE_DIGITS : ANNOTATE_LINE_DONE;
	case ANNOTATE_SEEK_FIELD:
		return annotator_field(annotator, cursor, run);
	case ANNOTATE_DIGITS:
		return annotator_digit(annotator, *cursor, cursor, run);
	default:
		return ANNOTATE_LINE_DONE;
	}
}

/*
 * The first byte c from cursor, or end. On x86-64 it looks 32 and then 16
 * bytes a step with SSE2, which every x86-64 has: musl's memchr goes eight
 * bytes a step, and with it annotate took 1.9 times as long to /dev/null
 * (bench/README.md). Elsewhere, or built with -DANNOTATE_PORTABLE_FIND to
 * test it, it is memchr, as it is for the last few bytes.
 */
static const char *annotate_find(const char *cursor, const char *end, char c)
{
	const char *found;
#ifdef ANNOTATE_SSE2_FIND
	const __m128i wanted = _mm_set1_epi8(c);

	for (; end - cursor >= 32; cursor += 32) {
		__m128i low = _mm_loadu_si128((const __m128i *)(const void *)cursor);
		__m128i high = _mm_loadu_si128((const __m128i *)(const void *)(cursor + 16));
		unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(low, wanted)) |
				(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(high, wanted)) << 16;

		if (mask != 0)
			return cursor + __builtin_ctz(mask);
	}
	for (; end - cursor >= 16; cursor += 16) {
		__m128i chunk = _mm_loadu_si128((const __m128i *)(const void *)cursor);
		int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, wanted));

		if (mask != 0)
			return cursor + __builtin_ctz((unsigned)mask);
	}
#endif
	found = memchr(cursor, c, (size_t)(end - cursor));
	return found != NULL ? found : end;
}

/*
 * Whether the byte at `at` of a quoted request is escaped: whether an odd
 * number of backslashes comes before it, counting back no further than
 * from, the start of the request's bytes in this block; where they reach
 * back to from, the escape carried over from the block before counts too.
 */
static bool annotator_escaped(const struct annotator *annotator, const char *from,
			      const char *at)
{
	bool escaped = false;

	while (at > from && at[-1] == '\\') {
		at--;
		escaped = !escaped;
	}
	return at == from ? escaped != annotator->escaped : escaped;
}

/*
 * The quote that closes the request, from cursor on, or line_end; where the
 * request goes on past line_end, the end of the block, whether its next
 * byte is escaped is kept for the next block.
 */
static const char *annotator_closing_quote(struct annotator *annotator, const char *cursor,
					   const char *line_end)
{
	const char *quote = annotate_find(cursor, line_end, '"');

	while (quote < line_end && annotator_escaped(annotator, cursor, quote))
		quote = annotate_find(quote + 1, line_end, '"');
	annotator->escaped = quote == line_end && annotator_escaped(annotator, cursor, line_end);
	return quote;
}

/* Moves the state machine over the bytes from cursor to line_end, which hold no newline. */
static void annotator_line(struct annotator *annotator, const char *cursor,
			   const char *line_end, const char **run)
{
	while (cursor < line_end) {
		switch (annotator->state) {
		case ANNOTATE_SEEK_QUOTE:
			cursor = annotate_find(cursor, line_end, '"');
			if (cursor == line_end)
				return;
			annotator->state = ANNOTATE_IN_QUOTE;
			break;
		case ANNOTATE_IN_QUOTE:
			cursor = annotator_closing_quote(annotator, cursor, line_end);
			if (cursor == line_end)
				return;
			annotator->state = ANNOTATE_AFTER_QUOTE;
			break;
		case ANNOTATE_LINE_DONE:
			return;
		case ANNOTATE_DIGITS:
			if (annotator_whole_code(annotator, cursor, line_end, run))
				return;
			annotator->state = annotator_step(annotator, cursor, run);
			break;
		default:
			annotator->state = annotator_step(annotator, cursor, run);
			break;
		}
		cursor++;
	}
}

/*
 * Feeds bytes through the state machine a line at a time, copying them to
 * the batch in runs: a run ends only where a phrase goes in, at a newline
 * when line buffered, or at the end of the bytes.
 */
static void annotator_add(struct annotator *annotator, const char *bytes, size_t length)
{
	const char *end = bytes + length, *run = bytes, *cursor = bytes;

	for (;;) {
		const char *line_end = annotate_find(cursor, end, '\n');

		annotator_line(annotator, cursor, line_end, &run);
		if (line_end == end)
			break;
		if (annotator->state == ANNOTATE_DIGITS)
			annotator_digit(annotator, '\n', line_end, &run);
		annotator_start_line(annotator);
		if (annotator->line_buffered) {
			batch_add(&annotator->batch, run, (size_t)(line_end + 1 - run));
			batch_flush(&annotator->batch);
			run = line_end + 1;
		}
		cursor = line_end + 1;
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
