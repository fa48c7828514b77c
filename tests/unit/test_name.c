/* Tests name_key: how names are reduced to lookup keys. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/name.h"

/* Returns the key of the whole of name, or "" when it has none. */
static const char *key_of(const char *name, char key[NAME_KEY_BUFFER])
{
	size_t length = name_key(name, strlen(name), key, NAME_KEY_BUFFER);

	assert_int_equal(length, length > 0 ? strlen(key) : 0);
	return length > 0 ? key : "";
}

static void test_spellings_share_a_key(void **state)
{
	char key[NAME_KEY_BUFFER];

	(void)state;
	assert_string_equal(key_of("Not Found", key), "notfound");
	assert_string_equal(key_of("not-found", key), "notfound");
	assert_string_equal(key_of("NOT_FOUND", key), "notfound");
	assert_string_equal(key_of("NotFound", key), "notfound");
	assert_string_equal(key_of("  not . found  ", key), "notfound");
	assert_string_equal(key_of("I'm a teapot", key), "imateapot");
	assert_string_equal(key_of("Unauthorized (Identity Provider)", key),
			    "unauthorizedidentityprovider");
}

static void test_digits_are_kept(void **state)
{
	char key[NAME_KEY_BUFFER];

	(void)state;
	assert_string_equal(key_of("4xx", key), "4xx");
	assert_string_equal(key_of("StatusCode::NOT_FOUND", key), "statuscodenotfound");
}

/* A byte that no name holds: the text is no name at all, not a name with the byte dropped. */
static void test_foreign_bytes_give_no_key(void **state)
{
	static const char *const foreign[] = {
		"Caf\xc3\xa9", "\xe2\x80\x9cOK\xe2\x80\x9d", "\x80ok", "ok\xff", "o/k", "<ok>",
		"ok!", "ok;", "ok,", "\"ok\"", "ok\t", "o\nk", "\x1b[1mok", "ok\x7f", "HTTP/1.1 404",
	};
	char key[NAME_KEY_BUFFER];

	(void)state;
	for (size_t i = 0; i < sizeof foreign / sizeof foreign[0]; i++) {
		assert_string_equal(key_of(foreign[i], key), "");
		assert_int_not_equal(name_invalid_at(foreign[i], strlen(foreign[i])),
				     strlen(foreign[i]));
	}
	/* A NUL inside the length is foreign too. */
	assert_int_equal(name_key("o\0k", 3, key, sizeof key), 0);
	assert_int_equal(name_invalid_at("o\0k", 3), 1);
	assert_int_equal(name_invalid_at("Not Found", 9), 9);
}

static void test_empty_gives_no_key(void **state)
{
	char key[NAME_KEY_BUFFER] = "unchanged";

	(void)state;
	assert_int_equal(name_key("", 0, key, sizeof key), 0);
	assert_string_equal(key, "");
	assert_int_equal(name_key(" -_.:", 5, key, sizeof key), 0);
	assert_string_equal(key, "");
}

static void test_only_length_bytes_are_read(void **state)
{
	char key[NAME_KEY_BUFFER];

	(void)state;
	assert_int_equal(name_key("Moved Temporarily (HTTP/1.0)", 17, key, sizeof key), 16);
	assert_string_equal(key, "movedtemporarily");
	assert_int_equal(name_key("Moved Temporarily\x80", 17, key, sizeof key), 16);
	assert_string_equal(key, "movedtemporarily");
}

static void test_too_long_gives_no_key(void **state)
{
	char name[NAME_KEY_MAX + 2];
	char key[NAME_KEY_BUFFER];

	(void)state;
	memset(name, 'a', sizeof name - 1);
	name[sizeof name - 1] = '\0';
	/* NAME_KEY_MAX letters fit exactly; one more does not. */
	assert_int_equal(name_key(name, NAME_KEY_MAX, key, sizeof key), NAME_KEY_MAX);
	assert_int_equal(strlen(key), NAME_KEY_MAX);
	assert_int_equal(name_key(name, NAME_KEY_MAX + 1, key, sizeof key), 0);
	/* Punctuation does not count towards the limit. */
	memset(name, '-', 10);
	assert_int_equal(name_key(name, NAME_KEY_MAX + 1, key, sizeof key), NAME_KEY_MAX - 9);
	/* A small buffer limits the key in the same way. */
	assert_int_equal(name_key("abc", 3, key, 4), 3);
	assert_int_equal(name_key("abcd", 4, key, 4), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spellings_share_a_key),
		cmocka_unit_test(test_digits_are_kept),
		cmocka_unit_test(test_foreign_bytes_give_no_key),
		cmocka_unit_test(test_empty_gives_no_key),
		cmocka_unit_test(test_only_length_bytes_are_read),
		cmocka_unit_test(test_too_long_gives_no_key),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
