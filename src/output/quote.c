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

/* True when the unit at text (length bytes) may be shown as it is. */
static bool is_shown_as_is(const char *text, size_t length)
{
	unsigned char c = (unsigned char)text[0];

	if (length == 1)
		return c >= 0x20 && c < 0x7F;
	return !utf8_is_terminal_control(utf8_code_point(text, length));
}

/* Quotes the first length bytes of text, which may hold NUL bytes. */
const char *quote_bytes_for_message(const char *text, size_t length, char buffer[QUOTE_BUFFER])
{
	size_t used = 0, i = 0;

	while (i < length && used + QUOTE_RESERVE < QUOTE_BUFFER) {
		size_t unit = utf8_unit_length(text + i, length - i);
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

/* Writes text whole, each byte not shown as itself as \xNN: for input too long to cut, such as a URL. */
void quote_write(FILE *out, const char *text)
{
	size_t length = strlen(text);

	for (size_t i = 0, unit; i < length; i += unit) {
		unit = utf8_unit_length(text + i, length - i);
		if (is_shown_as_is(text + i, unit))
			fwrite(text + i, 1, unit, out);
		else
			for (size_t k = 0; k < unit; k++)
				fprintf(out, "\\x%02X", (unsigned char)text[i + k]);
	}
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
