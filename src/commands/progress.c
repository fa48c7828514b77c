/* count's progress through a large file: see progress.h. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "commands/progress.h"

/* Shown after this long, redrawn at most this often, in milliseconds. */
#define PROGRESS_DELAY 1000
#define PROGRESS_INTERVAL 200

static int64_t milliseconds_between(const struct timespec *from, const struct timespec *to)
{
	return (int64_t)(to->tv_sec - from->tv_sec) * 1000 + (to->tv_nsec - from->tv_nsec) / 1000000;
}

void progress_start(struct progress *progress, int fd, const char *name)
{
	struct stat status;

	progress->active = false;
	progress->shown = false;
	progress->name = name;
	if (!isatty(STDERR_FILENO) || fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) ||
	    status.st_size <= 0 || clock_gettime(CLOCK_MONOTONIC, &progress->started) != 0)
		return;
	progress->size = (uint64_t)status.st_size;
	progress->drawn = progress->started;
	progress->active = true;
}

/* 1.2 GB, 512 MB, 40 kB: three figures at most. */
static void size_text(uint64_t bytes, char *text, size_t size)
{
	static const char *const units[] = { "B", "kB", "MB", "GB", "TB" };
	double value = (double)bytes;
	int unit = 0;

	while (value >= 1000 && unit < 4) {
		value /= 1000;
		unit++;
	}
	snprintf(text, size, value < 10 && unit > 0 ? "%.1f %s" : "%.0f %s", value, units[unit]);
}

void progress_text(uint64_t bytes, uint64_t size, char *text, size_t text_size)
{
	char done[16], total[16];

	size_text(bytes, done, sizeof done);
	size_text(size, total, sizeof total);
	snprintf(text, text_size, "%s of %s (%d%%)", done, total,
		 size > 0 ? (int)(bytes * 100 / size) : 100);
}

void progress_update(struct progress *progress, uint64_t bytes)
{
	struct timespec now;
	char text[64];

	if (!progress->active || clock_gettime(CLOCK_MONOTONIC, &now) != 0 ||
	    milliseconds_between(&progress->started, &now) < PROGRESS_DELAY ||
	    (progress->shown && milliseconds_between(&progress->drawn, &now) < PROGRESS_INTERVAL))
		return;
	progress_text(bytes > progress->size ? progress->size : bytes, progress->size, text, sizeof text);
	/* \r and erase to the end of the line: the line is redrawn in place. */
	fprintf(stderr, "\rhttpstatus: %s: %s\033[K", progress->name, text);
	fflush(stderr);
	progress->shown = true;
	progress->drawn = now;
}

void progress_end(struct progress *progress)
{
	if (progress->shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
	progress->active = false;
	progress->shown = false;
}
