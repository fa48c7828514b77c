/* Tests the stemmer, search_run's ranking and what it says of each hit. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "core/search.h"
#include "core/search_index.h"
#include "core/stem.h"

static struct search_hit hits[STATUS_ROW_COUNT];
static struct search_query_facts facts;

/* Searches the words of text, as one operand; every hit placed. */
static size_t run(const char *text)
{
	const char *words[] = { text };

	return search_run(words, 1, SIZE_MAX, SIZE_MAX, hits, &facts);
}

static void assert_stem(const char *word, const char *expected)
{
	char buffer[SEARCH_WORD_MAX + 1];

	strcpy(buffer, word);
	stem_word(buffer);
	assert_string_equal(buffer, expected);
}

/* Inflections meet on one stem; derivations and short words stay apart. */
static void test_stemmer(void **state)
{
	(void)state;
	assert_stem("redirect", "redirect");
	assert_stem("redirects", "redirect");
	/* A final s after no vowel is no plural: https is not http. */
	assert_stem("https", "https");
	assert_stem("headers", "header");
	assert_stem("redirected", "redirect");
	assert_stem("redirecting", "redirect");
	assert_stem("limited", "limit");
	assert_stem("limiting", "limit");
	assert_stem("expired", "expir");
	assert_stem("expires", "expir");
	assert_stem("rated", "rate");
	assert_stem("hopping", "hop");
	assert_stem("retries", "retri");
	assert_stem("retry", "retri");
	assert_stem("authorization", "authorization");
	assert_stem("is", "is");
	assert_stem("404", "404");
	assert_stem("caf\xc3\xa9s", "caf\xc3\xa9s");
}

static void assert_first(const char *text, int code)
{
	assert_true(run(text) >= 1);
	if (hits[0].status->code != code)
		fail_msg("search %s: %d first, expected %d", text, hits[0].status->code, code);
}

/* A word in a code's name counts most; scores never rise down the list. */
static void test_ranking(void **state)
{
	size_t count = run("found");

	(void)state;
	assert_true(count >= 3);
	assert_int_equal(hits[0].status->code, 302);
	assert_int_equal(hits[0].field, SEARCH_PHRASE);
	assert_int_equal(hits[1].status->code, 404);
	for (size_t i = 1; i < count; i++)
		assert_true(hits[i - 1].score >= hits[i].score);
	assert_first("not found", 404);
	assert_first("file not found", 404);
}

/* Inflected forms find the same records in the same order. */
static void test_stems_find_alike(void **state)
{
	static struct search_hit base[STATUS_ROW_COUNT];
	const char *forms[] = { "redirects", "redirected", "redirecting" };
	size_t count = run("redirect");

	(void)state;
	memcpy(base, hits, sizeof hits);
	for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
		assert_int_equal(run(forms[f]), count);
		for (size_t i = 0; i < count; i++)
			assert_ptr_equal(hits[i].status, base[i].status);
	}
	assert_int_equal(run("limiting"), run("limited"));
}

/* OR: a record need not hold every word, and a word nothing holds does not sink the others. */
static void test_any_word_counts(void **state)
{
	(void)state;
	assert_int_equal(run("xyzzyplugh"), 0);
	assert_first("teapot xyzzyplugh", 418);
	assert_string_equal(hits[0].matched, "teapot");
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
		assert_true(hits[i].score == lower[i].score);
	}
}

/* The hit says where it matched: the field, and the word in its text. */
static void test_offset_points_at_the_match(void **state)
{
	size_t count = run("teapot");

	(void)state;
	assert_true(count >= 1);
	assert_int_equal(hits[0].status->code, 418);
	for (size_t i = 0; i < count; i++) {
		const char *text = hits[i].situation != NULL ? hits[i].situation->text
							     : search_field_text(hits[i].status, hits[i].field);

		if (hits[i].length == 0)
			continue;
		assert_true(strlen(text) >= hits[i].offset + hits[i].length);
		assert_int_equal(strncasecmp(text + hits[i].offset, "teapot", 6), 0);
	}
}

/* A situation that holds the words is the field shown, and says which situation. */
static void test_situations(void **state)
{
	(void)state;
	assert_true(run("the email address is already taken") >= 1);
	assert_true(hits[0].status->code == 409 || hits[0].status->code == 422);
	assert_int_equal(hits[0].field, SEARCH_SITUATIONS);
	assert_non_null(hits[0].situation);
	assert_non_null(strstr(hits[0].situation->text, "email"));
	assert_string_equal(search_field_name(SEARCH_SITUATIONS), "situation");
}

/* A name that holds the words reports the hit, not a situation that holds fewer of them. */
static void test_names_report_first(void **state)
{
	(void)state;
	assert_first("gateway timeout", 504);
	assert_int_equal(hits[0].field, SEARCH_PHRASE);
	assert_null(hits[0].situation);
	assert_first("teapot", 418);
	assert_int_equal(hits[0].field, SEARCH_ALIASES);
	/* A situation that holds more of the words than the name does reports it. */
	assert_true(run("the email address is already taken") >= 1);
	assert_int_equal(hits[0].field, SEARCH_SITUATIONS);
}

/* "cannot" and "can't" say "not" in the data as in the query. */
static void test_negation_alike(void **state)
{
	size_t count;
	bool found = false;

	(void)state;
	assert_true(search_is_negation("cannot", ""));
	assert_true(search_is_negation("t", "can"));
	assert_true(search_is_negation("t", "doesn"));
	assert_false(search_is_negation("t", ""));
	assert_false(search_is_negation("not", "is"));
	count = run("server not parse");
	for (size_t i = 0; i < count; i++)
		found = found || (hits[i].situation != NULL && strstr(hits[i].situation->text, "cannot parse") != NULL);
	assert_true(found);
}

/* Putting only the best in order gives the same best as putting all in order. */
static void test_partial_order(void **state)
{
	static struct search_hit all[STATUS_ROW_COUNT];
	const char *words[] = { "error" };
	size_t count = run("error");

	(void)state;
	memcpy(all, hits, sizeof hits);
	for (size_t ordered = 0; ordered <= 12; ordered++) {
		assert_int_equal(search_run(words, 1, ordered, ordered, hits, NULL), count);
		for (size_t i = 0; i < ordered && i < count; i++)
			assert_ptr_equal(hits[i].status, all[i].status);
	}
}

/* A phrase synonyms.csv knows adds its meaning, and the hit names it. */
static void test_synonyms(void **state)
{
	(void)state;
	assert_first("file too large", 413);
	assert_first("deleted", 410);
	assert_non_null(strstr(hits[0].matched, "deleted (gone)"));
	assert_first("maintenance", 503);
}

/* An alias's source in parentheses is not its name: "moved" finds 302 (Moved Temporarily) before 101. */
static void test_alias_source_not_indexed(void **state)
{
	size_t count;

	(void)state;
	count = run("moved");
	assert_true(count >= 3);
	assert_int_equal(hits[0].status->code, 301);
	for (size_t i = 0; i < 3; i++)
		assert_int_not_equal(hits[i].status->code, 101);
	assert_true(hits[1].status->code == 302 || hits[2].status->code == 302);
}

/* A synonym written as a past participle means a state: the verb's other forms do not take it. */
static void test_participle_synonyms(void **state)
{
	size_t count;

	(void)state;
	assert_first("resource removed", 410);
	assert_non_null(strstr(hits[0].matched, "removed (gone)"));
	count = run("delete with no response body");

	assert_int_equal(hits[0].status->code, 204);
	for (size_t i = 0; i < count; i++)
		assert_null(strstr(hits[i].matched, "(gone)"));
	assert_false(search_is_participle("delete"));
	assert_true(search_is_participle("deleted"));
	assert_false(search_is_participle("need"));
	assert_false(search_is_participle("speed"));
}

/* Stop words and a question's filler are left out, unless nothing else was asked. */
static void test_stop_words_and_filler(void **state)
{
	size_t count;

	(void)state;
	count = run("gone");
	assert_int_equal(run("the gone"), count);
	assert_int_equal(hits[0].status->code, 410);
	assert_false(facts.question);
	assert_first("which status code should the api return when a resource is gone", 410);
	assert_true(facts.question);
	/* Stop words are not in the index: alone they find nothing; filler alone is searched. */
	assert_int_equal(run("for the"), 0);
	assert_true(run("status code") >= 1);
	/* "api" names a thing before a searched word, and is searched with it. */
	assert_true(run("unsupported api version") >= 1);
	assert_non_null(strstr(hits[0].matched, "api"));
	assert_true(run("should the api return version") >= 1);
	assert_null(strstr(hits[0].matched, "api"));
}

/* British spellings, "not X" as "unX", and misspellings. */
static void test_spellings_negation_typos(void **state)
{
	(void)state;
	assert_first("unauthorised", 401);
	assert_first("authorise", 401);
	assert_first("not authorized", 401);
	assert_first("forbiden", 403);
	assert_first("unavailible", 503);
}

/* Registered codes first for the same words; a vendor's first when the words name it. */
static void test_vendor_prior(void **state)
{
	(void)state;
	assert_true(run("unauthorised") >= 2);
	assert_true(status_is_registered(hits[0].status));
	assert_true(run("cloudflare") >= 1);
	assert_string_equal(hits[0].status->origin, "Cloudflare");
	assert_true(run("nginx client closed request") >= 1);
	assert_int_equal(hits[0].status->code, 499);
	assert_string_equal(hits[0].status->origin, "nginx");
}

/* Only the hits asked for are placed; all are counted and ranked. */
static void test_shown(void **state)
{
	const char *words[] = { "error" };
	size_t count;

	(void)state;
	memset(hits, 0, sizeof hits);
	count = search_run(words, 1, SIZE_MAX, 3, hits, NULL);
	assert_true(count > 10);
	assert_string_equal(hits[2].matched, "error");
	assert_string_equal(hits[3].matched, "");
	assert_non_null(hits[count - 1].status);
}

static void test_clear_winner(void **state)
{
	(void)state;
	assert_false(search_clear_winner(hits, 0));
	run("teapot");
	assert_true(search_clear_winner(hits, 1));
	run("found");
	assert_false(search_clear_winner(hits, 2));
}

static void test_field_names_and_texts(void **state)
{
	const struct status *not_found = status_by_code(404);

	(void)state;
	assert_string_equal(search_field_name(SEARCH_PHRASE), "phrase");
	assert_string_equal(search_field_name(SEARCH_NOTES), "notes");
	assert_ptr_equal(search_field_text(not_found, SEARCH_PHRASE), not_found->phrase);
	assert_ptr_equal(search_field_text(not_found, SEARCH_ORIGIN), not_found->origin);
	assert_ptr_equal(search_field_text(not_found, SEARCH_NOTES), not_found->notes);
	assert_string_equal(search_field_text(not_found, SEARCH_SITUATIONS), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stemmer),
		cmocka_unit_test(test_ranking),
		cmocka_unit_test(test_stems_find_alike),
		cmocka_unit_test(test_any_word_counts),
		cmocka_unit_test(test_case_is_ignored),
		cmocka_unit_test(test_offset_points_at_the_match),
		cmocka_unit_test(test_situations),
		cmocka_unit_test(test_names_report_first),
		cmocka_unit_test(test_partial_order),
		cmocka_unit_test(test_negation_alike),
		cmocka_unit_test(test_synonyms),
		cmocka_unit_test(test_participle_synonyms),
		cmocka_unit_test(test_alias_source_not_indexed),
		cmocka_unit_test(test_stop_words_and_filler),
		cmocka_unit_test(test_spellings_negation_typos),
		cmocka_unit_test(test_vendor_prior),
		cmocka_unit_test(test_shown),
		cmocka_unit_test(test_clear_winner),
		cmocka_unit_test(test_field_names_and_texts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
