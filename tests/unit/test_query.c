/* Tests query_parse and the code patterns: what a query on the command line means. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "core/query.h"

static void test_code_with_record(void **state)
{
	struct query query;

	(void)state;
	query_parse("404", &query);
	assert_int_equal(query.kind, QUERY_CODE);
	assert_int_equal(query.code, 404);
	assert_ptr_equal(query.status, status_by_code(404));
	assert_int_equal(query.status->code, 404);
	query_parse("100", &query);
	assert_int_equal(query.kind, QUERY_CODE);
	assert_int_equal(query.status->code, 100);
}

static void test_code_without_record(void **state)
{
	struct query query;

	(void)state;
	query_parse("298", &query);
	assert_int_equal(query.kind, QUERY_CODE);
	assert_int_equal(query.code, 298);
	assert_null(query.status);
	query_parse("998", &query);
	assert_int_equal(query.kind, QUERY_CODE);
	assert_int_equal(query.code, 998);
	assert_null(query.status);
}

/* 000 (curl, logs) and 0 (browsers) are the record of no response. */
static void test_no_response(void **state)
{
	struct query query;

	(void)state;
	query_parse("000", &query);
	assert_int_equal(query.kind, QUERY_CODE);
	assert_int_equal(query.code, 0);
	assert_int_equal(query.status->kind, KIND_PSEUDO);
	query_parse("0", &query);
	assert_int_equal(query.kind, QUERY_CODE);
	assert_ptr_equal(query.status, status_by_code(0));
}

static void assert_pattern(const char *text, int prefix, int prefix_digits)
{
	struct query query;

	query_parse(text, &query);
	assert_int_equal(query.kind, QUERY_PATTERN);
	assert_int_equal(query.prefix, prefix);
	assert_int_equal(query.prefix_digits, prefix_digits);
	assert_null(query.status);
}

static void test_patterns(void **state)
{
	(void)state;
	assert_pattern("4xx", 4, 1);
	assert_pattern("4XX", 4, 1);
	assert_pattern("4xX", 4, 1);
	assert_pattern("40x", 40, 2);
	assert_pattern("40X", 40, 2);
	assert_pattern("9xx", 9, 1);
}

static void test_pattern_matches(void **state)
{
	struct query query;

	(void)state;
	query_parse("4xx", &query);
	assert_true(query_pattern_matches(&query, 400));
	assert_true(query_pattern_matches(&query, 404));
	assert_true(query_pattern_matches(&query, 499));
	assert_false(query_pattern_matches(&query, 399));
	assert_false(query_pattern_matches(&query, 500));
	query_parse("40x", &query);
	assert_true(query_pattern_matches(&query, 400));
	assert_true(query_pattern_matches(&query, 409));
	assert_false(query_pattern_matches(&query, 410));
	assert_false(query_pattern_matches(&query, 399));
	assert_false(query_pattern_matches(&query, 40));
}

static void test_query_parse_pattern_alone(void **state)
{
	struct query query = { .kind = QUERY_NONE };

	(void)state;
	assert_true(query_parse_pattern("5xx", &query));
	assert_int_equal(query.kind, QUERY_PATTERN);
	assert_int_equal(query.prefix, 5);
	query.kind = QUERY_NONE;
	assert_false(query_parse_pattern("500", &query));
	assert_false(query_parse_pattern("x4x", &query));
	assert_false(query_parse_pattern("0xx", &query));
	assert_false(query_parse_pattern("4x", &query));
	assert_int_equal(query.kind, QUERY_NONE);
}

static void test_names(void **state)
{
	struct query query;

	(void)state;
	query_parse("Not Found", &query);
	assert_int_equal(query.kind, QUERY_NAME);
	assert_int_equal(query.status->code, 404);
	query_parse("teapot", &query);
	assert_int_equal(query.kind, QUERY_NAME);
	assert_int_equal(query.status->code, 418);
}

static void test_queries_that_match_nothing(void **state)
{
	static const char *const texts[] = {
		"", " ", "00", "0000", "-1", "+404", "0404", "404abc", "4O4", "99", "1000",
		"99999999999999999999", "4xxx", "x4x", "4x4", "0xx", "xxx", "044", "0.5",
		"\xd9\xa4\xd9\xa0\xd9\xa4", "4 04", "no such status",
	};

	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct query query;

		query_parse(texts[i], &query);
		if (query.kind != QUERY_NONE)
			fail_msg("'%s' parses as kind %d, expected QUERY_NONE", texts[i], query.kind);
		assert_null(query.status);
	}
}

/* 404.13 is an IIS sub-status, 404.x the list of them; 404.99 and 200.1 name their code. */
static void test_substatus(void **state)
{
	struct query query;

	(void)state;
	query_parse("404.13", &query);
	assert_int_equal(query.kind, QUERY_SUBSTATUS);
	assert_int_equal(query.code, 404);
	assert_int_equal(query.substatus->substatus, 13);
	assert_ptr_equal(query.status, status_by_code(404));
	query_parse("404.x", &query);
	assert_int_equal(query.kind, QUERY_SUBSTATUS_LIST);
	query_parse("404.X", &query);
	assert_int_equal(query.kind, QUERY_SUBSTATUS_LIST);
	query_parse("404.99", &query);
	assert_int_equal(query.kind, QUERY_CODE);
	assert_int_equal(query.code, 404);
	query_parse("200.1", &query);
	assert_int_equal(query.kind, QUERY_CODE);
	assert_int_equal(query.code, 200);
	query_parse("404.1000", &query);
	assert_int_equal(query.kind, QUERY_NONE);
	query_parse("404.", &query);
	assert_int_equal(query.kind, QUERY_NONE);
}

/* A status line names its code and keeps its reason phrase. */
static void assert_status_line(const char *text, int code, const char *reason, bool matches)
{
	struct query query;

	query_parse(text, &query);
	assert_int_equal(query.kind, QUERY_CODE);
	assert_int_equal(query.code, code);
	assert_ptr_equal(query.status, status_by_code(code));
	if (reason == NULL) {
		assert_null(query.reason);
	} else {
		assert_int_equal(query.reason_length, strlen(reason));
		assert_memory_equal(query.reason, reason, strlen(reason));
	}
	assert_int_equal(query_reason_matches(&query), matches);
}

static void test_status_lines(void **state)
{
	struct query query;

	(void)state;
	assert_status_line("HTTP/1.1 404 Not Found", 404, "Not Found", true);
	assert_status_line("HTTP/1.0 404 not found\r\n", 404, "not found", true);
	assert_status_line("HTTP/2 404", 404, NULL, true);
	assert_status_line("HTTP/3 404 ", 404, NULL, true);
	/* A code and its own name is the code, as stream mode reads it; another phrase is kept. */
	assert_status_line("404 Not Found", 404, NULL, true);
	assert_status_line("404\tNot Found  ", 404, NULL, true);
	assert_status_line("404 Forbidden", 404, "Forbidden", false);
	assert_status_line("HTTP/1.1 200 Alright", 200, "Alright", false);
	assert_status_line("HTTP/1.1 413 Request Entity Too Large", 413, "Request Entity Too Large", true);
	assert_status_line("HTTP/1.1 451 Redirect", 451, "Redirect", true);
	assert_status_line("HTTP/1.1 298 Fine", 298, "Fine", false);
	assert_status_line("HTTP/1.1 404 Forbidden", 404, "Forbidden", false);
	assert_status_line("HTTP/1.1 000 Nothing", 0, "Nothing", false);
	assert_status_line("HTTP/1.1 404.0 Not Found", 404, "Not Found", true);
	query_parse("http/1.1 404 Not Found", &query);
	assert_int_equal(query.kind, QUERY_NONE);
	query_parse("HTTP/1.1 4044", &query);
	assert_int_equal(query.kind, QUERY_NONE);
	query_parse("404", &query);
	assert_null(query.reason);
}

/* One rule for blanks: before and after a query, and a line end after it, whatever the query. */
static void test_blanks(void **state)
{
	static const struct { const char *text; enum query_kind kind; int code; } cases[] = {
		{ " 404", QUERY_CODE, 404 }, { "404 ", QUERY_CODE, 404 }, { "404\r", QUERY_CODE, 404 },
		{ "\t404\r\n", QUERY_CODE, 404 }, { "000 ", QUERY_CODE, 0 }, { "4xx ", QUERY_PATTERN, 0 },
		{ " 404.13 ", QUERY_SUBSTATUS, 404 }, { " not found\r", QUERY_NAME, 404 },
		{ "HTTP/1.1 404 Not Found\r\n", QUERY_CODE, 404 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct query query;

		query_parse(cases[i].text, &query);
		assert_int_equal(query.kind, cases[i].kind);
		if (cases[i].kind != QUERY_PATTERN)
			assert_int_equal(query.status != NULL ? query.status->code : query.code, cases[i].code);
	}
}

/* Qualified constants name codes in their own ecosystem's table only; a class name is a class. */
static void test_constants_and_classes(void **state)
{
	struct query query;

	(void)state;
	query_parse("HttpStatusCode.Redirect", &query);
	assert_int_equal(query.kind, QUERY_NAME);
	assert_int_equal(query.status->code, 302);
	query_parse("HTTPStatus.MOVED_TEMPORARILY", &query);
	assert_int_equal(query.kind, QUERY_NONE);
	query_parse("StatusCodes.MOVED_TEMPORARILY", &query);
	assert_int_equal(query.status->code, 302);
	query_parse("redirect", &query);
	assert_int_equal(query.kind, QUERY_CLASS);
	assert_int_equal(query.class->digit, 3);
	assert_int_equal(query.status->code, 451);	/* Exchange's, shown after the class */
	query_parse("moved", &query);
	assert_int_equal(query.kind, QUERY_NONE);
	query_parse("RedirectKeepVerb", &query);
	assert_int_equal(query.status->code, 307);
}

static size_t group_of(const char *const *words, size_t count, bool *ambiguous)
{
	struct query_group group;

	query_group(words, count, &group);
	*ambiguous = group.ambiguous;
	return group.words;
}

/* Adjacent words that name one thing are one query, the longest first; two readings are neither. */
static void test_groups(void **state)
{
	static const char *const not_found[] = { "not", "found", "404" };
	static const char *const status_line[] = { "HTTP/1.1", "404", "Not", "Found", "500" };
	static const char *const code_and_name[] = { "302", "Found" };
	static const char *const code_and_other[] = { "404", "teapot" };
	static const char *const two_readings[] = { "expectation", "failed", "dependency" };
	static const char *const moved[] = { "moved", "permanently", "permanent", "redirect" };
	bool ambiguous;

	(void)state;
	assert_int_equal(group_of(not_found, 3, &ambiguous), 2);
	assert_false(ambiguous);
	assert_int_equal(group_of(status_line, 5, &ambiguous), 4);
	assert_int_equal(group_of(code_and_name, 2, &ambiguous), 2);
	assert_int_equal(group_of(code_and_other, 2, &ambiguous), 1);
	group_of(two_readings, 3, &ambiguous);
	assert_true(ambiguous);
	assert_int_equal(group_of(moved, 4, &ambiguous), 2);
	assert_false(ambiguous);
	assert_int_equal(group_of(moved + 2, 2, &ambiguous), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_lines),
		cmocka_unit_test(test_code_with_record),
		cmocka_unit_test(test_code_without_record),
		cmocka_unit_test(test_no_response),
		cmocka_unit_test(test_substatus),
		cmocka_unit_test(test_patterns),
		cmocka_unit_test(test_pattern_matches),
		cmocka_unit_test(test_query_parse_pattern_alone),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_queries_that_match_nothing),
		cmocka_unit_test(test_blanks),
		cmocka_unit_test(test_constants_and_classes),
		cmocka_unit_test(test_groups),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
