/*
 * Tests annotate's fast path for common log lines against the state machine
 * alone (ANNOTATE_SCALAR): the same output for lines at every length around
 * the window, codes at its edge, escaped quotes, and random lines, with each
 * instruction set this processor has; and exact output for a few lines.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filters/annotate.h"

static struct annotator annotator;

/* Annotates text, fed as one block, into a string the caller frees. */
static char *annotate_with(enum annotate_vector vector, const char *text, size_t length,
			   size_t *output_length)
{
	char *output;
	FILE *out = open_memstream(&output, output_length);

	assert_non_null(out);
	annotator_init(&annotator, 0, false, out);
	annotator_set_vector(&annotator, vector);
	annotator_feed(&annotator, text, length);
	annotator_finish(&annotator);
	assert_int_equal(fclose(out), 0);
	return output;
}

/* Every vector this processor has gives what the state machine alone gives. */
static void assert_vectors_agree(const char *text, size_t length)
{
	size_t expected_length, actual_length;
	char *expected = annotate_with(ANNOTATE_SCALAR, text, length, &expected_length);

	for (enum annotate_vector vector = ANNOTATE_SSE2; vector <= ANNOTATE_AVX512; vector++) {
		char *actual;

		if (!annotate_vector_supported(vector))
			continue;
		actual = annotate_with(vector, text, length, &actual_length);
		assert_int_equal(actual_length, expected_length);
		assert_memory_equal(actual, expected, expected_length);
		free(actual);
	}
	free(expected);
}

static void test_lines_are_annotated(void **state)
{
	const char log[] =
		"10.0.0.1 - - [23/Nov/2026:14:00:00 +0000] \"GET / HTTP/1.1\" 404 512 \"-\" \"curl/8.0\"\n"
		"10.0.0.2 - - [23/Nov/2026:14:00:01 +0000] \"GET /a\\\"b HTTP/1.1\" 200 0\n"
		"no request here\n"
		"\"x\" 299 unknown\n"
		"\"x\" 2000 four digits\n"
		"\"x\"  404 two spaces\n"
		"\"x\" 503\r\n"
		"\"x\" 201";
	const char expected[] =
		"10.0.0.1 - - [23/Nov/2026:14:00:00 +0000] \"GET / HTTP/1.1\" 404 (Not Found) 512 "
		"\"-\" \"curl/8.0\"\n"
		"10.0.0.2 - - [23/Nov/2026:14:00:01 +0000] \"GET /a\\\"b HTTP/1.1\" 200 (OK) 0\n"
		"no request here\n"
		"\"x\" 299 unknown\n"
		"\"x\" 2000 four digits\n"
		"\"x\"  404 two spaces\n"
		"\"x\" 503 (Service Unavailable)\r\n"
		"\"x\" 201 (Created)";
	size_t length;

	(void)state;
	for (enum annotate_vector vector = ANNOTATE_SCALAR; vector <= ANNOTATE_AVX512; vector++) {
		char *output;

		if (!annotate_vector_supported(vector))
			continue;
		output = annotate_with(vector, log, sizeof log - 1, &length);
		assert_int_equal(length, sizeof expected - 1);
		assert_memory_equal(output, expected, length);
		free(output);
	}
}

/*
 * A line "PAD\"q\" 404 tail\n" for every length of padding and tail around
 * the 128-byte window: the code before, across and after its edge, the line
 * end inside and outside it, several lines in a row.
 */
static void test_every_position_around_the_window(void **state)
{
	char text[4096];

	(void)state;
	for (size_t pad = 0; pad < 140; pad++) {
		for (size_t tail = 0; tail < 80; tail += 7) {
			size_t length = 0;

			for (int line = 0; line < 3; line++) {
				memset(text + length, 'p', pad + line);
				length += pad + (size_t)line;
				length += (size_t)sprintf(text + length, "\"q\" 404 ");
				memset(text + length, 't', tail);
				length += tail;
				text[length++] = '\n';
			}
			memset(text + length, 'z', 200);
			assert_vectors_agree(text, length + 200);
		}
	}
}

/*
 * Random text made of the pieces a log line's parse turns on (quotes,
 * backslashes, spaces, line ends, codes and not-quite-codes) and runs of
 * letters that stretch lines past the window.
 */
static void test_random_pieces_agree(void **state)
{
	static const char *const pieces[] = {
		"\"", "\"", "\" ", "\\", "\n", "\n", " ", "  ", "\r", "\t", "404", "200 ",
		"2000", "031", "99", "x", "GET / HTTP/1.1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	};
	static char text[1 << 16];
	uint32_t seed = 12345;

	(void)state;
	for (int round = 0; round < 40; round++) {
		size_t length = 0;

		while (length < sizeof text - 64) {
			const char *piece;

			seed = seed * 1103515245 + 12345;
			piece = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
			memcpy(text + length, piece, strlen(piece));
			length += strlen(piece);
		}
		assert_vectors_agree(text, length);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines_are_annotated),
		cmocka_unit_test(test_every_position_around_the_window),
		cmocka_unit_test(test_random_pieces_agree),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
