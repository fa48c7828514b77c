/* Gathering the output of stream mode and annotate to write in large blocks. */
#ifndef BATCH_H
#define BATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "compat/mem.h"

#define BATCH_SIZE (1 << 18)

struct batch {
	FILE *out;
	size_t length;
	bool failed;	/* a write failed and was reported */
	char bytes[BATCH_SIZE];
};

void batch_start(struct batch *batch, FILE *out);
void batch_flush(struct batch *batch);
/*
 * Writes length bytes to fd, resuming after partial writes and signals, and
 * waiting on a non-blocking descriptor that is full; false on an error.
 */
bool batch_write_all(int fd, const char *bytes, size_t length);
void batch_add_long(struct batch *batch, const char *bytes, size_t length);

/* Inline: stream mode and annotate call it for every line. */
static inline void batch_add(struct batch *batch, const char *bytes, size_t length)
{
	if (length > BATCH_SIZE - batch->length) {
		batch_add_long(batch, bytes, length);
		return;
	}
	mem_copy(batch->bytes + batch->length, bytes, length);
	batch->length += length;
}

#endif
