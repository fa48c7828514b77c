/*
 * The character classes that reading queries needs, in ASCII whatever the
 * locale (<ctype.h> follows LC_CTYPE, and a query's bytes are not text in it).
 */
#ifndef ASCII_H
#define ASCII_H

#include <stdbool.h>

#define ASCII_LETTERS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

static inline bool ascii_is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool ascii_is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

#endif
