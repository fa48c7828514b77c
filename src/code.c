/*
 * Reading a status code as written: exactly three digits, 100 to 999, so
 * 0404, 99 and 1000 are not codes. The generator, the query parser and
 * stream mode all read codes with this one function.
 */
#include "code.h"

static int digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : -1;
}

/* Returns the code the length bytes of text write, or -1. */
int code_parse(const char *text, size_t length)
{
	if (length != 3 || digit(text[0]) < 1 || digit(text[1]) < 0 || digit(text[2]) < 0)
		return -1;
	return digit(text[0]) * 100 + digit(text[1]) * 10 + digit(text[2]);
}
