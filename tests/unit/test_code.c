/*
 * Tests code.h: code_parse's rule (three digits, 100 to 999), and that
 * code_parse_spaced, the faster form annotate uses, follows the same rule
 * for every four bytes drawn from the bytes that could fool it.
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
}

static void test_spaced_examples(void **state)
{
	(void)state;
	assert_int_equal(code_parse_spaced(" 404"), 404);
	assert_int_equal(code_parse_spaced(" 100"), 100);
	assert_int_equal(code_parse_spaced(" 999"), 999);
	assert_int_equal(code_parse_spaced(" 099"), -1);
	assert_int_equal(code_parse_spaced(" 000"), CODE_NO_RESPONSE);
	assert_int_equal(code_parse_spaced("\t404"), -1);
	assert_int_equal(code_parse_spaced("4040"), -1);
	assert_int_equal(code_parse_spaced(" 40:"), -1);
	assert_int_equal(code_parse_spaced(" 4/4"), -1);
}

/* Each byte around the digits, the space and the nibble boundaries the word arithmetic tests. */
static const char tricky[] = { ' ', '!', '/', '0', '1', '5', '9', ':', '?', '@', 'P', 'p', '\0',
			       '\x10', '\x80', '\xb0', '\xb9', '\xff' };

static void test_spaced_agrees_with_code_parse(void **state)
{
	enum { COUNT = sizeof tricky };

	(void)state;
	for (int i = 0; i < COUNT * COUNT * COUNT * COUNT; i++) {
		char bytes[4] = { tricky[i % COUNT], tricky[i / COUNT % COUNT],
				  tricky[i / COUNT / COUNT % COUNT], tricky[i / COUNT / COUNT / COUNT] };
		int expected = bytes[0] == ' ' ? code_parse(bytes + 1, 3) : -1;

		assert_int_equal(code_parse_spaced(bytes), expected);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code_parse),
		cmocka_unit_test(test_spaced_examples),
		cmocka_unit_test(test_spaced_agrees_with_code_parse),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
