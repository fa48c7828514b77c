/*
 * For the harnesses that check a reader gives the same output however its
 * input is cut: fed one byte at a time, it takes none of its shortcuts, so
 * that output is the reference for the one fed in large blocks.
 */
#include <stdlib.h>
#include <string.h>

#include "blocks.h"

/* Feeds data[start..size) in blocks of at most block bytes, cut once more at cut. */
void feed_in_blocks(feed_function *feed, const uint8_t *data, size_t start, size_t size,
		    size_t cut, size_t block)
{
	while (start < size) {
		size_t stop = start < cut && cut < size ? cut : size;

		if (stop - start > block)
			stop = start + block;
		feed((const char *)data + start, stop - start);
		start = stop;
	}
}

/* A stream writing into *text, as the reader's output; aborts if there is no memory. */
FILE *memory_output_open(char **text, size_t *length)
{
	FILE *out;

	*text = NULL;
	out = open_memstream(text, length);
	if (out == NULL)
		abort();
	return out;
}

/* Closes it, which sets *text and *length; aborts if that fails. */
void memory_output_close(FILE *out)
{
	if (fclose(out) != 0)
		abort();
}

/* Aborts, which libFuzzer reports as a finding, unless both are the same bytes; frees both. */
void require_same_output(char *first, size_t first_length, char *second, size_t second_length)
{
	if (first_length != second_length || memcmp(first, second, first_length) != 0)
		abort();
	free(first);
	free(second);
}
