/*
 * libFuzzer harness: annotate as it runs, with the log layouts and
 * --at-end (filters/annotate_lines.c in front of annotate_json.c and the
 * annotator). The first byte picks --at-end, the named layout and where
 * the input is cut; the output must equal that of the input fed one byte
 * at a time, and hold as many lines as the input, each at least as long.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "filters/annotate_lines.h"

static struct annotator annotator;
static struct annotate_json json_lines;
static struct annotate_lines whole_lines;
static struct json_status_keys keys;
static struct log_layout layout;
static struct log_format format;

static void feed_annotate(const char *bytes, size_t length)
{
	annotate_lines_feed(&whole_lines, bytes, length);
}

static char *annotate(const uint8_t *data, size_t size, size_t cut, size_t block_size,
		      size_t *length)
{
	char *text;
	FILE *out = memory_output_open(&text, length);

	format = (struct log_format){ 0, &keys, &layout };
	log_layout_init(&layout, (enum log_layout_name)(data[0] / 2 % LOG_LAYOUT_COUNT));
	annotator_init(&annotator, 0, false, out);
	annotate_json_init(&json_lines, &keys);
	annotate_lines_init(&whole_lines, &format, &json_lines, &annotator, data[0] & 1);
	feed_in_blocks(feed_annotate, data, 1, size, cut, block_size);
	annotate_lines_finish(&whole_lines);
	annotator_finish(&annotator);
	memory_output_close(out);
	return text;
}

/* Every line comes out, in its place, with nothing taken from it. */
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
	json_status_keys_default(&keys);
	cut = size > 1 ? data[0] % size : 0;
	in_blocks = annotate(data, size, cut, SIZE_MAX, &in_blocks_length);
	bytewise = annotate(data, size, cut, 1, &bytewise_length);
	require_lines_kept((const char *)data + 1, size - 1, in_blocks, in_blocks_length);
	require_same_output(in_blocks, in_blocks_length, bytewise, bytewise_length);
	return 0;
}
