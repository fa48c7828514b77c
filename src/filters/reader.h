/* Reading a file block by block, from a second thread where that pays. */
#ifndef READER_H
#define READER_H

#include <pthread.h>
#include <stdbool.h>
#include <sys/types.h>

#define READER_BLOCK (1 << 17)
#define READER_BLOCKS 8

struct reader_block {
	ssize_t length;		/* 0 at the end, -1 for an error */
	int error;		/* errno, for length -1 */
	unsigned index;		/* its place in the ring, from 0 */
	bool worked;		/* the reading thread did its work on it */
	char bytes[READER_BLOCK];
};

/*
 * Work the reading thread does on a block it has just read, when the caller
 * is behind (more than half the ring filled): the reading is the lighter
 * job, and this shares the heavier. Returns whether it was done.
 */
typedef bool reader_work_function(void *context, const struct reader_block *block);

struct reader {
	int fd;
	bool threaded;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t has_block;	/* filled went up */
	pthread_cond_t has_room;	/* filled went down, or stop was set */
	unsigned filled;	/* blocks read and not yet finished with */
	unsigned taken;		/* blocks finished with, counted from the start */
	bool stop;
	reader_work_function *work;	/* NULL: none */
	void *context;			/* work's */
	struct reader_block blocks[READER_BLOCKS];
};

void reader_open(struct reader *reader, int fd, reader_work_function *work, void *context);
const struct reader_block *reader_next(struct reader *reader);
void reader_done(struct reader *reader);
void reader_close(struct reader *reader);

#endif
