/*
 * libFuzzer harness: the log-line annotator. The first byte picks the mode
 * (the quoted request, or a field number) and where the input is cut into
 * two blocks, so codes split across reads are exercised. The output must be
 * the same as when the input comes one byte at a time, for the fast path
 * with each instruction set this processor has, and with each block's
 * whole lines annotated ahead, as annotate's reading thread does.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filters/annotate_ahead.h"
#include "blocks.h"

static struct annotator annotator;
static struct annotate_ahead ahead;
static struct reader_block block;

static void feed_annotator(const char *bytes, size_t length)
{
	annotator_feed(&annotator, bytes, length);
}

/* Feeds bytes as the reading thread's blocks, each with its lines annotated ahead. */
static void feed_ahead(const char *bytes, size_t length)
{
	while (length > 0) {
		size_t piece = length < READER_BLOCK ? length : READER_BLOCK;

		memcpy(block.bytes, bytes, piece);
		block.length = (ssize_t)piece;
		block.index = (block.index + 1) % READER_BLOCKS;
		block.worked = annotate_ahead_work(&ahead, &block);
		annotate_ahead_feed(&ahead, &annotator, &block);
		bytes += piece;
		length -= piece;
	}
}

/*
 * Annotates data[1..size) fed to feed in blocks of at most block_size
 * bytes, cut once at cut, with the fast path's vector.
 */
static char *annotate(const uint8_t *data, size_t size, size_t cut, size_t block_size,
		      feed_function *feed, enum annotate_vector vector, size_t *length)
{
	char *text;
	FILE *out = memory_output_open(&text, length);

	annotator_init(&annotator, data[0] % 4, data[0] & 0x80, out);
	annotator_set_vector(&annotator, vector);
	annotate_ahead_start(&ahead, &annotator);
	feed_in_blocks(feed, data, 1, size, cut, block_size);
	annotator_finish(&annotator);
	memory_output_close(out);
	return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t cut, in_blocks_length, ahead_length, bytewise_length;
	char *in_blocks, *annotated_ahead, *bytewise;

	if (size == 0)
		return 0;
	cut = size > 1 ? data[0] % size : 0;
	for (enum annotate_vector vector = ANNOTATE_SSE2; vector <= ANNOTATE_AVX512; vector++) {
		if (!annotate_vector_supported(vector))
			continue;
		in_blocks = annotate(data, size, cut, SIZE_MAX, feed_annotator, vector,
				     &in_blocks_length);
		annotated_ahead = annotate(data, size, cut, SIZE_MAX, feed_ahead, vector,
					   &ahead_length);
		bytewise = annotate(data, size, cut, 1, feed_annotator, ANNOTATE_SCALAR,
				    &bytewise_length);
		if (ahead_length != in_blocks_length ||
		    memcmp(annotated_ahead, in_blocks, ahead_length) != 0)
			abort();
		free(annotated_ahead);
		require_same_output(in_blocks, in_blocks_length, bytewise, bytewise_length);
	}
	return 0;
}
