/* Tests compat.c's replacements: compat_memrchr against every place a byte can be. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "compat/compat.h"

static void test_memrchr_finds_the_last(void **state)
{
	const char text[] = "a\nbc\nd";

	(void)state;

	assert_ptr_equal(compat_memrchr(text, '\n', 6), text + 4);
	assert_ptr_equal(compat_memrchr(text, '\n', 4), text + 1);
	assert_ptr_equal(compat_memrchr(text, 'a', 6), text);
	assert_ptr_equal(compat_memrchr(text, 'd', 6), text + 5);
}

static void test_memrchr_misses(void **state)
{
	const char text[] = "abc\n";

	(void)state;

	assert_null(compat_memrchr(text, 'x', 4));
	assert_null(compat_memrchr(text, '\n', 3));	/* the newline is past the length */
	assert_null(compat_memrchr(text, 'a', 0));
}

static void test_memrchr_compares_bytes(void **state)
{
	const char text[] = "\xff\x80z";

	(void)state;

	assert_ptr_equal(compat_memrchr(text, 0xff, 3), text);
	assert_ptr_equal(compat_memrchr(text, -128, 3), text + 1);	/* converted to unsigned char, as memchr */
	assert_ptr_equal(compat_memrchr(text, '\0', 4), text + 3);
}

static void test_stream_unlocked_keeps_writing(void **state)
{
	char buffer[16] = "";
	FILE *stream = fmemopen(buffer, sizeof buffer, "w");

	(void)state;

	assert_non_null(stream);
	compat_stream_unlocked(stream);
	assert_true(fputs("written", stream) >= 0);
	assert_int_equal(fclose(stream), 0);
	assert_string_equal(buffer, "written");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memrchr_finds_the_last),
		cmocka_unit_test(test_memrchr_misses),
		cmocka_unit_test(test_memrchr_compares_bytes),
		cmocka_unit_test(test_stream_unlocked_keeps_writing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
