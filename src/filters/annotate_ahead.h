/* annotate's whole lines of a block, annotated ahead in the reading thread. */
#ifndef ANNOTATE_AHEAD_H
#define ANNOTATE_AHEAD_H

#include <stddef.h>

#include "filters/annotate.h"
#include "filters/reader.h"

/* The lines of one block of the ring annotated ahead. */
struct ahead_lines {
	size_t from, to;	/* they are bytes from..to of the block */
	struct annotator annotator;	/* its batch holds their output */
};

struct annotate_ahead {
	struct ahead_lines blocks[READER_BLOCKS];
};

void annotate_ahead_start(struct annotate_ahead *ahead, const struct annotator *annotator);
reader_work_function annotate_ahead_work;
void annotate_ahead_feed(const struct annotate_ahead *ahead, struct annotator *annotator,
			 const struct reader_block *block);

#endif
