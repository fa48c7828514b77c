/*
 * Reading a status code as written: exactly three digits, 100 to 999, so
 * 0404, 99 and 1000 are not codes. The generator, the query parser, stream
 * mode and annotate all read codes with code_parse. Inline: stream mode's
 * hot loop reads a code for every line.
 */
#ifndef CODE_H
#define CODE_H

#include <stddef.h>

static inline int code_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : -1;
}

/* Returns the code the length bytes of text write, or -1. */
static inline int code_parse(const char *text, size_t length)
{
	if (length != 3 || code_digit(text[0]) < 1 || code_digit(text[1]) < 0 ||
	    code_digit(text[2]) < 0)
		return -1;
	return code_digit(text[0]) * 100 + code_digit(text[1]) * 10 + code_digit(text[2]);
}

#endif
