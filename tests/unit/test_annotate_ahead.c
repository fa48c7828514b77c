/*
 * Tests annotate_ahead.c: a file fed block by block, with the reading
 * thread's share of every block annotated ahead, comes out the same as when
 * the main thread annotates every byte, for blocks of every size from 1 to
 * 700 bytes and larger, in both modes; blocks with fewer than two newlines,
 * or whose lines' output would not fit, are left to the main thread.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filters/annotate_ahead.h"

static struct annotator annotator;
static struct annotate_ahead ahead;
static struct reader_block block;

/* Lines of each kind the annotator tells apart, some past the fast path's window. */
static const char *const lines[] = {
	"10.0.0.1 - - [23/Nov/2026:14:00:00 +0000] \"GET / HTTP/1.1\" 404 512 \"-\" \"curl/8.0\"\n",
	"10.0.0.2 - - [23/Nov/2026:14:00:01 +0000] \"GET /a\\\"b HTTP/1.1\" 200 0\n",
	"no request here\n",
	"\"x\" 503\r\n",
	"\"x\" 2000 four digits\n",
	"\n",
	/* In parentheses: one string on two lines, not two strings with a comma missing. */
	("10.0.0.3 - - [23/Nov/2026:14:00:02 +0000] \"GET /a-very-long-path/that/goes/on/and/on"
	 "/past/the/window/of/the/fast/path/index.html HTTP/1.1\" 301 0 \"-\" \"agent\"\n"),
	"\"x\" 201",
};

/*
 * Annotates text in blocks of block_size bytes into a string the caller
 * frees; with ahead_too, every block's lines are annotated ahead first, as
 * the reading thread would when the main thread is behind.
 */
static char *annotate_in_blocks(const char *text, size_t length, size_t block_size, int field,
				bool ahead_too, size_t *output_length)
{
	char *output;
	FILE *out = open_memstream(&output, output_length);

	assert_non_null(out);
	annotator_init(&annotator, field, false, out);
	annotate_ahead_start(&ahead, &annotator);
	for (size_t start = 0, count = 0; start < length; start += block_size, count++) {
		block.length = (ssize_t)(length - start < block_size ? length - start : block_size);
		block.index = count % READER_BLOCKS;
		memcpy(block.bytes, text + start, (size_t)block.length);
		block.worked = ahead_too && annotate_ahead_work(&ahead, &block);
		annotate_ahead_feed(&ahead, &annotator, &block);
	}
	annotator_finish(&annotator);
	assert_int_equal(fclose(out), 0);
	return output;
}

static void assert_ahead_changes_nothing(const char *text, size_t length, size_t block_size,
					 int field)
{
	size_t expected_length, actual_length;
	char *expected = annotate_in_blocks(text, length, block_size, field, false,
					    &expected_length);
	char *actual = annotate_in_blocks(text, length, block_size, field, true, &actual_length);

	assert_int_equal(actual_length, expected_length);
	assert_memory_equal(actual, expected, expected_length);
	free(actual);
	free(expected);
}

/* The lines above, over and over in a changing order, length bytes of them. */
static size_t mixed_lines(char *text, size_t length)
{
	size_t count = sizeof lines / sizeof lines[0] - 1, filled = 0;

	for (size_t i = 0; filled + 200 < length; i = (i * 5 + 3) % count) {
		memcpy(text + filled, lines[i], strlen(lines[i]));
		filled += strlen(lines[i]);
	}
	memcpy(text + filled, lines[count], strlen(lines[count]));	/* no newline at the end */
	return filled + strlen(lines[count]);
}

static void test_every_block_size(void **state)
{
	static char text[8192];
	size_t length = mixed_lines(text, sizeof text);

	(void)state;
	for (size_t block_size = 1; block_size <= 700; block_size++) {
		assert_ahead_changes_nothing(text, length, block_size, 0);
		assert_ahead_changes_nothing(text, length, block_size, 9);
	}
	assert_ahead_changes_nothing(text, length, 4096, 0);
	assert_ahead_changes_nothing(text, length, READER_BLOCK, 0);
}

static void test_lines_are_annotated_ahead(void **state)
{
	static const char text[] = "\"a\" 404\n\"b\" 200 x\n\"c\" 500\n\"d\" 2";
	size_t length;
	char *output;

	(void)state;
	output = annotate_in_blocks(text, sizeof text - 1, sizeof text - 1, 0, true, &length);
	assert_true(block.worked);
	assert_int_equal(ahead.blocks[0].from, 8);
	assert_int_equal(ahead.blocks[0].to, 26);
	assert_string_equal(output, "\"a\" 404 (Not Found)\n\"b\" 200 (OK) x\n"
				    "\"c\" 500 (Internal Server Error)\n\"d\" 2");
	free(output);
}

/* With no line whole inside it, a block is the main thread's. */
static void test_fewer_than_two_newlines(void **state)
{
	(void)state;
	annotate_ahead_start(&ahead, &annotator);
	block.index = 0;
	block.length = (ssize_t)sprintf(block.bytes, "\"x\" 404 no newline");
	assert_false(annotate_ahead_work(&ahead, &block));
	block.length = (ssize_t)sprintf(block.bytes, "end\n\"x\" 404 one newline");
	assert_false(annotate_ahead_work(&ahead, &block));
	block.length = (ssize_t)sprintf(block.bytes, "end\n\n");
	assert_true(annotate_ahead_work(&ahead, &block));
}

/*
 * A block of short lines with long phrases puts out some five times its
 * size, more than a batch holds: the main thread does it, with the same
 * output.
 */
static void test_output_too_large_to_hold(void **state)
{
	static const char line[] = "\"\" 505\n";
	static char text[READER_BLOCK];
	size_t length = 0;

	(void)state;
	while (length + sizeof line - 1 <= sizeof text) {
		memcpy(text + length, line, sizeof line - 1);
		length += sizeof line - 1;
	}
	annotate_ahead_start(&ahead, &annotator);
	block.index = 1;
	block.length = (ssize_t)length;
	memcpy(block.bytes, text, length);
	assert_false(annotate_ahead_work(&ahead, &block));
	assert_ahead_changes_nothing(text, length, length, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_block_size),
		cmocka_unit_test(test_lines_are_annotated_ahead),
		cmocka_unit_test(test_fewer_than_two_newlines),
		cmocka_unit_test(test_output_too_large_to_hold),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
