/* UTF-8 checks shared by the generator and the command line. */
#include "core/utf8.h"

/* Returns how many continuation bytes follow lead byte c, or -1 if c cannot lead. */
static int utf8_sequence_tail(unsigned char c)
{
	if (c < 0x80)
		return 0;
	if (c >= 0xC2 && c <= 0xDF)
		return 1;
	if (c >= 0xE0 && c <= 0xEF)
		return 2;
	if (c >= 0xF0 && c <= 0xF4)
		return 3;
	return -1;
}

/*
 * Returns the offset of the first byte that is not part of well-formed UTF-8
 * (no overlong forms, no surrogates, nothing above U+10FFFF), or length when
 * the whole text is valid.
 */
size_t utf8_invalid_at(const char *text, size_t length)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;

	while (i < length) {
		int tail = utf8_sequence_tail(s[i]);

		if (tail < 0 || (size_t)tail >= length - i)
			return i;
		for (int k = 1; k <= tail; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
		if ((s[i] == 0xE0 && s[i + 1] < 0xA0) ||
		    (s[i] == 0xED && s[i + 1] > 0x9F) ||
		    (s[i] == 0xF0 && s[i + 1] < 0x90) ||
		    (s[i] == 0xF4 && s[i + 1] > 0x8F))
			return i;
		i += (size_t)tail + 1;
	}
	return length;
}

/* True for the bytes that continue a code point rather than start one. */
bool utf8_is_continuation(char byte)
{
	return ((unsigned char)byte & 0xC0) == 0x80;
}

/* Counts the columns text takes, taking each code point as one column. */
size_t utf8_columns(const char *text, size_t length)
{
	size_t columns = 0;

	for (size_t i = 0; i < length; i++)
		if (!utf8_is_continuation(text[i]))
			columns++;
	return columns;
}
