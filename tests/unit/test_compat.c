/* Tests compat.c's replacements: a stream left unlocked still writes. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>

#include "compat/compat.h"

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
		cmocka_unit_test(test_stream_unlocked_keeps_writing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
