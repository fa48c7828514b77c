/*
 * libFuzzer harness: annotate with JSON lines, as annotate runs. The first byte picks the
 * annotator's mode, line buffering and where the input is cut into two
 * blocks; the rest is any mix of JSON and Common Log Format lines (the
 * seeds in corpus/annotate_json/ hold both). The output must equal that
 * of the input fed one byte at a time, keep every line in its place, and
 * leave a line that starts with "{" and is not valid JSON, or holds no
 * status, exactly as it was.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "commands/commands.h"
#include "filters/lines.h"

static struct annotator *annotator;
static struct json_status_keys keys;

static void feed_annotate(const char *bytes, size_t length)
{
	annotator_block(annotator, bytes, length);
}

static char *annotate(const uint8_t *data, size_t size, size_t cut, size_t block_size,
		      size_t *length)
{
	char *text;
	FILE *out = memory_output_open(&text, length);

	struct log_format format = { data[0] % 4 == 3 ? 2 : 0, &keys, NULL, false };

	annotator = annotator_begin(&format, data[0] & 0x80, out);
	feed_in_blocks(feed_annotate, data, 1, size, cut, block_size);
	annotator_end(annotator);
	memory_output_close(out);
	return text;
}

/* Each input line that starts with "{" and has no status the finder accepts comes out as it went in. */
static void require_json_lines_kept(const char *in, size_t in_length, const char *out,
				    size_t out_length)
{
	const char *in_end = in + in_length, *out_end = out + out_length;

	while (in < in_end) {
		const char *in_newline = memchr(in, '\n', (size_t)(in_end - in));
		const char *out_newline = memchr(out, '\n', (size_t)(out_end - out));
		size_t line = (size_t)((in_newline != NULL ? in_newline + 1 : in_end) - in);
		size_t out_line = (size_t)((out_newline != NULL ? out_newline + 1 : out_end) - out);
		struct json_status found;

		/* The annotator and the phrase member add no newline: the lines stay paired. */
		if ((in_newline == NULL) != (out_newline == NULL) || out_line < line)
			abort();
		if (line > 0 && in[0] == '{' &&
		    (line > LINE_CAP ||
		     json_status_find(&keys, in, line, &found) != JSON_STATUS_FOUND) &&
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
	require_json_lines_kept((const char *)data + 1, size - 1, in_blocks, in_blocks_length);
	require_same_output(in_blocks, in_blocks_length, bytewise, bytewise_length);
	return 0;
}
