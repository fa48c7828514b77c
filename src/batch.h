/* Gathering output pieces to write with one writev call. */
#ifndef BATCH_H
#define BATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/uio.h>

#define BATCH_PIECES 1024

struct batch {
	FILE *out;
	int count;
	bool failed;	/* a write failed: it was reported, and output stops */
	struct iovec pieces[BATCH_PIECES];
};

void batch_start(struct batch *batch, FILE *out);
void batch_flush(struct batch *batch);

/* Inline: stream mode and annotate call it for every line. */
static inline void batch_add(struct batch *batch, const char *bytes, size_t length)
{
	if (length == 0)
		return;
	if (batch->count == BATCH_PIECES)
		batch_flush(batch);
	batch->pieces[batch->count++] = (struct iovec){ (void *)bytes, length };
}

#endif
