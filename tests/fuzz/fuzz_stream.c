/*
 * libFuzzer harness: the stream reader over the input, in the format the
 * first byte picks (text, JSON, TSV or --field), cut into two blocks where
 * the second byte says, writing to /dev/null.
 */
#include <stdint.h>
#include <stdio.h>

#include "stream.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *sink;
	struct options options = { 0 };
	struct output output;
	size_t cut;

	if (size < 2)
		return 0;
	if (sink == NULL)
		sink = fopen("/dev/null", "w");
	options.quiet = true;	/* misses on stderr would only slow the fuzzer */
	options.format = (enum output_format)(data[0] % 3);
	options.field = data[0] % 7 == 0 ? FIELD_PHRASE : FIELD_NONE;
	if (options.field != FIELD_NONE)
		options.format = FORMAT_TEXT;
	output = (struct output){ sink, 80, data[0] & 0x80, false };
	cut = data[1] % (size - 1);
	stream_begin(&options, &output);
	stream_feed((const char *)data + 2, cut);
	stream_feed((const char *)data + 2 + cut, size - 2 - cut);
	stream_end();
	return 0;
}
