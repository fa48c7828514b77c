/* Tests scan_first_of: the first of three bytes, wherever it falls against the sixteen-byte steps. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "filters/scan.h"

static void test_empty_range_gives_its_end(void **state)
{
	const char text[] = "\"";

	(void)state;
	assert_ptr_equal(scan_first_of(text, text, '"', '"', '"'), text);
}

static void test_no_hit_gives_the_end(void **state)
{
	char text[100];

	(void)state;
	memset(text, 'a', sizeof text);
	for (size_t length = 0; length <= sizeof text; length++)
		assert_ptr_equal(scan_first_of(text, text + length, '"', '\n', '\\'), text + length);
}

/* Every hit position in every length up to 70, for each of the three bytes sought. */
static void test_hit_found_at_every_position(void **state)
{
	const char sought[] = "\"\\\n";
	char text[70];

	(void)state;
	for (int which = 0; which < 3; which++) {
		for (size_t length = 1; length <= sizeof text; length++) {
			for (size_t hit = 0; hit < length; hit++) {
				memset(text, 'x', sizeof text);
				text[hit] = sought[which];
				assert_ptr_equal(scan_first_of(text, text + length, '"', '\\', '\n'),
						 text + hit);
			}
		}
	}
}

static void test_first_of_several_hits_wins(void **state)
{
	const char text[] = "0123456789abcdefghij\\klmno\"pqrstuvwxyz\n";

	(void)state;
	assert_ptr_equal(scan_first_of(text, text + strlen(text), '\n', '"', '\\'), text + 20);
	assert_ptr_equal(scan_first_of(text, text + strlen(text), '\n', '"', '"'), text + 26);
	assert_ptr_equal(scan_first_of(text + 27, text + strlen(text), '\n', '\n', '\n'),
			 text + 38);
}

/* A byte outside the range, just past its end, is not looked at. */
static void test_range_end_is_respected(void **state)
{
	const char text[] = "aaaaaaaaaaaaaaaaaaaa\"";

	(void)state;
	assert_ptr_equal(scan_first_of(text, text + 20, '"', '"', '"'), text + 20);
	assert_ptr_equal(scan_first_of(text + 3, text + 21, '"', '"', '"'), text + 20);
}

/* Bytes with the high bit set, which SSE2 compares as negative numbers. */
static void test_high_bytes_are_matched_exactly(void **state)
{
	const char text[] = "\x80\xff\xfe\x7f\xff\xfe\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\xfe\xa0";

	(void)state;
	assert_ptr_equal(scan_first_of(text, text + 18, '\xa0', '\xa0', '\xa0'), text + 17);
	assert_ptr_equal(scan_first_of(text + 2, text + 18, '\xff', '\x81', '\x81'), text + 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_range_gives_its_end),
		cmocka_unit_test(test_no_hit_gives_the_end),
		cmocka_unit_test(test_hit_found_at_every_position),
		cmocka_unit_test(test_first_of_several_hits_wins),
		cmocka_unit_test(test_range_end_is_respected),
		cmocka_unit_test(test_high_bytes_are_matched_exactly),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
