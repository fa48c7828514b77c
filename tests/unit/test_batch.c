/* Tests the output batch and the copies of compat/mem.h: mem_copy at every length, and pieces of any size coming out in order. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output/batch.h"

static struct batch batch;

/* Each length up to 300 from each offset up to 16: the bytes arrive, nothing around them changes. */
static void test_copy_touches_exactly_the_range(void **state)
{
	char from[400], to[400], expected[400];

	(void)state;
	for (size_t i = 0; i < sizeof from; i++)
		from[i] = (char)(i * 7 + 1);
	for (size_t offset = 0; offset < 16; offset++) {
		for (size_t length = 0; length <= 300; length++) {
			memset(to, '#', sizeof to);
			memset(expected, '#', sizeof expected);
			memcpy(expected + 50 + offset, from + offset, length);
			mem_copy(to + 50 + offset, from + offset, length);
			assert_memory_equal(to, expected, sizeof to);
			if (length > MEM_PADDED)
				continue;
			/* A padded copy may write past the piece, never before it. */
			mem_copy_padded(to + 50 + offset, from + offset, length);
			assert_memory_equal(to, expected, 50 + offset + length);
		}
	}
}

/* Pieces of every size, some over the batch's own size, come out whole and in order. */
static void test_pieces_come_out_in_order(void **state)
{
	static char piece[3 * BATCH_SIZE + 8], expected[20 * BATCH_SIZE];
	size_t sizes[] = { 0, 1, 5, 88, 200, BATCH_SIZE - 3, 7, BATCH_SIZE, BATCH_SIZE + 1,
			   3 * BATCH_SIZE, 130, 64, 65 };
	size_t expected_length = 0, length = 0;
	char *text = NULL;
	FILE *out = open_memstream(&text, &length);

	(void)state;
	assert_non_null(out);
	for (size_t i = 0; i < sizeof piece; i++)
		piece[i] = (char)('a' + i % 23);
	batch_start(&batch, out);
	for (size_t round = 0; round < 2; round++) {
		for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
			const char *start = piece + (i + round) % 7;

			batch_add(&batch, start, sizes[i]);
			memcpy(expected + expected_length, start, sizes[i]);
			expected_length += sizes[i];
		}
	}
	batch_flush(&batch);
	assert_false(batch.failed);
	assert_int_equal(fclose(out), 0);
	assert_int_equal(length, expected_length);
	assert_memory_equal(text, expected, length);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_copy_touches_exactly_the_range),
		cmocka_unit_test(test_pieces_come_out_in_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
