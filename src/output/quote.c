/*
 * Making user input safe to show in a message: a query may hold escape
 * sequences, control characters, NUL bytes or invalid UTF-8, and none of
 * that may reach the terminal raw. The bytes of anything that is not shown
 * as itself are written as \xNN: ASCII controls, bytes that are not valid
 * UTF-8, and code points that steer a terminal or reorder the text it shows
 * (the C1 controls U+0080-U+009F, one of which, U+009B, starts an escape
 * sequence; the bidi controls and the line separators). A long query is cut
 * short with "..." so one message stays one line.
 */
#include <err.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "output/quote.h"
#include "core/utf8.h"

/* Room for the longest escape (\xNN) and the "..." marker. */
#define QUOTE_RESERVE 8

/* The code point of a valid sequence of length bytes (2 to 4). */
static unsigned long code_point_of(const unsigned char *s, size_t length)
{
	unsigned long point = s[0] & (0xFFu >> (length + 1));

	for (size_t k = 1; k < length; k++)
		point = point << 6 | (s[k] & 0x3Fu);
	return point;
}

/* Code points that move the cursor or change how the rest of a line shows. */
static bool is_unsafe_code_point(unsigned long point)
{
	return (point >= 0x80 && point <= 0x9F) ||	/* C1 controls */
	       point == 0x061C ||			/* Arabic letter mark */
	       point == 0x200E || point == 0x200F ||	/* left-to-right and right-to-left marks */
	       point == 0x2028 || point == 0x2029 ||	/* line and paragraph separators */
	       (point >= 0x202A && point <= 0x202E) ||	/* bidi embeddings and overrides */
	       (point >= 0x2066 && point <= 0x2069);	/* bidi isolates */
}

/* How many bytes from text[i] are one unit: a valid sequence, or one byte. */
static size_t unit_length(const char *text, size_t i, size_t length)
{
	size_t left = length - i, valid = utf8_invalid_at(text + i, left < 4 ? left : 4);
	size_t sequence = 1;

	if (valid == 0)
		return 1;
	while (sequence < valid && utf8_is_continuation(text[i + sequence]))
		sequence++;
	return sequence;
}

/* True when the unit at text (length bytes) may be shown as it is. */
static bool is_shown_as_is(const char *text, size_t length)
{
	unsigned char c = (unsigned char)text[0];

	if (length == 1)
		return c >= 0x20 && c < 0x7F;
	return !is_unsafe_code_point(code_point_of((const unsigned char *)text, length));
}

/* Quotes the first length bytes of text, which may hold NUL bytes. */
const char *quote_bytes_for_message(const char *text, size_t length, char buffer[QUOTE_BUFFER])
{
	size_t used = 0, i = 0;

	while (i < length && used + QUOTE_RESERVE < QUOTE_BUFFER) {
		size_t unit = unit_length(text, i, length);
		bool as_is = is_shown_as_is(text + i, unit);
		size_t width = as_is ? unit : 4 * unit;

		if (unit > 1 && used + width + QUOTE_RESERVE >= QUOTE_BUFFER)
			break;
		if (as_is) {
			memcpy(buffer + used, text + i, unit);
			used += unit;
		} else {
			for (size_t k = 0; k < unit; k++)
				used += (size_t)snprintf(buffer + used, QUOTE_BUFFER - used, "\\x%02X",
							 (unsigned char)text[i + k]);
		}
		i += unit;
	}
	if (i < length) {
		memcpy(buffer + used, "...", 3);
		used += 3;
	}
	buffer[used] = '\0';
	return buffer;
}

const char *quote_for_message(const char *text, char buffer[QUOTE_BUFFER])
{
	return quote_bytes_for_message(text, strlen(text), buffer);
}

/* Says what is wrong on stderr, with value (a %s in format) made safe to show. */
void quote_warn(const char *format, const char *value)
{
	char quoted[QUOTE_BUFFER];

	warnx(format, quote_for_message(value, quoted));
}
