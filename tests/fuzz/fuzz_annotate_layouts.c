/*
 * libFuzzer harness: annotate as it runs (annotator_block), with every log
 * layout (filters/log_layout.c). The first byte picks --at-end (bit 0), the
 * layout, detected or named (bits 1-3), --column 2 (bit 4), line buffering
 * (bit 7) and where the input is cut into two blocks. The output must be
 * the same as when the input comes one byte at a time, and hold every
 * input line, whole, in its place. With JSON lines named, a line that
 * starts with "{" and holds no status the finder accepts (not valid JSON,
 * no status member, or longer than a line may be) comes out exactly as it
 * went in.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "commands/commands.h"
#include "filters/lines.h"

_Static_assert(LOG_LAYOUT_COUNT <= 8, "three bits of the first byte pick the layout");

static struct annotator *annotator;
static struct json_status_keys keys;
static struct log_layout layout;
static struct json_status_shape shape;

static enum log_layout_name layout_picked(const uint8_t *data)
{
	return (enum log_layout_name)(data[0] >> 1 & 7);
}

static void feed_annotator(const char *bytes, size_t length)
{
	annotator_block(annotator, bytes, length);
}

/* Annotates data[1..size) fed in blocks of at most block_size bytes, cut once at cut. */
static char *annotate(const uint8_t *data, size_t size, size_t cut, size_t block_size,
		      size_t *length)
{
	char *text;
	FILE *out = memory_output_open(&text, length);
	struct log_format format = { data[0] & 0x10 ? 2 : 0, &keys, &layout, data[0] & 1, &shape };

	memset(&shape, 0, sizeof shape);
	log_layout_init(&layout, layout_picked(data));
	annotator = annotator_begin(&format, data[0] & 0x80, out);
	feed_in_blocks(feed_annotator, data, 1, size, cut, block_size);
	annotator_end(annotator);
	memory_output_close(out);
	return text;
}

/*
 * Every input line comes out, in its place, with nothing taken from it;
 * with json_kept, a "{" line without a status the finder accepts unchanged.
 */
static void require_lines_kept(const char *in, size_t in_length, const char *out, size_t out_length,
			       bool json_kept)
{
	const char *in_end = in + in_length, *out_end = out + out_length;

	while (in < in_end) {
		const char *in_newline = memchr(in, '\n', (size_t)(in_end - in));
		const char *out_newline = memchr(out, '\n', (size_t)(out_end - out));
		size_t line = (size_t)((in_newline != NULL ? in_newline + 1 : in_end) - in);
		size_t out_line = (size_t)((out_newline != NULL ? out_newline + 1 : out_end) - out);
		struct json_status found;

		if ((in_newline == NULL) != (out_newline == NULL) || out_line < line)
			abort();
		if (json_kept && line > 0 && in[0] == '{' &&
		    (line > LINE_CAP || json_status_find(&keys, in, line, &found) != JSON_STATUS_FOUND) &&
		    (out_line != line || memcmp(in, out, line) != 0))
			abort();
		in += line;
		out += out_line;
	}
	if (out != out_end)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t cut, in_blocks_length, bytewise_length;
	char *in_blocks, *bytewise;

	if (size == 0)
		return 0;
	json_status_keys_default(&keys);
	cut = size > 1 ? data[0] % size : 0;
	in_blocks = annotate(data, size, cut, SIZE_MAX, &in_blocks_length);
	bytewise = annotate(data, size, cut, 1, &bytewise_length);
	require_lines_kept((const char *)data + 1, size - 1, in_blocks, in_blocks_length,
			   layout_picked(data) == LOG_LAYOUT_JSON);
	require_same_output(in_blocks, in_blocks_length, bytewise, bytewise_length);
	return 0;
}
