/*
 * libFuzzer harness: the stream reader over the input, in the format the
 * first byte picks (text, JSON, TSV or --field), cut into two blocks where
 * the second byte says. The answers must be the same as when the input
 * comes one byte at a time.
 */
#include <stdint.h>
#include <stdio.h>

#include "blocks.h"
#include "filters/stream.h"

static void feed_stream(const char *bytes, size_t length)
{
	stream_feed(bytes, length);
}

/* Answers data[2..size) fed in blocks of at most block bytes, cut once at cut. */
static char *answer(const uint8_t *data, size_t size, size_t cut, size_t block, size_t *length)
{
	struct answer_format format;
	struct output output;
	char *text;
	FILE *out = memory_output_open(&text, length);

	format.format = (enum output_format)(data[0] % 3);
	format.field = data[0] % 7 == 0 ? schema_field_by_name("phrase") : FIELD_NONE;
	if (format.field != FIELD_NONE)
		format.format = FORMAT_TEXT;
	/* quiet: misses on stderr would only slow the fuzzer */
	output = (struct output){ out, 80, data[0] & 0x80, false, true };
	stream_begin(&output, format, false);
	feed_in_blocks(feed_stream, data, 2, size, cut, block);
	stream_end();
	memory_output_close(out);
	return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t cut, in_blocks_length, bytewise_length;
	char *in_blocks, *bytewise;

	if (size < 2)
		return 0;
	cut = 2 + data[1] % (size - 1);
	in_blocks = answer(data, size, cut, SIZE_MAX, &in_blocks_length);
	bytewise = answer(data, size, cut, 1, &bytewise_length);
	require_same_output(in_blocks, in_blocks_length, bytewise, bytewise_length);
	return 0;
}
