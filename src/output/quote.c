/*
 * Making user input safe to show in a message: a query may hold escape
 * sequences, control characters or invalid UTF-8, and none of that may
 * reach the terminal raw. Such bytes are written as \xNN, and a long query
 * is cut short with "..." so one message stays one line.
 */
#include <err.h>
#include <stdio.h>
#include <string.h>

#include "output/quote.h"
#include "core/utf8.h"

/* Room for the longest escape (\xNN) and the "..." marker. */
#define QUOTE_RESERVE 8

const char *quote_for_message(const char *text, char buffer[QUOTE_BUFFER])
{
	size_t length = strlen(text), used = 0, i = 0;

	while (i < length && used + QUOTE_RESERVE < QUOTE_BUFFER) {
		unsigned char c = (unsigned char)text[i];
		size_t valid = utf8_invalid_at(text + i, length - i < 4 ? length - i : 4);

		if (c >= 0x80 && valid > 0) {
			/* Copy a whole valid multi-byte sequence. */
			size_t sequence = 1;

			while (sequence < valid && utf8_is_continuation(text[i + sequence]))
				sequence++;
			if (used + sequence + QUOTE_RESERVE >= QUOTE_BUFFER)
				break;
			memcpy(buffer + used, text + i, sequence);
			used += sequence;
			i += sequence;
			continue;
		}
		if (c < 0x20 || c == 0x7F || c >= 0x80)
			used += (size_t)snprintf(buffer + used, QUOTE_BUFFER - used, "\\x%02X", c);
		else
			buffer[used++] = (char)c;
		i++;
	}
	if (i < length) {
		memcpy(buffer + used, "...", 3);
		used += 3;
	}
	buffer[used] = '\0';
	return buffer;
}

/* Says what is wrong on stderr, with value (a %s in format) made safe to show. */
void quote_warn(const char *format, const char *value)
{
	char quoted[QUOTE_BUFFER];

	warnx(format, quote_for_message(value, quoted));
}
