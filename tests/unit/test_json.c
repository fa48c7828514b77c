/* Tests the JSON writers: string escaping, null for empty text, and lists. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>

#include "output/json.h"

/* Runs one writer on text and checks what it wrote. */
static void assert_writes(void (*write)(FILE *, const char *), const char *text,
			  const char *expected)
{
	char *result = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&result, &size);

	assert_non_null(out);
	write(out, text);
	assert_int_equal(fclose(out), 0);
	assert_string_equal(result, expected);
	free(result);
}

static void test_string_plain(void **state)
{
	(void)state;
	assert_writes(json_string, "Not Found", "\"Not Found\"");
	assert_writes(json_string, "", "\"\"");
	assert_writes(json_string, "a/b <c> & 'd'", "\"a/b <c> & 'd'\"");
}

static void test_string_escapes(void **state)
{
	(void)state;
	assert_writes(json_string, "say \"hi\"", "\"say \\\"hi\\\"\"");
	assert_writes(json_string, "C:\\path", "\"C:\\\\path\"");
	assert_writes(json_string, "one\n\ntwo", "\"one\\n\\ntwo\"");
	assert_writes(json_string, "a\tb", "\"a\\tb\"");
	assert_writes(json_string, "a\rb", "\"a\\rb\"");
	assert_writes(json_string, "\x01", "\"\\u0001\"");
	assert_writes(json_string, "\x1f\x7f", "\"\\u001f\\u007f\"");
	assert_writes(json_string, "\b\f", "\"\\u0008\\u000c\"");
}

static void test_string_utf8_passes_through(void **state)
{
	(void)state;
	assert_writes(json_string, "caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\xab\x96",
		      "\"caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\xab\x96\"");
}

static void test_string_or_null(void **state)
{
	(void)state;
	assert_writes(json_string_or_null, "", "null");
	assert_writes(json_string_or_null, NULL, "null");
	assert_writes(json_string_or_null, "Location", "\"Location\"");
	assert_writes(json_string_or_null, "\"", "\"\\\"\"");
}

static void test_string_list(void **state)
{
	(void)state;
	assert_writes(json_string_list, "", "[]");
	assert_writes(json_string_list, "Location", "[\"Location\"]");
	assert_writes(json_string_list, "Location;Retry-After", "[\"Location\",\"Retry-After\"]");
	assert_writes(json_string_list, "I'm a \"Teapot\";tea\\pot\t",
		      "[\"I'm a \\\"Teapot\\\"\",\"tea\\\\pot\\t\"]");
	assert_writes(json_string_list, "a;b;c", "[\"a\",\"b\",\"c\"]");
}

static void test_code_list(void **state)
{
	(void)state;
	assert_writes(json_code_list, "", "[]");
	assert_writes(json_code_list, "308", "[308]");
	assert_writes(json_code_list, "307;308", "[307,308]");
	assert_writes(json_code_list, "417;101;103", "[417,101,103]");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_string_plain),
		cmocka_unit_test(test_string_escapes),
		cmocka_unit_test(test_string_utf8_passes_through),
		cmocka_unit_test(test_string_or_null),
		cmocka_unit_test(test_string_list),
		cmocka_unit_test(test_code_list),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
