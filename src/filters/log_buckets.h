/*
 * count --every: the lines' codes counted in buckets of time by the log's
 * own timestamps (filters/log_layout.c reads them), each bucket handed on
 * as soon as a later line closes it, so a growing log shows each minute
 * when it is over. Buckets between two lines that are empty are handed on
 * too, up to LOG_BUCKETS_GAP_MAX of them; a line earlier than the open
 * bucket (load balancers write a little out of order) is counted in it.
 */
#ifndef LOG_BUCKETS_H
#define LOG_BUCKETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/tally.h"
#include "filters/log_layout.h"

/* More empty buckets in a row than this are left out (a log with a gap of days). */
#define LOG_BUCKETS_GAP_MAX 1000

struct log_bucket {
	int64_t start;		/* seconds since the epoch, a multiple of the width */
	int64_t width;		/* seconds */
	struct tally tally;
};

typedef void log_bucket_function(void *context, const struct log_bucket *bucket);

struct log_buckets {
	log_bucket_function *closed;
	void *context;
	bool open;			/* a bucket has had a line */
	uint64_t without_time;		/* lines without a timestamp: in no bucket */
	struct log_bucket bucket;
};

void log_buckets_init(struct log_buckets *buckets, int64_t width, log_bucket_function *closed,
		      void *context);
/* One line, with its tally slot (or -1): counted in the bucket of its time. */
void log_buckets_add(struct log_buckets *buckets, const struct log_layout *layout,
		     const char *line, size_t length, int slot);
/* Hands on the open bucket. */
void log_buckets_finish(struct log_buckets *buckets);

#endif
