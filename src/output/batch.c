/*
 * Gathering the output of stream mode and annotate to write in large
 * blocks: millions of short pieces (a cached answer, the run of a log line
 * before a phrase, the phrase) are copied into one buffer and written with
 * one write call when it fills, with no stdio locking or per-piece calls.
 * Where the stream has no file descriptor (--quiet's, or a stdout that
 * waits: output/output.c) the buffer goes through stdio. stdio is flushed
 * before the buffer, and callers flush the buffer before writing
 * anything through stdio, so the order never changes.
 */
#include <err.h>
#include <errno.h>
#include <unistd.h>

#include "compat/compat.h"
#include "output/batch.h"

void batch_start(struct batch *batch, FILE *out)
{
	batch->out = out;
	batch->length = 0;
	batch->failed = false;
}

bool batch_write_all(int fd, const char *bytes, size_t length)
{
	while (length > 0) {
		ssize_t written = write(fd, bytes, length);

		if (written < 0) {
			if (errno == EINTR || (errno == EAGAIN && compat_wait_ready(fd, true)))
				continue;
			return false;
		}
		bytes += written;
		length -= (size_t)written;
	}
	return true;
}

/* Writes bytes straight to the stream, after what is gathered: nothing is lost on failure. */
static void batch_write_through(struct batch *batch, const char *bytes, size_t length)
{
	int fd;

	if (batch->failed || length == 0)
		return;
	fd = fileno(batch->out);
	if (fd < 0) {
		fwrite(bytes, 1, length, batch->out);
	} else if (fflush(batch->out) != 0 || !batch_write_all(fd, bytes, length)) {
		warn("write error");
		batch->failed = true;
	}
}

void batch_flush(struct batch *batch)
{
	batch_write_through(batch, batch->bytes, batch->length);
	batch->length = 0;
}

/*
 * A piece that does not fit: what is gathered goes first, then a piece
 * larger than the buffer is written as it is, without copying it.
 */
void batch_add_long(struct batch *batch, const char *bytes, size_t length)
{
	batch_flush(batch);
	if (length > BATCH_SIZE) {
		batch_write_through(batch, bytes, length);
		return;
	}
	mem_copy(batch->bytes, bytes, length);
	batch->length = length;
}
