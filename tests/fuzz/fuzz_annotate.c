/*
 * libFuzzer harness: the log-line annotator. The first byte picks the mode
 * (the quoted request, or a field number), line buffering, and where the
 * input is cut into two blocks, so codes split across reads are exercised.
 * The output must be the same as when the input comes one byte at a time.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "blocks.h"
#include "commands/commands.h"

static struct annotator *annotator;
static struct json_status_keys keys;

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

	struct log_format format = { data[0] % 4, &keys, NULL, false, NULL };

	json_status_keys_default(&keys);
	annotator = annotator_begin(&format, data[0] & 0x80, out);
	feed_in_blocks(feed_annotator, data, 1, size, cut, block_size);
	annotator_end(annotator);
	memory_output_close(out);
	return text;
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
	require_same_output(in_blocks, in_blocks_length, bytewise, bytewise_length);
	return 0;
}
