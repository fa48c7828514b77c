/*
 * Tests code.h: the token rule (code_token_read) on examples, and its core,
 * code_parse (three digits, 100 to 999, and 000 and 009, which tools write in
 * place of a status), on examples and on every three bytes drawn from the bytes next to the
 * digits, which a range test written wrong would let through.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

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
	/* 009: nginx's log entry for an HTTP/0.9 request; 9 and 09 are no codes. */
	assert_int_equal(code_parse("009", 3), CODE_HTTP09);
	assert_int_equal(code_parse("9", 1), -1);
	assert_int_equal(code_parse("09", 2), -1);
	assert_int_equal(code_parse("0009", 4), -1);
	assert_int_equal(code_parse("019", 3), -1);
	assert_int_equal(code_parse("090", 3), -1);
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
		else if (text[0] == '0' && text[1] == '0' && text[2] == '9')
			expected = CODE_HTTP09;
		assert_int_equal(code_parse(text, 3), expected);
	}
}

/* Reads text as a token; code -1 when it is not one. */
static void assert_token(const char *text, int code, int substatus, bool lone_zero,
			 size_t offset, size_t length)
{
	struct code_token token;

	if (!code_token_read(text, strlen(text), &token)) {
		if (code >= 0)
			fail_msg("'%s' is not read as a token", text);
		return;
	}
	if (code < 0)
		fail_msg("'%s' is read as the token %d", text, token.code);
	assert_int_equal(token.code, code);
	assert_int_equal(token.substatus, substatus);
	assert_int_equal(token.lone_zero, lone_zero);
	assert_int_equal(token.offset, offset);
	assert_int_equal(token.length, length);
}

static void test_code_token(void **state)
{
	(void)state;
	assert_token("404", 404, CODE_NO_SUBSTATUS, false, 0, 3);
	assert_token(" 404", 404, CODE_NO_SUBSTATUS, false, 1, 3);
	assert_token("404 \t\r\n", 404, CODE_NO_SUBSTATUS, false, 0, 3);
	assert_token("\v000\f", 0, CODE_NO_SUBSTATUS, false, 1, 3);
	assert_token("0", 0, CODE_NO_SUBSTATUS, true, 0, 1);
	assert_token("404.13", 404, 13, false, 0, 6);
	assert_token("404.0", 404, 0, false, 0, 5);
	assert_token("298", 298, CODE_NO_SUBSTATUS, false, 0, 3);
	assert_token("009", 9, CODE_NO_SUBSTATUS, false, 0, 3);
	static const char *const not_tokens[] = {
		"", " ", "044", "099", "00", "0000", "0404", "1000", "+404", "-404", "4.04e2",
		"404.", "404.1234", "404.x", "0.5", "000.1", "009.1", "9", "09", "404 1", "404\r1",
		"\xd9\xa4\xd9\xa0\xd9\xa4", "\xef\xbc\x94\xef\xbc\x90\xef\xbc\x94",
	};
	for (size_t i = 0; i < sizeof not_tokens / sizeof not_tokens[0]; i++)
		assert_token(not_tokens[i], -1, 0, false, 0, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code_parse),
		cmocka_unit_test(test_code_token),
		cmocka_unit_test(test_every_three_tricky_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
