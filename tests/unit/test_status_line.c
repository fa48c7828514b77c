/* Tests the status line parser: the forms curl and servers write, and what it refuses. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/status_line.h"

/* Parses text (without its terminating NUL) and checks each part of the result. */
static void assert_parses(const char *text, int major, int minor, int code, const char *version,
			  const char *reason)
{
	struct status_line line;
	size_t length = strlen(text);

	if (!status_line_parse(text, length, &line))
		fail_msg("'%s' does not parse", text);
	assert_int_equal(line.major, major);
	assert_int_equal(line.minor, minor);
	assert_int_equal(line.code, code);
	assert_int_equal(line.version_length, strlen(version));
	assert_memory_equal(text + line.version_offset, version, strlen(version));
	assert_int_equal(line.reason_length, strlen(reason));
	assert_true(line.reason_offset <= length);
	assert_memory_equal(text + line.reason_offset, reason, strlen(reason));
}

static void assert_refused(const char *text, size_t length)
{
	struct status_line line = { .code = 12345 };

	if (status_line_parse(text, length, &line))
		fail_msg("'%.*s' parses", (int)length, text);
	assert_int_equal(line.code, 12345);
}

#define REFUSED(text) assert_refused(text, sizeof(text) - 1)

static void test_versions(void **state)
{
	(void)state;
	assert_parses("HTTP/1.0 200 OK", 1, 0, 200, "1.0", "OK");
	assert_parses("HTTP/1.1 404 Not Found", 1, 1, 404, "1.1", "Not Found");
	assert_parses("HTTP/2 301", 2, -1, 301, "2", "");
	assert_parses("HTTP/2.0 204", 2, 0, 204, "2.0", "");
	assert_parses("HTTP/3 503 ", 3, -1, 503, "3", "");
}

static void test_line_ends_and_trailing_blanks(void **state)
{
	(void)state;
	assert_parses("HTTP/1.1 404 Not Found\r\n", 1, 1, 404, "1.1", "Not Found");
	assert_parses("HTTP/1.1 404 Not Found\n", 1, 1, 404, "1.1", "Not Found");
	assert_parses("HTTP/1.1 404 Not Found\r", 1, 1, 404, "1.1", "Not Found");
	assert_parses("HTTP/2 404 \r", 2, -1, 404, "2", "");
	assert_parses("HTTP/2 404 \r\n", 2, -1, 404, "2", "");
	assert_parses("HTTP/2 200\n", 2, -1, 200, "2", "");
	assert_parses("HTTP/1.1 200 OK \t \r\n", 1, 1, 200, "1.1", "OK");
	assert_parses("HTTP/1.1 200  Two  spaces", 1, 1, 200, "1.1", "Two  spaces");
}

static void test_reason_phrases(void **state)
{
	(void)state;
	assert_parses("HTTP/1.1 200 Alright", 1, 1, 200, "1.1", "Alright");
	assert_parses("HTTP/1.1 418 I'm a teapot", 1, 1, 418, "1.1", "I'm a teapot");
	assert_parses("HTTP/1.1 200 \xc3\x9c\tber", 1, 1, 200, "1.1", "\xc3\x9c\tber");
	assert_parses("HTTP/1.1 000", 1, 1, 0, "1.1", "");
	assert_parses("HTTP/1.1 999 x", 1, 1, 999, "1.1", "x");
}

/* The code is a token of core/code.h: blanks and a CR around it are no part of it. */
static void test_code_tokens(void **state)
{
	(void)state;
	assert_parses("HTTP/1.1  404 Not Found", 1, 1, 404, "1.1", "Not Found");
	assert_parses("HTTP/1.1 \t404\r X", 1, 1, 404, "1.1", "X");
	assert_parses("HTTP/1.1 404\r\r\n", 1, 1, 404, "1.1", "");
	assert_parses("HTTP/1.1 404.0 X", 1, 1, 404, "1.1", "X");
	assert_parses("HTTP/1.1 0 None", 1, 1, 0, "1.1", "None");
	REFUSED("HTTP/1.1 044 X");
	REFUSED("HTTP/1.1 +404 X");
	REFUSED("HTTP/1.1 404.x X");
}

static void test_refused(void **state)
{
	(void)state;
	REFUSED("");
	REFUSED("HTTP/");
	REFUSED("HTTP/1.1");
	REFUSED("HTTP/1.1 ");
	REFUSED("HTTP/1.1 40");
	REFUSED("HTTP/1.1 4040");
	REFUSED("HTTP/1.1 404Not Found");
	REFUSED("HTTP/1.1\t404");
	REFUSED("HTTP/1. 404");
	REFUSED("HTTP/1.12 404");
	REFUSED("HTTP/11 404");
	REFUSED("HTTP/x 404");
	REFUSED("http/1.1 404");
	REFUSED("HTTP 404");
	REFUSED(" HTTP/1.1 404");
	REFUSED("HTTP/1.1 404 Not\nFound");
	REFUSED("HTTP/1.1 404 Not\rFound");
	REFUSED("HTTP/1.1 404 Not\x7f");
	REFUSED("HTTP/1.1 404 Not\0Found");
	REFUSED("HTTP/1.1 404\n\n");
	REFUSED("404 Not Found");
}

/* Every prefix of a valid line is parsed from a copy of exactly its length, so a read past it is caught by ASan. */
static void test_reads_nothing_past_length(void **state)
{
	const char *line = "HTTP/1.1 404 Not Found\r\n";
	size_t line_length = strlen(line);

	(void)state;
	for (size_t length = 0; length <= line_length; length++) {
		char *copy = malloc(length > 0 ? length : 1);
		struct status_line parsed;
		bool expected = length >= 12;	/* "HTTP/1.1 404" and longer */

		assert_non_null(copy);
		memcpy(copy, line, length);
		assert_int_equal(status_line_parse(copy, length, &parsed), expected);
		if (expected)
			assert_int_equal(parsed.code, 404);
		free(copy);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_versions),
		cmocka_unit_test(test_line_ends_and_trailing_blanks),
		cmocka_unit_test(test_reason_phrases),
		cmocka_unit_test(test_code_tokens),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_reads_nothing_past_length),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
