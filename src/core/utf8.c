/* UTF-8 checks shared by the generator and the command line. */
#include <stdio.h>
#include <string.h>

#include "core/utf8.h"

/* Room for the longest escape (\xNN) and the "..." marker. */
#define QUOTE_RESERVE 8

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

/*
 * How many bytes at text make one unit: a whole valid sequence, or else
 * one byte (an ASCII byte, or one that is not valid UTF-8 there).
 */
size_t utf8_unit_length(const char *text, size_t length)
{
	size_t valid = utf8_invalid_at(text, length < 4 ? length : 4), sequence = 1;

	while (sequence < valid && utf8_is_continuation(text[sequence]))
		sequence++;
	return sequence;
}

/* The code point of a valid sequence of length bytes (1 to 4). */
unsigned long utf8_code_point(const char *text, size_t length)
{
	const unsigned char *s = (const unsigned char *)text;
	unsigned long point = length == 1 ? s[0] : s[0] & (0xFFu >> (length + 1));

	for (size_t k = 1; k < length; k++)
		point = point << 6 | (s[k] & 0x3Fu);
	return point;
}

/*
 * Code points that steer a terminal or change how the rest of a line shows:
 * the C1 controls (U+009B starts an escape sequence), the bidi controls and
 * the line and paragraph separators.
 */
bool utf8_is_terminal_control(unsigned long point)
{
	return (point >= 0x80 && point <= 0x9F) ||	/* C1 controls */
	       point == 0x061C ||			/* Arabic letter mark */
	       point == 0x200E || point == 0x200F ||	/* left-to-right and right-to-left marks */
	       point == 0x2028 || point == 0x2029 ||	/* line and paragraph separators */
	       (point >= 0x202A && point <= 0x202E) ||	/* bidi embeddings and overrides */
	       (point >= 0x2066 && point <= 0x2069);	/* bidi isolates */
}

/*
 * Copies the first length bytes of text, which may hold NUL bytes, into
 * buffer (size bytes, more than QUOTE_RESERVE) to be shown on a terminal:
 * each byte of a unit not shown as itself becomes \xNN, and what does not
 * fit is cut, marked with "...".
 */
void utf8_quote(const char *text, size_t length, char *buffer, size_t size)
{
	size_t used = 0, i = 0;

	while (i < length && used + QUOTE_RESERVE < size) {
		size_t unit = utf8_unit_length(text + i, length - i);
		unsigned char c = (unsigned char)text[i];
		bool as_is = unit == 1 ? c >= 0x20 && c < 0x7F : !utf8_is_terminal_control(utf8_code_point(text + i, unit));

		if (unit > 1 && used + (as_is ? unit : 4 * unit) + QUOTE_RESERVE >= size)
			break;
		if (as_is) {
			memcpy(buffer + used, text + i, unit);
			used += unit;
		} else {
			for (size_t k = 0; k < unit; k++)
				used += (size_t)snprintf(buffer + used, size - used, "\\x%02X",
							 (unsigned char)text[i + k]);
		}
		i += unit;
	}
	strcpy(buffer + used, i < length ? "..." : "");
}
