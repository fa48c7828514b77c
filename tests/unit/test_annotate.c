/*
 * Tests the log-line annotator: exact output for a few lines, and, for
 * lines at many lengths and random text, the same output fed as one block
 * as fed one byte at a time (which skips nothing: the reference), and the
 * same again copied from a file larger than one read.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands/commands.h"
#include "commands/input.h"
#include "core/exit_status.h"

static struct json_status_keys keys;
static struct log_format format = { 0, &keys, NULL, false, NULL };

/* Annotates text fed in blocks of at most block bytes, into a string the caller frees. */
static char *annotate_in_blocks(const char *text, size_t length, size_t block, size_t *output_length)
{
	struct annotator *annotator;
	char *output;
	FILE *out = open_memstream(&output, output_length);

	assert_non_null(out);
	json_status_keys_default(&keys);
	annotator = annotator_begin(&format, false, out);
	for (size_t at = 0; at < length; at += block)
		annotator_block(annotator, text + at, length - at < block ? length - at : block);
	assert_true(annotator_end(annotator));
	assert_int_equal(fclose(out), 0);
	return output;
}

/* Fed whole, the text comes out as when it is fed a byte at a time. */
static void assert_same_as_bytewise(const char *text, size_t length)
{
	size_t expected_length, actual_length;
	char *expected = annotate_in_blocks(text, length, 1, &expected_length);
	char *actual = annotate_in_blocks(text, length, length + 1, &actual_length);

	assert_int_equal(actual_length, expected_length);
	assert_memory_equal(actual, expected, expected_length);
	free(actual);
	free(expected);
}

static void test_lines_are_annotated(void **state)
{
	const char log[] =
		"10.0.0.1 - - [23/Nov/2026:14:00:00 +0000] \"GET / HTTP/1.1\" 404 512 \"-\" \"curl/8.0\"\n"
		"10.0.0.2 - - [23/Nov/2026:14:00:01 +0000] \"GET /a\\\"b HTTP/1.1\" 200 0\n"
		"no request here\n"
		"301 a code alone\n"
		"\"x\" 298 unknown\n"
		"\"x\" 2000 four digits\n"
		"\"x\"  404 two spaces\n"
		"\"a\\\\\" 410 an escaped backslash, then the closing quote\n"
		"\"x\" 503\r\n"
		"\"x\" 201";
	const char expected[] =
		"10.0.0.1 - - [23/Nov/2026:14:00:00 +0000] \"GET / HTTP/1.1\" 404 (Not Found) 512 "
		"\"-\" \"curl/8.0\"\n"
		"10.0.0.2 - - [23/Nov/2026:14:00:01 +0000] \"GET /a\\\"b HTTP/1.1\" 200 (OK) 0\n"
		"no request here\n"
		"301 (Moved Permanently) a code alone\n"
		"\"x\" 298 unknown\n"
		"\"x\" 2000 four digits\n"
		"\"x\"  404 two spaces\n"
		"\"a\\\\\" 410 (Gone) an escaped backslash, then the closing quote\n"
		"\"x\" 503 (Service Unavailable)\r\n"
		"\"x\" 201 (Created)";

	(void)state;
	for (size_t block = 1; block <= sizeof log; block++) {
		size_t length;
		char *output = annotate_in_blocks(log, sizeof log - 1, block, &length);

		assert_int_equal(length, sizeof expected - 1);
		assert_memory_equal(output, expected, length);
		free(output);
	}
}

/*
 * A line "PAD\"q\" 404 tail\n" for every length of padding and tail up to
 * past a few steps of the scan: the code and the line end at every place
 * in a step, several lines in a row.
 */
static void test_every_position(void **state)
{
	char text[4096];

	(void)state;
	for (size_t pad = 0; pad < 70; pad++) {
		for (size_t tail = 0; tail < 40; tail += 3) {
			size_t length = 0;

			for (int line = 0; line < 3; line++) {
				memset(text + length, 'p', pad + line);
				length += pad + (size_t)line;
				length += (size_t)sprintf(text + length, "\"q\" 404 ");
				memset(text + length, 't', tail);
				length += tail;
				text[length++] = '\n';
			}
			memset(text + length, 'z', 40);
			assert_same_as_bytewise(text, length + 40);
		}
	}
}

/*
 * Random text made of the pieces a log line's parse turns on (quotes,
 * backslashes, spaces, line ends, codes and not-quite-codes) and runs of
 * letters.
 */
static void test_random_pieces(void **state)
{
	static const char *const pieces[] = {
		"\"", "\"", "\" ", "\\", "\n", "\n", " ", "  ", "\r", "\t", "404", "200 ",
		"2000", "031", "99", "x", "GET / HTTP/1.1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	};
	static char text[1 << 14];
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
		assert_same_as_bytewise(text, length);
	}
}

/* A file of several reads' worth, lines crossing every read's edge, comes out as fed whole. */
static void test_copy_from_a_file(void **state)
{
	static char text[400000];
	size_t length = 0, expected_length, actual_length;
	char *expected, *actual;
	FILE *file = tmpfile(), *out;
	struct annotator *annotator;

	(void)state;
	assert_non_null(file);
	for (int i = 0; length < sizeof text - 100; i++)
		length += (size_t)sprintf(text + length, "h%d - - [x] \"GET /%d HTTP/1.1\" %d %d\n",
					  i, i % 97, i % 2 ? 404 : 200, i);
	assert_int_equal(fwrite(text, 1, length, file), length);
	assert_int_equal(fflush(file), 0);
	rewind(file);
	expected = annotate_in_blocks(text, length, length, &expected_length);
	out = open_memstream(&actual, &actual_length);
	assert_non_null(out);
	annotator = annotator_begin(&format, false, out);
	assert_int_equal(input_read(&(struct input){ .fd = fileno(file), .name = "test" },
				    annotator_block, annotator), EXIT_ANSWERED);
	assert_true(annotator_end(annotator));
	assert_int_equal(fclose(out), 0);
	assert_int_equal(actual_length, expected_length);
	assert_memory_equal(actual, expected, expected_length);
	assert_non_null(strstr(actual, "\" 404 (Not Found) "));
	free(actual);
	free(expected);
	fclose(file);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines_are_annotated),
		cmocka_unit_test(test_every_position),
		cmocka_unit_test(test_random_pieces),
		cmocka_unit_test(test_copy_from_a_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
