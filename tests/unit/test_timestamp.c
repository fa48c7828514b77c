/* Tests reading access logs' timestamps, durations, and the buckets of count --every. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/timestamp.h"
#include "filters/log_buckets.h"

/* 2026-11-30T10:00:01Z, worked out by `date -u -d 2026-11-30T10:00:01Z +%s`. */
#define NOV30_100001 INT64_C(1796032801)

static int64_t clf(const char *text)
{
	int64_t seconds = -1;

	return timestamp_parse_clf(text, strlen(text), &seconds) ? seconds : -1;
}

static int64_t iso(const char *text)
{
	int64_t seconds = -1;

	return timestamp_parse_iso(text, strlen(text), &seconds) ? seconds : -1;
}

static void test_clf(void **state)
{
	(void)state;
	assert_int_equal(clf("30/Nov/2026:10:00:01 +0000]"), NOV30_100001);
	assert_int_equal(clf("30/Nov/2026:11:00:01 +0100] \"GET"), NOV30_100001);
	assert_int_equal(clf("30/Nov/2026:05:30:01 -0430]"), NOV30_100001);
	assert_int_equal(clf("30/Nov/2026:10:00:01.655] http-in"), NOV30_100001);
	assert_int_equal(clf("30/Foo/2026:10:00:01 +0000]"), -1);
	assert_int_equal(clf("30/Nov/2026:25:00:01 +0000]"), -1);
	assert_int_equal(clf("30/Nov/2026"), -1);
}

static void test_iso(void **state)
{
	(void)state;
	assert_int_equal(iso("2026-11-30T10:00:01.186641Z app/"), NOV30_100001);
	assert_int_equal(iso("2026-11-30T11:00:01+01:00"), NOV30_100001);
	assert_int_equal(iso("2026-11-30 10:00:01 10.0.0.5"), NOV30_100001);
	assert_int_equal(iso("2026-11-30\t10:00:01\tSEA19"), NOV30_100001);
	assert_int_equal(iso("2026-11-30T10:00:01"), NOV30_100001);
	assert_int_equal(iso("1970-01-01T00:00:00Z"), 0);
	assert_int_equal(iso("2024-02-29T00:00:00Z"), INT64_C(1709164800));
	assert_int_equal(iso("2026-13-30T10:00:01Z"), -1);
	assert_int_equal(iso("2026-11-30"), -1);
}

static void test_format_and_duration(void **state)
{
	char text[21];
	int64_t seconds = 0;

	(void)state;
	timestamp_format(NOV30_100001 - 1, text);
	assert_string_equal(text, "2026-11-30T10:00:00Z");
	timestamp_format(INT64_C(1709164800), text);
	assert_string_equal(text, "2024-02-29T00:00:00Z");
	assert_true(timestamp_parse_duration("30s", &seconds));
	assert_int_equal(seconds, 30);
	assert_true(timestamp_parse_duration("1d", &seconds));
	assert_int_equal(seconds, 86400);
	assert_true(timestamp_parse_duration("15m", &seconds));
	assert_int_equal(seconds, 900);
	assert_false(timestamp_parse_duration("0m", &seconds));
	assert_false(timestamp_parse_duration("1", &seconds));
	assert_false(timestamp_parse_duration("m", &seconds));
	assert_false(timestamp_parse_duration("1mm", &seconds));
	assert_false(timestamp_parse_duration("1w", &seconds));
	assert_false(timestamp_parse_duration("-1m", &seconds));
}

static char rows[8][64];
static int row_count;

static void closed(void *context, const struct log_bucket *bucket)
{
	char text[21];

	(void)context;
	timestamp_format(bucket->start, text);
	snprintf(rows[row_count++ % 8], sizeof rows[0], "%s %d %d", text, (int)bucket->tally.total,
		 (int)bucket->tally.without_code);
}

static void add(struct log_buckets *buckets, const struct log_layout *layout, const char *line,
		int slot)
{
	log_buckets_add(buckets, layout, line, strlen(line), slot);
}

static void test_buckets(void **state)
{
	struct log_layout layout;
	static struct log_buckets buckets;

	(void)state;
	log_layout_init(&layout, LOG_LAYOUT_AUTO);
	log_buckets_init(&buckets, 60, closed, NULL);
	row_count = 0;
	add(&buckets, &layout, "h - - [30/Nov/2026:10:00:01 +0000] \"GET /\" 200 1", 200);
	add(&buckets, &layout, "h - - [30/Nov/2026:10:00:59 +0000] \"GET /\" 404 1", 404);
	assert_int_equal(row_count, 0);
	/* The next minute closes the first; a late line goes in the open bucket. */
	add(&buckets, &layout, "h - - [30/Nov/2026:10:01:00 +0000] \"GET /\" 500 1", 500);
	assert_int_equal(row_count, 1);
	assert_string_equal(rows[0], "2026-11-30T10:00:00Z 2 0");
	add(&buckets, &layout, "h - - [30/Nov/2026:10:00:30 +0000] \"GET /\" x 1", -1);
	add(&buckets, &layout, "no time here 200", 200);
	/* Two minutes on: the empty 10:02 bucket is written too. */
	add(&buckets, &layout, "h - - [30/Nov/2026:10:03:00 +0000] \"GET /\" 200 1", 200);
	assert_int_equal(row_count, 3);
	assert_string_equal(rows[1], "2026-11-30T10:01:00Z 1 1");
	assert_string_equal(rows[2], "2026-11-30T10:02:00Z 0 0");
	log_buckets_finish(&buckets);
	assert_int_equal(row_count, 4);
	assert_string_equal(rows[3], "2026-11-30T10:03:00Z 1 0");
	assert_int_equal(buckets.without_time, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clf),
		cmocka_unit_test(test_iso),
		cmocka_unit_test(test_format_and_duration),
		cmocka_unit_test(test_buckets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
