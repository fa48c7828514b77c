/*
 * Reading a status code as written: exactly three digits, 100 to 999, so
 * 0404, 99 and 1000 are not codes. 000 (what curl, nginx and load balancers
 * report when no response arrived) and 0 (what a browser's fetch or XHR
 * reports) are read as CODE_NO_RESPONSE, the data's row for "no response".
 * The generator, the query parser, stream mode and annotate all read codes
 * with code_parse. Inline: stream mode's hot loop reads a code for every line.
 */
#ifndef CODE_H
#define CODE_H

#include <stddef.h>

/* Not an HTTP status: the value tools give when no response arrived. */
#define CODE_NO_RESPONSE 0

static inline int code_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : -1;
}

/* Returns the code the length bytes of text write, or -1. */
static inline int code_parse(const char *text, size_t length)
{
	if (length == 1 && text[0] == '0')
		return CODE_NO_RESPONSE;
	if (length == 3 && text[0] == '0' && text[1] == '0' && text[2] == '0')
		return CODE_NO_RESPONSE;
	if (length != 3 || code_digit(text[0]) < 1 || code_digit(text[1]) < 0 ||
	    code_digit(text[2]) < 0)
		return -1;
	return code_digit(text[0]) * 100 + code_digit(text[1]) * 10 + code_digit(text[2]);
}

#endif
