/*
 * Tests code.h: code_parse's rule (exactly three digits, 100 to 999) on
 * examples, and on every three bytes drawn from the bytes next to the
 * digits, which a range test written wrong would let through.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/code.h"

static void test_code_parse(void **state)
{
	(void)state;
	assert_int_equal(code_parse("404", 3), 404);
	assert_int_equal(code_parse("100", 3), 100);
	assert_int_equal(code_parse("999", 3), 999);
	assert_int_equal(code_parse("099", 3), -1);
	/* 000 and 0: no response arrived (curl, logs, browsers). */
	assert_int_equal(code_parse("000", 3), CODE_NO_RESPONSE);
	assert_int_equal(code_parse("0", 1), CODE_NO_RESPONSE);
	assert_int_equal(code_parse("00", 2), -1);
	assert_int_equal(code_parse("0000", 4), -1);
	assert_int_equal(code_parse("001", 3), -1);
	assert_int_equal(code_parse("40", 2), -1);
	assert_int_equal(code_parse("4040", 4), -1);
	assert_int_equal(code_parse("4a4", 3), -1);
	assert_int_equal(code_parse("40:", 3), -1);
	assert_int_equal(code_parse("4/4", 3), -1);
}

static const char tricky[] = { ' ', '/', '0', '1', '5', '9', ':', 'a', '\0', '\x80', '\xb0', '\xff' };

static void test_every_three_tricky_bytes(void **state)
{
	enum { COUNT = sizeof tricky };

	(void)state;
	for (int i = 0; i < COUNT * COUNT * COUNT; i++) {
		char text[3] = { tricky[i % COUNT], tricky[i / COUNT % COUNT], tricky[i / COUNT / COUNT] };
		int expected = -1;

		if (text[0] >= '1' && text[0] <= '9' && text[1] >= '0' && text[1] <= '9' &&
		    text[2] >= '0' && text[2] <= '9')
			expected = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
		else if (text[0] == '0' && text[1] == '0' && text[2] == '0')
			expected = CODE_NO_RESPONSE;
		assert_int_equal(code_parse(text, 3), expected);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code_parse),
		cmocka_unit_test(test_every_three_tricky_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
