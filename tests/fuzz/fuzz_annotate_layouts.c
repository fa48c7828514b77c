/*
 * libFuzzer harness: annotate with the log layouts (filters/log_layout.c)
 * and --at-end. The first byte picks --at-end, the layout (auto, or one
 * named) and where the input is cut into two blocks. The output must be
 * the same as when the input comes one byte at a time, and hold every
 * input line, whole, in its place.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "commands/commands.h"

static struct annotator *annotator;
static struct json_status_keys keys;
static struct log_layout layout;

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
	struct log_format format = { 0, &keys, &layout, data[0] & 1 };

	json_status_keys_default(&keys);
	log_layout_init(&layout, (enum log_layout_name)(data[0] / 2 % LOG_LAYOUT_COUNT));
	annotator = annotator_begin(&format, false, out);
	feed_in_blocks(feed_annotator, data, 1, size, cut, block_size);
	annotator_end(annotator);
	memory_output_close(out);
	return text;
}

/* Every input line comes out, in its place, with nothing taken from it. */
static void require_lines_kept(const char *in, size_t in_length, const char *out, size_t out_length)
{
	const char *in_end = in + in_length, *out_end = out + out_length;

	while (in < in_end) {
		const char *in_newline = memchr(in, '\n', (size_t)(in_end - in));
		const char *out_newline = memchr(out, '\n', (size_t)(out_end - out));
		size_t line = (size_t)((in_newline != NULL ? in_newline + 1 : in_end) - in);
		size_t out_line = (size_t)((out_newline != NULL ? out_newline + 1 : out_end) - out);

		if ((in_newline == NULL) != (out_newline == NULL) || out_line < line)
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
	cut = size > 1 ? data[0] % size : 0;
	in_blocks = annotate(data, size, cut, SIZE_MAX, &in_blocks_length);
	bytewise = annotate(data, size, cut, 1, &bytewise_length);
	require_lines_kept((const char *)data + 1, size - 1, in_blocks, in_blocks_length);
	require_same_output(in_blocks, in_blocks_length, bytewise, bytewise_length);
	return 0;
}
