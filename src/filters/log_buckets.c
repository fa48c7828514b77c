/* count --every's buckets of time: see log_buckets.h. */
#include "filters/log_buckets.h"

void log_buckets_init(struct log_buckets *buckets, int64_t width, log_bucket_function *closed,
		      void *context)
{
	buckets->closed = closed;
	buckets->context = context;
	buckets->open = false;
	buckets->without_time = 0;
	buckets->bucket.width = width;
	tally_init(&buckets->bucket.tally);
}

/* The start of the bucket that holds a time, rounding down before the epoch too. */
static int64_t bucket_start(int64_t seconds, int64_t width)
{
	int64_t start = seconds - seconds % width;

	return start > seconds ? start - width : start;
}

/* Hands on the open bucket and opens the next one, start seconds on. */
static void close_bucket(struct log_buckets *buckets, int64_t start)
{
	buckets->closed(buckets->context, &buckets->bucket);
	tally_init(&buckets->bucket.tally);
	buckets->bucket.start = start;
}

void log_buckets_add(struct log_buckets *buckets, const struct log_layout *layout,
		     const char *line, size_t length, int slot)
{
	struct log_bucket *bucket = &buckets->bucket;
	int64_t seconds, start;

	if (!log_layout_time(layout, line, length, &seconds)) {
		buckets->without_time++;
		return;
	}
	start = bucket_start(seconds, bucket->width);
	if (!buckets->open) {
		buckets->open = true;
		bucket->start = start;
	} else if (start > bucket->start) {
		int64_t gap = (start - bucket->start) / bucket->width - 1;

		close_bucket(buckets, bucket->start + bucket->width);
		for (int64_t i = 0; i < gap && gap <= LOG_BUCKETS_GAP_MAX; i++)
			close_bucket(buckets, bucket->start + bucket->width);
		bucket->start = start;
	}
	if (slot >= 0)
		tally_add(&bucket->tally, slot);
	else
		tally_add_without_code(&bucket->tally);
}

void log_buckets_finish(struct log_buckets *buckets)
{
	if (buckets->open)
		buckets->closed(buckets->context, &buckets->bucket);
	buckets->open = false;
	tally_init(&buckets->bucket.tally);
}
