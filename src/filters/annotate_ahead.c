/*
 * Sharing annotate's work between two threads. A line's annotation depends
 * on that line alone (the state machine starts again at every newline), so
 * the whole lines of a block, from just after its first newline to its
 * last, can be annotated apart from the rest: the reading thread does it,
 * into a batch of the block's own, when the main thread is behind. The
 * main thread then annotates the block's first bytes, which end a line
 * begun in the block before, writes the reading thread's output, and
 * annotates the bytes after the last newline. The output is the same as
 * when one thread annotates every byte; annotating ahead only moves work.
 */
#include <string.h>

#include "compat/compat.h"
#include "filters/annotate_ahead.h"

/*
 * Sets up each block's annotator like the main thread's (field and
 * instructions), before the reading thread starts. Each then stays at the
 * start of a line: the lines it is given end with a newline.
 */
void annotate_ahead_start(struct annotate_ahead *ahead, const struct annotator *annotator)
{
	for (unsigned i = 0; i < READER_BLOCKS; i++) {
		struct annotator *lines_annotator = &ahead->blocks[i].annotator;

		annotator_init(lines_annotator, annotator->field, false, NULL);
		lines_annotator->fast_lines = annotator->fast_lines;
	}
}

/*
 * In the reading thread: annotates the block's whole lines into its batch.
 * Returns false when the block has none, or when their output would not
 * fit the batch (lines short and annotated, some times the block's size);
 * the main thread then does the whole block itself.
 */
bool annotate_ahead_work(void *context, const struct reader_block *block)
{
	struct annotate_ahead *ahead = context;
	struct ahead_lines *lines = &ahead->blocks[block->index];
	const char *first = memchr(block->bytes, '\n', (size_t)block->length);
	const char *last = compat_memrchr(block->bytes, '\n', (size_t)block->length);

	if (first == last)
		return false;
	lines->from = (size_t)(first + 1 - block->bytes);
	lines->to = (size_t)(last + 1 - block->bytes);
	batch_start(&lines->annotator.batch, NULL);
	annotator_add(&lines->annotator, block->bytes + lines->from, lines->to - lines->from);
	return !lines->annotator.batch.failed;
}

/* In the main thread: annotator_feed of the block, taking the lines annotated ahead as they are. */
void annotate_ahead_feed(const struct annotate_ahead *ahead, struct annotator *annotator,
			 const struct reader_block *block)
{
	const struct ahead_lines *lines = &ahead->blocks[block->index];
	size_t length = (size_t)block->length;

	if (!block->worked) {
		annotator_feed(annotator, block->bytes, length);
		return;
	}
	annotator_add(annotator, block->bytes, lines->from);
	batch_write_after(&annotator->batch, lines->annotator.batch.bytes,
			  lines->annotator.batch.length);
	annotator_feed(annotator, block->bytes + lines->to, length - lines->to);
}
