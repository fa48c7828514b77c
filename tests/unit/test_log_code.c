/* Tests finding the code of a whole log line, and counting lines fed in blocks of every size. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "filters/log_code.h"

static struct json_status_keys keys;
static struct log_counter counter;

static int slot_of(int field, const char *line)
{
	struct log_format format = { field, &keys };

	json_status_keys_default(&keys);
	return log_code_slot(&format, line, strlen(line));
}

static void test_common_log_format(void **state)
{
	(void)state;
	assert_int_equal(slot_of(0, "1.2.3.4 - - [01/Jan/2024:00:00:00 +0000] \"GET / HTTP/1.1\" 404 12"), 404);
	assert_int_equal(slot_of(0, "h - - [t] \"GET / HTTP/1.1\" 200 12 \"-\" \"curl/8\"\r"), 200);
	assert_int_equal(slot_of(0, "h - - [t] \"GET /\\\"a\\\\ HTTP/1.1\" 503 -"), 503);
	assert_int_equal(slot_of(0, "h - - [t] \"GET /\\\" 301 x\" 302 -"), 302);
	assert_int_equal(slot_of(0, "h - - [t] \"-\" 000 0"), 0);
	assert_int_equal(slot_of(0, "h - - [t] \"GET /\" 4044 0"), -1);
	assert_int_equal(slot_of(0, "h - - [t] \"GET /\"  404 0"), -1);
	assert_int_equal(slot_of(0, "h - - [t] \"GET / unterminated 404"), -1);
	assert_int_equal(slot_of(0, "h - - [t] \"GET /\""), -1);
}

static void test_one_code_per_line(void **state)
{
	(void)state;
	assert_int_equal(slot_of(0, "404"), 404);
	assert_int_equal(slot_of(0, "  301\r"), 301);
	assert_int_equal(slot_of(0, "0"), TALLY_LONE_ZERO);
	assert_int_equal(slot_of(0, "000"), 0);
	assert_int_equal(slot_of(0, "200 OK"), 200);
	assert_int_equal(slot_of(0, ""), -1);
	assert_int_equal(slot_of(0, "   "), -1);
	assert_int_equal(slot_of(0, "ok"), -1);
}

static void test_field(void **state)
{
	(void)state;
	assert_int_equal(slot_of(3, "a b 404 c"), 404);
	assert_int_equal(slot_of(3, "\ta  b\t\t429"), 429);
	assert_int_equal(slot_of(3, "a b"), -1);
	assert_int_equal(slot_of(1, "x\"y\" 404"), -1);
	assert_int_equal(slot_of(2, "x 0 y"), TALLY_LONE_ZERO);
}

static void test_json(void **state)
{
	(void)state;
	assert_int_equal(slot_of(0, "{\"status\":404,\"request\":\"GET / HTTP/1.1\"}"), 404);
	assert_int_equal(slot_of(0, "{\"response\":{\"status\":\"503\"}}\r"), 503);
	assert_int_equal(slot_of(0, "{\"msg\":\"x\" 200}"), -1);
	assert_int_equal(slot_of(5, "{\"status\":201}"), 201);
}

/* The same counts whatever the blocks; a line longer than LOG_LINE_MAX is judged by its start. */
static void test_counter_blocks(void **state)
{
	static char input[LOG_LINE_MAX + 400];
	struct log_format format = { 0, &keys };
	const char *lines = "404\nh - - [t] \"GET /\" 200 1\n{\"status\":\"0\"}\n\nx\n301";
	size_t length = strlen(lines);
	struct tally tally;

	(void)state;
	json_status_keys_default(&keys);
	for (size_t block = 1; block <= length; block++) {
		tally_init(&tally);
		log_counter_init(&counter, &format, &tally);
		for (size_t at = 0; at < length; at += block)
			log_counter_feed(&counter, lines + at, length - at < block ? length - at : block);
		log_counter_finish(&counter);
		assert_int_equal(tally.total, 4);
		assert_int_equal(tally.without_code, 2);
		assert_int_equal(tally.counts[404], 1);
		assert_int_equal(tally.counts[200], 1);
		assert_int_equal(tally.counts[TALLY_LONE_ZERO], 1);
		assert_int_equal(tally.counts[301], 1);
	}
	memset(input, 'a', sizeof input);
	memcpy(input, "429 ", 4);
	input[sizeof input - 5] = '\n';
	memcpy(input + sizeof input - 4, "201\n", 4);
	tally_init(&tally);
	log_counter_init(&counter, &format, &tally);
	log_counter_feed(&counter, input, 100);
	log_counter_feed(&counter, input + 100, sizeof input - 100);
	log_counter_finish(&counter);
	assert_int_equal(tally.total, 2);
	assert_int_equal(tally.counts[429], 1);
	assert_int_equal(tally.counts[201], 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_common_log_format),
		cmocka_unit_test(test_one_code_per_line),
		cmocka_unit_test(test_field),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_counter_blocks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
