/* Tests lookup of status records by code, by name and by class, over every row of the table. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/status.h"

static const struct status *first_row_of(int code)
{
	for (size_t i = 0; i < status_count; i++)
		if (status_table[i].code == code)
			return &status_table[i];
	return NULL;
}

static void test_every_code_finds_its_first_row(void **state)
{
	(void)state;
	assert_true(status_count > 0);
	for (size_t i = 0; i < status_count; i++) {
		const struct status *row = &status_table[i];

		assert_ptr_equal(status_by_code(row->code), first_row_of(row->code));
	}
}

/* Walking the meanings of a code from its first row visits each of its rows once, in order. */
static void test_next_meaning_walks_every_row(void **state)
{
	size_t visited = 0;

	(void)state;
	for (int code = STATUS_CODE_MIN; code <= STATUS_CODE_MAX; code++) {
		const struct status *expected = first_row_of(code);

		for (const struct status *meaning = status_by_code(code); meaning != NULL;
		     meaning = status_next_meaning(meaning)) {
			assert_ptr_equal(meaning, expected);
			assert_int_equal(meaning->code, code);
			expected++;
			visited++;
		}
		if (expected != NULL && (size_t)(expected - status_table) < status_count)
			assert_int_not_equal(expected->code, code);
	}
	assert_int_equal(visited, status_count);
}

/*
 * name finds row, or an earlier meaning of the same code that shares the
 * name (Shopify's 423 Locked is found as WebDAV's, and lookup then answers
 * with both).
 */
static void assert_name_finds(const char *name, const struct status *row)
{
	const struct status *found = status_by_name(name);

	if (found != NULL && found != row && found->code == row->code && found < row &&
	    status_answers_name(found, name) && status_answers_name(row, name))
		return;
	if (found != row)
		fail_msg("'%s' finds %d %s, expected %d %s", name,
			 found != NULL ? found->code : 0, found != NULL ? found->phrase : "nothing",
			 row->code, row->phrase);
}

static void test_every_phrase_finds_its_row(void **state)
{
	(void)state;
	for (size_t i = 0; i < status_count; i++)
		if (status_table[i].phrase[0] != '(')
			assert_name_finds(status_table[i].phrase, &status_table[i]);
}

/* An alias is its text before any parenthesised note. */
static void test_every_alias_finds_its_row(void **state)
{
	size_t aliases = 0;

	(void)state;
	for (size_t i = 0; i < status_count; i++) {
		const char *alias = status_table[i].aliases;

		while (alias[0] != '\0') {
			size_t length = strcspn(alias, ";");
			const char *note = memchr(alias, '(', length);
			char name[256];

			snprintf(name, sizeof name, "%.*s",
				 (int)(note != NULL ? (size_t)(note - alias) : length), alias);
			assert_name_finds(name, &status_table[i]);
			aliases++;
			alias += length + (alias[length] == ';');
		}
	}
	assert_true(aliases > 0);
}

static void test_every_qualified_constant_finds_its_row(void **state)
{
	size_t constants = 0;

	(void)state;
	for (size_t i = 0; i < status_count; i++) {
		for (int e = 0; e < ECOSYSTEM_COUNT; e++) {
			char name[256];

			if (status_table[i].constant[e][0] == '\0')
				continue;
			snprintf(name, sizeof name, "%s%s", ecosystems[e].qualifier,
				 status_table[i].constant[e]);
			assert_name_finds(name, &status_table[i]);
			constants++;
		}
	}
	assert_true(constants > 0);
}

/* Every name of a constant cell, the older ones with their notes too, finds its row. */
static void test_every_constant_name_finds_its_row(void **state)
{
	size_t names = 0;

	(void)state;
	for (size_t i = 0; i < status_count; i++) {
		for (int e = 0; e < ECOSYSTEM_COUNT; e++) {
			for (const char *item = status_table[i].constant_cell[e]; item[0] != '\0';) {
				size_t length = strcspn(item, ";");
				size_t name_length = strcspn(item, " ;");
				char name[256];

				snprintf(name, sizeof name, "%s%.*s", ecosystems[e].qualifier,
					 (int)name_length, item);
				assert_name_finds(name, &status_table[i]);
				names++;
				item += length + (item[length] == ';');
			}
		}
	}
	assert_true(names > status_count);
}

static void assert_name_is_code(const char *name, int code)
{
	const struct status *found = status_by_name(name);

	if (found == NULL)
		fail_msg("'%s' finds nothing, expected %d", name, code);
	assert_int_equal(found->code, code);
}

static void test_names_as_people_write_them(void **state)
{
	(void)state;
	assert_name_is_code("teapot", 418);
	assert_name_is_code("I'm a teapot", 418);
	assert_name_is_code("StatusNotFound", 404);
	assert_name_is_code("SC_NOT_FOUND", 404);
	assert_name_is_code("HTTP_NOT_FOUND", 404);
	assert_name_is_code("HTTPStatus.NOT_FOUND", 404);
	assert_name_is_code("http.StatusNotFound", 404);
	assert_name_is_code("StatusCode::NOT_FOUND", 404);
	assert_name_is_code("HttpServletResponse.SC_NOT_FOUND", 404);
	assert_name_is_code("HttpStatusCode.NotFound", 404);
	assert_name_is_code("not found", 404);
	assert_name_is_code("NOT-FOUND", 404);
	assert_name_is_code("Request Entity Too Large", 413);
	assert_name_is_code("Moved Temporarily", 302);
	/* The seven ecosystems of the second edition, qualified and bare. */
	assert_name_is_code("StatusCodes.NOT_FOUND", 404);
	assert_name_is_code("Response::HTTP_NOT_FOUND", 404);
	assert_name_is_code("status.HTTP_404_NOT_FOUND", 404);
	assert_name_is_code("HTTP_404_NOT_FOUND", 404);
	assert_name_is_code("StatusCodes.Status404NotFound", 404);
	assert_name_is_code("Status404NotFound", 404);
	assert_name_is_code(":not_found", 404);
	assert_name_is_code("HttpStatus.NOT_FOUND", 404);
	assert_name_is_code("HttpURLConnection.HTTP_NOT_FOUND", 404);
	assert_name_is_code("HTTP_ENTITY_TOO_LARGE", 413);
	assert_name_is_code("HTTP_I_AM_A_TEAPOT", 418);
	assert_name_is_code("Status203NonAuthoritative", 203);
	assert_name_is_code("MOVED_TEMPORARILY", 302);
	/* Older names, for users of older releases. */
	assert_name_is_code("HTTPStatus.REQUEST_ENTITY_TOO_LARGE", 413);
	assert_name_is_code("HttpStatusCode.UnprocessableEntity", 422);
	assert_name_is_code(":unprocessable_entity", 422);
	assert_name_is_code("HTTP_422_UNPROCESSABLE_ENTITY", 422);
	assert_name_is_code("HTTP_422_UNPROCESSABLE_CONTENT", 422);
	assert_name_is_code("Status413RequestEntityTooLarge", 413);
	/* Spring's METHOD_FAILURE is the Spring meaning of 420, not Twitter's. */
	assert_string_equal(status_by_name("HttpStatus.METHOD_FAILURE")->origin, "Spring Framework");
	assert_string_equal(status_by_name("HttpStatus.CHECKPOINT")->origin, "Google Gears");
	/* Bare constants, found through their ecosystem's qualifier. */
	assert_name_is_code("StatusNonAuthoritativeInfo", 203);
	assert_name_is_code("Unused", 306);
	assert_name_is_code("Client Closed Request", 499);
	assert_int_equal(status_by_name("Token Required")->code, 499);
	assert_ptr_equal(status_by_name("Token Required"), status_next_meaning(status_by_code(499)));
}

static void test_unknown_names_find_nothing(void **state)
{
	(void)state;
	assert_null(status_by_name(""));
	assert_null(status_by_name("   "));
	assert_null(status_by_name("Not Founds"));
	assert_null(status_by_name("no such status"));
	assert_null(status_by_name("Status"));
	assert_null(status_by_name("HTTPStatus."));
	assert_null(status_by_name("404"));
}

static void test_codes_without_records(void **state)
{
	(void)state;
	assert_null(status_by_code(298));
	assert_int_equal(status_by_code(0)->code, 0);	/* 000: no response */
	assert_null(status_by_code(1));
	assert_null(status_by_code(99));
	assert_null(status_by_code(1000));
	assert_null(status_by_code(-404));
	assert_int_equal(status_by_code(100)->code, 100);
	assert_int_equal(status_by_code(404)->code, 404);
}

static void test_fallback_is_the_class_default(void **state)
{
	(void)state;
	assert_int_equal(status_fallback(298)->code, 200);
	assert_int_equal(status_fallback(150)->code, 100);
	assert_int_equal(status_fallback(377)->code, 300);
	assert_int_equal(status_fallback(499)->code, 400);
	assert_int_equal(status_fallback(599)->code, 500);
	assert_int_equal(status_fallback(600)->code, 500);
	assert_int_equal(status_fallback(777)->code, 500);
}

static void test_class_of_code(void **state)
{
	(void)state;
	assert_int_equal(status_class_of(100)->digit, 1);
	assert_int_equal(status_class_of(451)->digit, 4);
	assert_int_equal(status_class_of(599)->digit, 5);
	assert_int_equal(status_class_of(600)->digit, 0);
	assert_int_equal(status_class_of(99)->digit, 0);
	assert_true(status_code_is_http(100));
	assert_true(status_code_is_http(599));
	assert_false(status_code_is_http(600));
	assert_false(status_code_is_http(99));
}

static void assert_class_digit(const char *name, int digit)
{
	const struct status_class *class = status_class_by_name(name);

	if (class == NULL)
		fail_msg("class '%s' finds nothing, expected %d", name, digit);
	assert_int_equal(class->digit, digit);
}

static void test_class_by_name(void **state)
{
	(void)state;
	assert_class_digit("4", 4);
	assert_class_digit("4xx", 4);
	assert_class_digit("4XX", 4);
	assert_class_digit("client", 4);
	assert_class_digit("client error", 4);
	assert_class_digit("Client-Error", 4);
	assert_class_digit("1", 1);
	assert_class_digit("Informational", 1);
	assert_class_digit("5xx", 5);
	assert_class_digit("server errors", 5);
	/* Class 0 is "other" in classes.csv, named Invalid, and holds 6xx to 9xx. */
	assert_class_digit("other", 0);
	assert_class_digit("Invalid", 0);
	assert_class_digit("6xx", 0);
	assert_class_digit("7xx", 0);
	/* A bare digit names a class only from 1 to 5. */
	assert_null(status_class_by_name("9"));
	assert_null(status_class_by_name("0"));
	assert_null(status_class_by_name("0xx"));
	assert_null(status_class_by_name("44"));
	assert_null(status_class_by_name("4x"));
	assert_null(status_class_by_name("40x"));
	assert_null(status_class_by_name(""));
	assert_null(status_class_by_name("nonsense"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_code_finds_its_first_row),
		cmocka_unit_test(test_next_meaning_walks_every_row),
		cmocka_unit_test(test_every_phrase_finds_its_row),
		cmocka_unit_test(test_every_alias_finds_its_row),
		cmocka_unit_test(test_every_qualified_constant_finds_its_row),
		cmocka_unit_test(test_every_constant_name_finds_its_row),
		cmocka_unit_test(test_names_as_people_write_them),
		cmocka_unit_test(test_unknown_names_find_nothing),
		cmocka_unit_test(test_codes_without_records),
		cmocka_unit_test(test_fallback_is_the_class_default),
		cmocka_unit_test(test_class_of_code),
		cmocka_unit_test(test_class_by_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
