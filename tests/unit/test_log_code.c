/*
 * Tests the one finder of a log line's code (count and annotate both call
 * it) on tricky Common Log Format, field and JSON lines, and the one line
 * reader: the same lines whatever the blocks, a line longer than LINE_CAP
 * judged by its head wherever the reads cut it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/tally.h"
#include "filters/lines.h"
#include "filters/log_code.h"

static struct json_status_keys keys;

/* The slot of the line's code, -1 for none; the token must end where annotate inserts. */
static int slot_of(int field, const char *text)
{
	struct log_format format = { field, &keys, NULL, false, NULL };
	struct line line = { .text = text, .length = strlen(text), .ended = true, .in_place = true };
	struct log_code found;

	json_status_keys_default(&keys);
	if (!log_code_find(&format, &line, &found))
		return -1;
	if (!found.json)
		assert_int_equal(found.insert_offset, found.token.offset + found.token.length);
	return tally_slot_of(&found.token);
}

static void test_common_log_format(void **state)
{
	static const struct {
		const char *line;
		int slot;
	} lines[] = {
		{ "1.2.3.4 - - [30/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 404 12 \"-\" \"curl/8.0\"", 404 },
		{ "h - - [t] \"GET / HTTP/1.1\" 200 12 \"-\" \"curl/8\"\r", 200 },
		{ "h - - [t] \"GET /a\\\"b HTTP/1.1\" 200 0", 200 },
		{ "h - - [t] \"GET /\\\" 301 x\" 302 -", 302 },
		{ "h - - [t] \"GET /\\\\\" 410 -", 410 },
		{ "h - - [t] \"GET /\\\\\\\" 301 \" 503 -", 503 },
		{ "h - - [t] \"-\" 000 0", 0 },
		{ "h - - [t] \"GET / HTTP/1.1\" 0 0", TALLY_LONE_ZERO },
		{ "h - - [t] \"GET / HTTP/1.1\" 404.13 0", 404 },
		{ "h - - [t] \"GET / HTTP/1.1\" 404\r\r", 404 },
		{ "h - - [t] \"GET / HTTP/1.1\" 404\t0", 404 },
		{ "h  -  - [t]  \"GET / HTTP/1.1\" 404  0", 404 },
		{ "h - - [t] \"GET / HTTP/1.1\" 298 0", 298 },
		{ "h - - [t] \"GET / HTTP/1.1\" 503\rabc", -1 },
		{ "h - - [t] \"GET / HTTP/1.1\" 00 0", -1 },
		{ "h - - [t] \"GET / HTTP/1.1\" 01 0", -1 },
		{ "h - - [t] \"GET / HTTP/1.1\" 044 0", -1 },
		{ "h - - [t] \"GET / HTTP/1.1\" - 0", -1 },
		{ "h - - [t] \"GET / HTTP/1.1\"  404 0", -1 },
		{ "h - - [t] \"GET / HTTP/1.1\" 4044 0", -1 },
		{ "h - - [t] \"GET / HTTP/1.1\" 404x 0", -1 },
		{ "h - - [t] \"GET / HTTP/1.1\" 40 0", -1 },
		{ "h - - [t] \"GET / HTTP/1.1\"404 0", -1 },
		{ "h - - [t] \"a\" \"b\" 404", -1 },
		{ "h - - [t] \"GET / unterminated 404", -1 },
		{ "h - - [t] \"GET /\"", -1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
		if (slot_of(0, lines[i].line) != lines[i].slot)
			fail_msg("%s: slot %d, expected %d", lines[i].line, slot_of(0, lines[i].line),
				 lines[i].slot);
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
	assert_int_equal(slot_of(0, "{\"request\":{\"status\":1},\"status\":\"000\"}"), 0);
	assert_int_equal(slot_of(0, "{\"status\":0}"), TALLY_LONE_ZERO);
	assert_int_equal(slot_of(0, "{\"status\":\"040\"}"), -1);
	assert_int_equal(slot_of(0, "{\"status\":40}"), -1);
	assert_int_equal(slot_of(0, "{\"status\":404,}"), -1);
	assert_int_equal(slot_of(0, "{\"msg\":\"x\" 200}"), -1);
	assert_int_equal(slot_of(5, "{\"status\":201}"), 201);
}

static void add_code(const struct line *line, char *codes, size_t size, size_t *used)
{
	struct log_format format = { 0, &keys, NULL, false, NULL };
	struct log_code found;

	if (!line->rest)
		*used += (size_t)snprintf(codes + *used, size - *used, "%d,",
					  log_code_find(&format, line, &found) ? found.token.code : -1);
}

/* The codes of text's lines, read in blocks of block bytes, as a string: "404,-1,". */
static void read_codes(const char *text, size_t length, size_t block, char *codes, size_t size)
{
	static struct line_reader reader;
	struct line line;
	size_t used = 0;

	json_status_keys_default(&keys);
	line_reader_init(&reader);
	codes[0] = '\0';
	for (size_t at = 0; at < length; at += block) {
		const char *cursor = text + at, *end = text + (length - at < block ? length : at + block);

		while (line_next(&reader, &cursor, end, &line))
			add_code(&line, codes, size, &used);
	}
	if (line_last(&reader, &line))
		add_code(&line, codes, size, &used);
}

/* The same lines whatever the blocks, a line over LINE_CAP judged by its head wherever it falls. */
static void test_lines_whatever_the_blocks(void **state)
{
	static const char lines[] = "404\nh - - [t] \"GET /\" 200 1\n{\"status\":\"0\"}\n\nx\n301";
	static const char after[] = "\" 404 1\n\"r\" 201 1\n";
	static const size_t blocks[] = { 1, 7, 4096, 65536, 65537, 131072, 1 << 20 };
	static char codes[200000], expected[200000];
	size_t long_start = 100000, long_length = LINE_CAP + 30000;
	size_t length = long_start + long_length + sizeof after - 1;
	char *text = malloc(length);

	(void)state;
	assert_non_null(text);
	for (size_t block = 1; block <= sizeof lines; block++) {
		read_codes(lines, sizeof lines - 1, block, codes, sizeof codes);
		assert_string_equal(codes, "404,200,0,-1,-1,301,");
	}
	/* Short lines, then one whose code lies past the cap, then one that fits. */
	for (size_t at = 0; at < long_start; at += 2)
		memcpy(text + at, "x\n", 2);
	text[long_start] = '"';
	memset(text + long_start + 1, 'a', long_length - 1);
	memcpy(text + long_start + long_length, after, sizeof after - 1);
	for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++) {
		read_codes(text + long_start, length - long_start, blocks[i], codes, sizeof codes);
		assert_string_equal(codes, "-1,201,");
		read_codes(text, length, blocks[i], codes, sizeof codes);
		if (i == 0)
			strcpy(expected, codes);
		assert_string_equal(codes, expected);
		assert_int_equal(strlen(codes), (long_start / 2) * 3 + strlen("-1,201,"));
	}
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_common_log_format),
		cmocka_unit_test(test_one_code_per_line),
		cmocka_unit_test(test_field),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_lines_whatever_the_blocks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
