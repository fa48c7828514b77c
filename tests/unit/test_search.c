/* Tests search_run's matching and ranking, and search_find. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "core/search.h"

static struct search_hit hits[STATUS_ROW_COUNT];

static size_t run(const char *word)
{
	const char *words[] = { word };

	return search_run(words, 1, hits);
}

static bool record_holds(const struct status *status, const char *word)
{
	for (int field = 0; field < SEARCH_FIELD_COUNT; field++)
		if (search_find(search_field_text(status, (enum search_field)field), word) != NULL)
			return true;
	return false;
}

static void test_phrase_match_ranks_first(void **state)
{
	size_t count = run("found");
	bool seen_notes = false;

	(void)state;
	assert_true(count >= 3);
	assert_int_equal(hits[0].status->code, 302);
	assert_int_equal(hits[0].field, SEARCH_PHRASE);
	assert_int_equal(hits[0].offset, 0);
	assert_int_equal(hits[1].status->code, 404);
	assert_int_equal(hits[1].field, SEARCH_PHRASE);
	assert_int_equal(hits[1].offset, strlen("Not "));
	assert_true(hits[0].score > hits[2].score);
	for (size_t i = 0; i < count; i++) {
		if (i > 0)
			assert_true(hits[i - 1].score >= hits[i].score);
		if (hits[i].field == SEARCH_NOTES)
			seen_notes = true;
		else if (seen_notes)
			fail_msg("%d matches in %s after a notes-only match", hits[i].status->code,
				 search_field_name(hits[i].field));
	}
	assert_true(seen_notes);
	assert_int_equal(hits[count - 1].field, SEARCH_NOTES);
}

static void test_offset_points_at_the_match(void **state)
{
	size_t count = run("teapot");

	(void)state;
	assert_true(count >= 1);
	assert_int_equal(hits[0].status->code, 418);
	assert_int_equal(hits[0].field, SEARCH_ALIASES);
	for (size_t i = 0; i < count; i++) {
		const char *text = search_field_text(hits[i].status, hits[i].field);

		assert_true(strlen(text) >= hits[i].offset + strlen("teapot"));
		assert_ptr_equal(search_find(text + hits[i].offset, "teapot"), text + hits[i].offset);
	}
}

static void test_case_is_ignored(void **state)
{
	struct search_hit lower[STATUS_ROW_COUNT];
	size_t count = run("found");

	(void)state;
	memcpy(lower, hits, sizeof hits);
	assert_int_equal(run("FOUND"), count);
	assert_int_equal(run("FoUnD"), count);
	for (size_t i = 0; i < count; i++) {
		assert_ptr_equal(hits[i].status, lower[i].status);
		assert_int_equal(hits[i].score, lower[i].score);
	}
}

static void test_every_word_must_match(void **state)
{
	const char *absent[] = { "found", "xyzzyplugh" };
	const char *both[] = { "teapot", "coffee" };
	size_t count;

	(void)state;
	assert_int_equal(run("xyzzyplugh"), 0);
	assert_int_equal(search_run(absent, 2, hits), 0);
	count = search_run(both, 2, hits);
	assert_true(count >= 1);
	/* A record is a hit exactly when it holds both words. */
	for (size_t i = 0; i < status_count; i++) {
		bool expected = record_holds(&status_table[i], "teapot") &&
				record_holds(&status_table[i], "coffee");
		bool found = false;

		for (size_t h = 0; h < count; h++)
			found = found || hits[h].status == &status_table[i];
		assert_int_equal(found, expected);
	}
	assert_true(count <= run("teapot"));
}

static void test_scores_add_up_over_words(void **state)
{
	const char *words[] = { "not", "found" };
	size_t count = search_run(words, 2, hits);

	(void)state;
	assert_true(count >= 1);
	assert_int_equal(hits[0].status->code, 404);
	assert_int_equal(hits[0].field, SEARCH_PHRASE);
	assert_int_equal(hits[0].score, 32);
	assert_true(hits[1].score < 32);
}

static size_t run_words(const char *text)
{
	const char *words[] = { text };

	return search_run(words, 1, hits);
}

/* A phrase synonyms.csv knows finds the code its meaning names, first. */
static void test_synonyms(void **state)
{
	(void)state;
	assert_true(run_words("file too big") >= 1);
	assert_int_equal(hits[0].status->code, 413);
	assert_true(run_words("already exists") >= 1);
	assert_int_equal(hits[0].status->code, 409);
	assert_string_equal(hits[0].word, "conflict");
	assert_int_equal(hits[0].field, SEARCH_PHRASE);
	assert_true(run_words("deleted") >= 1);
	assert_int_equal(hits[0].status->code, 410);
	/* A single-word synonym widens the search; the typed word still counts. */
	assert_true(run_words("maintenance") >= 1);
	assert_int_equal(hits[0].status->code, 503);
}

static void test_headers_are_searched(void **state)
{
	size_t count = run_words("Retry-After");
	bool seen_429 = false;

	(void)state;
	for (size_t i = 0; i < count; i++) {
		if (hits[i].status->code == 429) {
			seen_429 = true;
			assert_int_equal(hits[i].field, SEARCH_HEADERS);
			assert_int_equal(hits[i].score, 12);
		}
	}
	assert_true(seen_429);
	assert_string_equal(search_field_name(SEARCH_HEADERS), "headers");
}

/* Common words count for nothing unless nothing else was asked. */
static void test_stop_words(void **state)
{
	size_t count;

	(void)state;
	count = run_words("gone");
	assert_int_equal(run_words("the gone"), count);
	assert_int_equal(hits[0].status->code, 410);
	assert_true(run_words("for") >= 1);
}

/* A spelling variant is searched in the data's spelling; vendors' codes lose ties. */
static void test_spelling_and_ties(void **state)
{
	(void)state;
	assert_true(run_words("unauthorised") >= 2);
	assert_int_equal(hits[0].status->code, 401);
	assert_int_equal(hits[0].score, hits[1].score);
	assert_int_equal(hits[1].status->kind, KIND_UNOFFICIAL);
}

static void test_search_find(void **state)
{
	const char *text = "Not Found";

	(void)state;
	assert_ptr_equal(search_find(text, "found"), text + 4);
	assert_ptr_equal(search_find(text, "FOUND"), text + 4);
	assert_ptr_equal(search_find(text, "not"), text);
	assert_ptr_equal(search_find(text, "t F"), text + 2);
	assert_ptr_equal(search_find(text, "d"), text + 8);
	assert_null(search_find(text, "founds"));
	assert_null(search_find(text, "Not Found at all"));
	assert_null(search_find(text, "lost"));
	assert_null(search_find(text, ""));
	assert_null(search_find("", "found"));
}

static void test_field_names_and_texts(void **state)
{
	const struct status *not_found = status_by_code(404);

	(void)state;
	assert_string_equal(search_field_name(SEARCH_PHRASE), "phrase");
	assert_string_equal(search_field_name(SEARCH_NOTES), "notes");
	assert_ptr_equal(search_field_text(not_found, SEARCH_PHRASE), not_found->phrase);
	assert_ptr_equal(search_field_text(not_found, SEARCH_ALIASES), not_found->aliases);
	assert_ptr_equal(search_field_text(not_found, SEARCH_SUMMARY), not_found->summary);
	assert_ptr_equal(search_field_text(not_found, SEARCH_DESCRIPTION), not_found->description);
	assert_ptr_equal(search_field_text(not_found, SEARCH_NOTES), not_found->notes);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phrase_match_ranks_first),
		cmocka_unit_test(test_offset_points_at_the_match),
		cmocka_unit_test(test_case_is_ignored),
		cmocka_unit_test(test_every_word_must_match),
		cmocka_unit_test(test_scores_add_up_over_words),
		cmocka_unit_test(test_synonyms),
		cmocka_unit_test(test_headers_are_searched),
		cmocka_unit_test(test_stop_words),
		cmocka_unit_test(test_spelling_and_ties),
		cmocka_unit_test(test_search_find),
		cmocka_unit_test(test_field_names_and_texts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
