/*
 * count --every's rows, one per bucket of time, written as each closes:
 * text (with a bar of the classes' shares on a terminal), TSV or one JSON
 * object per line, so a script can read them as they come.
 */
#ifndef RENDER_BUCKETS_H
#define RENDER_BUCKETS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/tally.h"
#include "output/answers.h"
#include "output/output.h"

struct bucket_rows {
	const struct output *output;
	enum output_format format;
	bool codes;		/* --codes: each code's count too */
};

void render_buckets_begin(const struct bucket_rows *rows);
void render_bucket(const struct bucket_rows *rows, int64_t start, int64_t width,
		   const struct tally *tally);
/* What no row holds: the lines without a timestamp. */
void render_buckets_end(const struct bucket_rows *rows, uint64_t without_time);

#endif
