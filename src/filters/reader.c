/*
 * Reading a file block by block. For a regular file a second thread reads
 * a few blocks ahead: taking a file from the page cache costs the kernel
 * about as long as annotating it, and so the two are done at once, on two
 * cores. A pipe or a terminal is read in the caller's thread, as reading
 * ahead would gain nothing there and a blocked read could not be called off.
 *
 * When the caller falls behind, the reading thread also does work of the
 * caller's on the blocks it reads (annotate's lines), so that each thread
 * does about half.
 *
 * reader_next hands out one block at a time, in order; reader_done gives
 * it back to be read into again.
 */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "filters/reader.h"

/* Reads one block, retrying when a signal interrupts the read. */
static void reader_fill(int fd, struct reader_block *block)
{
	do
		block->length = read(fd, block->bytes, sizeof block->bytes);
	while (block->length < 0 && errno == EINTR);
	block->error = block->length < 0 ? errno : 0;
	block->worked = false;
}

/*
 * The second thread: reads blocks while there is room, up to the end, an
 * error or stop. While more than half the ring is filled, it also works on
 * the blocks it reads: helping sooner left the caller waiting for blocks,
 * each wait a sleep and a wake-up, which cost more than the help gave
 * (bench/README.md).
 */
static void *reader_run(void *argument)
{
	struct reader *reader = argument;
	unsigned index = 0;
	bool more = true, behind;

	while (more) {
		struct reader_block *block = &reader->blocks[index];

		pthread_mutex_lock(&reader->lock);
		while (reader->filled == READER_BLOCKS && !reader->stop)
			pthread_cond_wait(&reader->has_room, &reader->lock);
		more = !reader->stop;
		behind = reader->filled > READER_BLOCKS / 2;
		pthread_mutex_unlock(&reader->lock);
		if (!more)
			break;
		reader_fill(reader->fd, block);
		more = block->length > 0;
		if (more && behind && reader->work != NULL)
			block->worked = reader->work(reader->context, block);
		index = (index + 1) % READER_BLOCKS;
		pthread_mutex_lock(&reader->lock);
		reader->filled++;
		pthread_cond_signal(&reader->has_block);
		pthread_mutex_unlock(&reader->lock);
	}
	return NULL;
}

static void reader_destroy_locks(struct reader *reader)
{
	pthread_cond_destroy(&reader->has_room);
	pthread_cond_destroy(&reader->has_block);
	pthread_mutex_destroy(&reader->lock);
}

static bool is_regular_file(int fd)
{
	struct stat status;

	return fstat(fd, &status) == 0 && S_ISREG(status.st_mode);
}

void reader_open(struct reader *reader, int fd, reader_work_function *work, void *context)
{
	for (unsigned i = 0; i < READER_BLOCKS; i++)
		reader->blocks[i].index = i;
	reader->fd = fd;
	reader->work = work;
	reader->context = context;
	reader->filled = 0;
	reader->taken = 0;
	reader->stop = false;
	reader->threaded = false;
	if (!is_regular_file(fd))
		return;
	pthread_mutex_init(&reader->lock, NULL);
	pthread_cond_init(&reader->has_block, NULL);
	pthread_cond_init(&reader->has_room, NULL);
	reader->threaded = pthread_create(&reader->thread, NULL, reader_run, reader) == 0;
	if (!reader->threaded)	/* no thread to be had: the file is read in this one */
		reader_destroy_locks(reader);
}

/* The next block: its length is 0 at the end of the file, -1 for an error. */
const struct reader_block *reader_next(struct reader *reader)
{
	struct reader_block *block = &reader->blocks[reader->taken % READER_BLOCKS];

	if (!reader->threaded) {
		reader_fill(reader->fd, block);
		return block;
	}
	pthread_mutex_lock(&reader->lock);
	while (reader->filled == 0)
		pthread_cond_wait(&reader->has_block, &reader->lock);
	pthread_mutex_unlock(&reader->lock);
	return block;
}

/* The block reader_next gave may be read into again. */
void reader_done(struct reader *reader)
{
	if (!reader->threaded)
		return;
	reader->taken++;
	pthread_mutex_lock(&reader->lock);
	reader->filled--;
	pthread_cond_signal(&reader->has_room);
	pthread_mutex_unlock(&reader->lock);
}

/* Stops reading ahead, whether or not the end was reached. */
void reader_close(struct reader *reader)
{
	if (!reader->threaded)
		return;
	pthread_mutex_lock(&reader->lock);
	reader->stop = true;
	pthread_cond_signal(&reader->has_room);
	pthread_mutex_unlock(&reader->lock);
	pthread_join(reader->thread, NULL);
	reader_destroy_locks(reader);
}
