/*
 * Adding the reason phrase after the status code of log lines, as a state
 * machine over the bytes, so lines of any length, binary bytes and a last
 * line without a newline pass through intact and nothing is buffered
 * beyond the caller's block.
 *
 * Common and Combined Log Format lines hold the status right after the
 * quoted request: ... "GET / HTTP/1.1" 404 512 ...
 *
 * On x86-64 a fast path takes the common line in one go, from bit masks of
 * its first bytes (window.h), and leaves anything unusual (a backslash in
 * the request, a code far into the line, a line cut by the block's end) to
 * the state machine, which it hands the same state.
 */
#include <stdio.h>

#include "filters/annotate.h"
#include "core/code.h"
#include "filters/cpu.h"
#include "filters/scan.h"
#include "core/status.h"
#include "status_data.h"
#include "filters/window.h"

/* " (Phrase)", put together at the start: one piece to write, not three. */
struct annotation {
	_Alignas(16) char text[BATCH_PAD];	/* padded for batch_add_padded */
	unsigned short length;	/* 0: a code the data does not know */
};

_Static_assert(BATCH_PAD >= STATUS_PHRASE_MAX + sizeof " ()", "a phrase fits an annotation");

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

/*
 * Puts every annotation together, once: annotate's lines may be annotated
 * in two threads at once, which then only read the table.
 */
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
	annotator_set_vector(annotator, annotate_widest_vector());
	batch_start(&annotator->batch, out);
	annotator_start_line(annotator);
}

/* " (Phrase)" for code, or NULL for a code the data does not know; inline for the fast path. */
static inline const struct annotation *annotation_of(int code)
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

/* Skips the bytes that cannot change the state: most of a log line's start. */
static const char *annotator_skip(const struct annotator *annotator, const char *cursor,
				  const char *end)
{
	switch (annotator->state) {
	case ANNOTATE_SEEK_QUOTE:
		return scan_first_of(cursor, end, '"', '\n', '\n');
	case ANNOTATE_IN_QUOTE:
		return annotator->escaped ? cursor : scan_first_of(cursor, end, '"', '\\', '\n');
	case ANNOTATE_LINE_DONE:
		return scan_first_of(cursor, end, '\n', '\n', '\n');
	default:
		return cursor;
	}
}

#ifdef __x86_64__
typedef window_mask window_function(const char *bytes, char wanted);

/*
 * The fast path's state, kept in registers while it runs: the next free
 * byte of the batch, the start of the run of input not yet copied, and
 * whether the state machine is to take the rest of a line.
 */
struct fast_path {
	char *at;
	char *limit;		/* room for two padded pieces up to here */
	const char *run;
	bool line_done;
};

/* Copies the run up to code_end, then the annotation. */
static inline __attribute__((always_inline)) void
fast_path_add(struct fast_path *fast, struct batch *batch, const char *code_end,
	      const struct annotation *annotation)
{
	size_t length = (size_t)(code_end - fast->run);

	if (length <= BATCH_PAD && fast->at <= fast->limit) {
		fast->at = batch_put_padded(fast->at, fast->run, length);
		fast->at = batch_put_padded(fast->at, annotation->text, annotation->length);
	} else {
		batch->length = (size_t)(fast->at - batch->bytes);
		batch_add_padded(batch, fast->run, length);
		batch_add_padded(batch, annotation->text, annotation->length);
		fast->at = batch->bytes + batch->length;
	}
	fast->run = code_end;
}

/*
 * Annotates the line starting at line, whose first WINDOW bytes are in the
 * block, when the request's quotes hold no backslash and the code after them
 * is in the window: the state machine's work on such a line, in one go.
 * Returns where to go on: the next line, or the rest of this one with
 * line_done set; line itself leaves the whole line to the state machine.
 */
static inline __attribute__((always_inline)) const char *
fast_path_line(struct fast_path *fast, struct batch *batch, const char *line,
	       window_function *window_of)
{
	window_mask quotes = window_of(line, '"');
	window_mask after_open = window_without_first(quotes), backslashes;
	unsigned newline = window_first(window_of(line, '\n'));
	unsigned open = window_first(quotes), close = window_first(after_open);
	const struct annotation *annotation;
	int code;

	if (open >= newline)	/* no request on the line, or none in the window */
		return line + (newline < WINDOW ? newline + 1 : WINDOW);
	if (close >= newline || close + 5 >= WINDOW)
		return line;
	/* A backslash is rare: where the window has none, the request has none. */
	backslashes = window_of(line, '\\');
	if (backslashes != 0 &&
	    (backslashes & window_through_first(after_open) & ~window_through_first(quotes)) != 0)
		return line;
	code = code_parse_spaced(line + close + 1);
	if (code >= 0 && ends_code(line[close + 5]) &&
	    (annotation = annotation_of(code)) != NULL)
		fast_path_add(fast, batch, line + close + 5, annotation);
	if (newline < WINDOW)
		return line + newline + 1;
	fast->line_done = true;
	return line + close + 1;
}

/*
 * fast_path_line over line after line, while a window's worth of the block
 * is left; returns where the state machine takes over. The run can be
 * copied BATCH_PAD bytes at a time, as it starts before the line.
 */
static inline __attribute__((always_inline)) const char *
annotator_fast_lines(struct annotator *annotator, const char *cursor, const char *end,
		     const char **run, window_function *window_of)
{
	struct batch *batch = &annotator->batch;
	struct fast_path fast = {
		.at = batch->bytes + batch->length,
		.limit = batch->bytes + BATCH_SIZE - 2 * BATCH_PAD,
		.run = *run,
		.line_done = false,
	};

	while (end - cursor >= WINDOW) {
		const char *next = fast_path_line(&fast, batch, cursor, window_of);

		if (next == cursor)
			break;
		cursor = next;
		if (fast.line_done) {
			annotator->state = ANNOTATE_LINE_DONE;
			break;
		}
	}
	batch->length = (size_t)(fast.at - batch->bytes);
	*run = fast.run;
	return cursor;
}

static const char *annotator_fast_lines_sse2(struct annotator *annotator, const char *cursor,
					     const char *end, const char **run)
{
	return annotator_fast_lines(annotator, cursor, end, run, window_sse2);
}

__attribute__((target("avx2"))) static const char *
annotator_fast_lines_avx2(struct annotator *annotator, const char *cursor, const char *end,
			  const char **run)
{
	return annotator_fast_lines(annotator, cursor, end, run, window_avx2);
}

__attribute__((target("avx512bw"))) static const char *
annotator_fast_lines_avx512(struct annotator *annotator, const char *cursor, const char *end,
			    const char **run)
{
	return annotator_fast_lines(annotator, cursor, end, run, window_avx512);
}
#endif

bool annotate_vector_supported(enum annotate_vector vector)
{
	switch (vector) {
	case ANNOTATE_SCALAR:
		return true;
#ifdef __x86_64__
	case ANNOTATE_SSE2:
		return true;
	case ANNOTATE_AVX2:
		return cpu_has_avx2();
	case ANNOTATE_AVX512:
		return cpu_has_avx512bw();
#endif
	default:
		return false;
	}
}

enum annotate_vector annotate_widest_vector(void)
{
	enum annotate_vector vector = ANNOTATE_AVX512;

	while (!annotate_vector_supported(vector))
		vector--;
	return vector;
}

void annotator_set_vector(struct annotator *annotator, enum annotate_vector vector)
{
	static annotate_fast_lines_function *const fast_lines[] = {
		[ANNOTATE_SCALAR] = NULL,
#ifdef __x86_64__
		[ANNOTATE_SSE2] = annotator_fast_lines_sse2,
		[ANNOTATE_AVX2] = annotator_fast_lines_avx2,
		[ANNOTATE_AVX512] = annotator_fast_lines_avx512,
#endif
	};

	annotator->fast_lines = annotate_vector_supported(vector) ? fast_lines[vector] : NULL;
}

/*
 * Feeds bytes through the state machine, copying them to the batch in runs:
 * a run ends only where a phrase goes in, at a newline when line buffered,
 * or at the end of the bytes. Between the bytes that matter (quotes, line
 * ends), scan.c skips ahead.
 */
void annotator_add(struct annotator *annotator, const char *bytes, size_t length)
{
	const char *end = bytes + length, *run = bytes, *cursor = bytes;

	while (cursor < end) {
		if (annotator->state == ANNOTATE_SEEK_QUOTE && annotator->fast_lines != NULL &&
		    !annotator->line_buffered) {
			cursor = annotator->fast_lines(annotator, cursor, end, &run);
			if (cursor == end)
				break;
		}
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
