/* Tests word wrapping: wrap_next_line, wrap_next_paragraph, wrap_paragraphs and wrap_hanging. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output/wrap.h"

/* Breaks text into lines of width with wrap_next_line, written one per line. */
static char *lines_of(const char *text, size_t width)
{
	struct span rest = { text, strlen(text) }, line;
	char *result = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&result, &size);

	assert_non_null(out);
	while (wrap_next_line(&rest, width, &line))
		fprintf(out, "%.*s\n", (int)line.length, line.start);
	assert_int_equal(rest.length, 0);
	assert_int_equal(fclose(out), 0);
	return result;
}

static void assert_lines(const char *text, size_t width, const char *expected)
{
	char *result = lines_of(text, width);

	assert_string_equal(result, expected);
	free(result);
}

static void test_lines_break_at_the_width(void **state)
{
	(void)state;
	assert_lines("the quick brown fox", 10, "the quick\nbrown fox\n");
	assert_lines("the quick brown fox", 9, "the quick\nbrown fox\n");
	assert_lines("the quick brown fox", 8, "the\nquick\nbrown\nfox\n");
	assert_lines("abcde fghij", 11, "abcde fghij\n");
	assert_lines("abcde fghij", 10, "abcde\nfghij\n");
	assert_lines("the quick brown fox", 80, "the quick brown fox\n");
}

static void test_spaces_and_newlines_separate_words(void **state)
{
	(void)state;
	assert_lines("  one   two\nthree  ", 80, "one   two\nthree\n");
	assert_lines("one\ntwo", 7, "one\ntwo\n");
	assert_lines("", 10, "");
	assert_lines("   \n  ", 10, "");
}

static void test_long_word_has_a_line_of_its_own(void **state)
{
	(void)state;
	assert_lines("a extraordinarily b", 5, "a\nextraordinarily\nb\n");
	assert_lines("extraordinarily", 5, "extraordinarily\n");
	assert_lines("a b", 1, "a\nb\n");
}

static void test_code_points_count_as_one_column(void **state)
{
	(void)state;
	/* 11 code points, 13 bytes. */
	assert_lines("h\xc3\xa9llo w\xc3\xb6rld", 11, "h\xc3\xa9llo w\xc3\xb6rld\n");
	assert_lines("h\xc3\xa9llo w\xc3\xb6rld", 10, "h\xc3\xa9llo\nw\xc3\xb6rld\n");
	/* Three-byte code points: the en dash and the euro sign. */
	assert_lines("\xe2\x80\x93 \xe2\x82\xac\xe2\x82\xac", 4, "\xe2\x80\x93 \xe2\x82\xac\xe2\x82\xac\n");
	assert_lines("\xe2\x80\x93 \xe2\x82\xac\xe2\x82\xac", 3, "\xe2\x80\x93\n\xe2\x82\xac\xe2\x82\xac\n");
}

static void test_next_paragraph(void **state)
{
	const char *text = "first one\nstill first\n\n\nsecond\n\nthird\n";
	struct span rest = { text, strlen(text) }, paragraph;

	(void)state;
	assert_true(wrap_next_paragraph(&rest, &paragraph));
	assert_int_equal(paragraph.length, strlen("first one\nstill first"));
	assert_memory_equal(paragraph.start, "first one\nstill first", paragraph.length);
	assert_true(wrap_next_paragraph(&rest, &paragraph));
	assert_int_equal(paragraph.length, strlen("second"));
	assert_memory_equal(paragraph.start, "second", paragraph.length);
	assert_true(wrap_next_paragraph(&rest, &paragraph));
	assert_int_equal(paragraph.length, strlen("third\n"));
	assert_false(wrap_next_paragraph(&rest, &paragraph));
	assert_int_equal(rest.length, 0);
}

/* Runs wrap_paragraphs or wrap_hanging into a string. */
static char *paragraphs(const char *text, size_t indent, size_t width)
{
	char *result = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&result, &size);

	assert_non_null(out);
	wrap_paragraphs(out, text, indent, width);
	assert_int_equal(fclose(out), 0);
	return result;
}

static char *hanging(const char *text, size_t column, size_t indent, size_t width)
{
	char *result = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&result, &size);

	assert_non_null(out);
	wrap_hanging(out, text, column, indent, width);
	assert_int_equal(fclose(out), 0);
	return result;
}

static void test_paragraphs(void **state)
{
	char *result;

	(void)state;
	result = paragraphs("one two three\nfour\n\nfive six", 2, 12);
	assert_string_equal(result, "  one two\n  three four\n\n  five six\n");
	free(result);
	/* Inside a paragraph, a newline or a run of spaces is written as one space. */
	result = paragraphs("one   two\nthree", 0, 80);
	assert_string_equal(result, "one two three\n");
	free(result);
	result = paragraphs("alpha beta", 0, 80);
	assert_string_equal(result, "alpha beta\n");
	free(result);
	/* Extra empty lines between paragraphs give one empty line. */
	result = paragraphs("a\n\n\n\nb\n", 4, 80);
	assert_string_equal(result, "    a\n\n    b\n");
	free(result);
	/* An indent at or past the width leaves room for one word per line. */
	result = paragraphs("a b", 4, 4);
	assert_string_equal(result, "    a\n    b\n");
	free(result);
	result = paragraphs("", 2, 80);
	assert_string_equal(result, "");
	free(result);
}

static void test_hanging(void **state)
{
	char *result;

	(void)state;
	/* The first line continues after a 10-column label; the rest start at 4. */
	result = hanging("one two three four five", 10, 4, 20);
	assert_string_equal(result, "one two\n    three four five\n");
	free(result);
	result = hanging("one\ntwo  three", 0, 2, 80);
	assert_string_equal(result, "one two three\n");
	free(result);
	result = hanging("short", 10, 4, 80);
	assert_string_equal(result, "short\n");
	free(result);
	result = hanging("", 10, 4, 80);
	assert_string_equal(result, "\n");
	free(result);
	result = hanging("x\xc3\xa9 y\xc3\xa9 z", 2, 2, 7);
	assert_string_equal(result, "x\xc3\xa9 y\xc3\xa9\n  z\n");
	free(result);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines_break_at_the_width),
		cmocka_unit_test(test_spaces_and_newlines_separate_words),
		cmocka_unit_test(test_long_word_has_a_line_of_its_own),
		cmocka_unit_test(test_code_points_count_as_one_column),
		cmocka_unit_test(test_next_paragraph),
		cmocka_unit_test(test_paragraphs),
		cmocka_unit_test(test_hanging),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
