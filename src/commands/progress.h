/*
 * count's progress through a large file, on standard error when it is a
 * terminal: "httpstatus: access.log: 1.2 GB of 4.0 GB (30%)", shown once
 * reading has taken more than a second, redrawn a few times a second, and
 * cleared when the file is done, so what stays on the screen is the tally.
 * Never in a pipe, and never for a pipe or a terminal as input, whose size
 * is unknown.
 */
#ifndef PROGRESS_H
#define PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct progress {
	bool active;		/* a regular file, stderr a terminal */
	bool shown;		/* a line is on the screen, to be cleared */
	const char *name;
	uint64_t size;
	struct timespec started;
	struct timespec drawn;
};

/* Starts watching the reading of fd, called name in messages. */
void progress_start(struct progress *progress, int fd, const char *name);
/* bytes of the file have been read. */
void progress_update(struct progress *progress, uint64_t bytes);
/* Clears the line, if one was shown. */
void progress_end(struct progress *progress);

/* "1.2 GB of 4.0 GB (30%)" into text. */
void progress_text(uint64_t bytes, uint64_t size, char *text, size_t text_size);

#endif
