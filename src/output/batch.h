/* Gathering the output of stream mode and annotate to write in large blocks. */
#ifndef BATCH_H
#define BATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define BATCH_SIZE (1 << 18)

struct batch {
	FILE *out;
	size_t length;
	bool failed;	/* a write failed and was reported */
	char bytes[BATCH_SIZE];
};

void batch_start(struct batch *batch, FILE *out);
void batch_flush(struct batch *batch);
void batch_write_after(struct batch *batch, const char *bytes, size_t length);
void batch_add_long(struct batch *batch, const char *bytes, size_t length);

/*
 * Copies a piece. A call into libc for each of millions of short pieces
 * costs more than the copy (musl's memcpy starts a rep movs), so up to 256
 * bytes (a log line and its phrase) it is done with fixed-size copies, which the compiler turns into a
 * few moves: the first and the last bytes of the piece, overlapping in the
 * middle, so no byte outside either range is touched. Without a loop, too,
 * which the compiler would turn back into a memcpy call.
 */
static inline void batch_copy(char *to, const char *from, size_t length)
{
	if (length > 256) {
		memcpy(to, from, length);
	} else if (length > 128) {
		memcpy(to, from, 128);
		memcpy(to + length - 128, from + length - 128, 128);
	} else if (length > 64) {
		memcpy(to, from, 64);
		memcpy(to + length - 64, from + length - 64, 64);
	} else if (length > 32) {
		memcpy(to, from, 32);
		memcpy(to + length - 32, from + length - 32, 32);
	} else if (length >= 16) {
		memcpy(to, from, 16);
		memcpy(to + length - 16, from + length - 16, 16);
	} else if (length >= 8) {
		memcpy(to, from, 8);
		memcpy(to + length - 8, from + length - 8, 8);
	} else if (length >= 4) {
		memcpy(to, from, 4);
		memcpy(to + length - 4, from + length - 4, 4);
	} else {
		for (size_t i = 0; i < length; i++)
			to[i] = from[i];
	}
}

/* Inline: stream mode and annotate call it for every line. */
static inline void batch_add(struct batch *batch, const char *bytes, size_t length)
{
	if (length > BATCH_SIZE - batch->length) {
		batch_add_long(batch, bytes, length);
		return;
	}
	batch_copy(batch->bytes + batch->length, bytes, length);
	batch->length += length;
}

#endif
