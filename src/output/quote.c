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
#include <string.h>

#include "output/quote.h"
#include "core/utf8.h"

/* Quotes the first length bytes of text, which may hold NUL bytes. */
const char *quote_bytes_for_message(const char *text, size_t length, char buffer[QUOTE_BUFFER])
{
	utf8_quote(text, length, buffer, QUOTE_BUFFER);
	return buffer;
}

const char *quote_for_message(const char *text, char buffer[QUOTE_BUFFER])
{
	return quote_bytes_for_message(text, strlen(text), buffer);
}

/* Writes text whole, quoted a unit at a time: for input too long to cut, such as a URL. */
void quote_write(FILE *out, const char *text)
{
	char quoted[32];	/* a unit of four bytes quoted, and room to spare */

	for (size_t length = strlen(text), unit; length > 0; text += unit, length -= unit) {
		unit = utf8_unit_length(text, length);
		utf8_quote(text, unit, quoted, sizeof quoted);
		fputs(quoted, out);
	}
}

/* Says what is wrong on stderr, with value (a %s in format) made safe to show. */
void quote_warn(const char *format, const char *value)
{
	char quoted[QUOTE_BUFFER];

	warnx(format, quote_for_message(value, quoted));
}
