/*
 * libFuzzer harness: the log-line annotator. The first byte picks the mode
 * (the quoted request, or a field number) and where the input is cut into
 * two blocks, so codes split across reads are exercised.
 */
#include <stdint.h>
#include <stdio.h>

#include "annotate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *sink;
	static struct annotator annotator;
	size_t cut;

	if (size == 0)
		return 0;
	if (sink == NULL)
		sink = fopen("/dev/null", "w");
	cut = size > 1 ? data[0] % size : 0;
	annotator_init(&annotator, data[0] % 4, data[0] & 0x80, sink);
	annotator_feed(&annotator, (const char *)data + 1, cut > 0 ? cut - 1 : 0);
	annotator_feed(&annotator, (const char *)data + (cut > 0 ? cut : 1), size - (cut > 0 ? cut : 1));
	annotator_finish(&annotator);
	return 0;
}
