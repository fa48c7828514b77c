/*
 * Gathering output pieces to write with one writev call. Stream mode and
 * annotate write millions of short pieces (a cached answer, the run of a
 * log line before a phrase, the phrase); handing the kernel pointers to
 * them beats copying them into a buffer first, whatever the libc's memcpy
 * is like. The pieces must stay valid until the next flush. Where the
 * stream has no file descriptor (--quiet's) the pieces go through stdio.
 * stdio is flushed before the batch, and callers flush the batch before
 * writing anything through stdio, so the order never changes.
 */
#include <err.h>
#include <errno.h>
#include <unistd.h>

#include "batch.h"

void batch_start(struct batch *batch, FILE *out)
{
	batch->out = out;
	batch->count = 0;
	batch->failed = false;
}

/* Writes every piece to fd, resuming after partial writes. */
static bool batch_write(struct batch *batch, int fd)
{
	struct iovec *next = batch->pieces;
	int left = batch->count;

	while (left > 0) {
		ssize_t written = writev(fd, next, left);

		if (written < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		while (left > 0 && (size_t)written >= next->iov_len) {
			written -= (ssize_t)next->iov_len;
			next++;
			left--;
		}
		if (left > 0) {
			next->iov_base = (char *)next->iov_base + written;
			next->iov_len -= (size_t)written;
		}
	}
	return true;
}

void batch_flush(struct batch *batch)
{
	int fd = fileno(batch->out);

	if (batch->count == 0 || batch->failed)
		return;
	if (fd < 0) {
		for (int i = 0; i < batch->count; i++)
			fwrite(batch->pieces[i].iov_base, 1, batch->pieces[i].iov_len, batch->out);
	} else if (fflush(batch->out) != 0 || !batch_write(batch, fd)) {
		warn("write error");
		batch->failed = true;
	}
	batch->count = 0;
}
