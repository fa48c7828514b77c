/* Finding the status code of a whole log line, and counting them: see log_code.h. */
#include "filters/log_code.h"

#include <string.h>

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The slot of the word at text (up to a blank or the end), or -1. */
static int word_slot(const char *text, const char *end)
{
	const char *word_end = text;
	struct code_token token;

	while (word_end < end && !is_blank(*word_end))
		word_end++;
	if (!code_token_read(text, (size_t)(word_end - text), &token))
		return -1;
	return tally_slot_of(&token);
}

/* The quote that closes a request opened before from: one not escaped by an odd run of backslashes. */
static const char *closing_quote(const char *from, const char *end)
{
	for (const char *quote = memchr(from, '"', (size_t)(end - from)); quote != NULL;
	     quote = memchr(quote + 1, '"', (size_t)(end - quote - 1))) {
		size_t backslashes = 0;

		while (quote - backslashes > from && quote[-1 - (ptrdiff_t)backslashes] == '\\')
			backslashes++;
		if (backslashes % 2 == 0)
			return quote;
	}
	return NULL;
}

int log_code_slot(const struct log_format *format, const char *line, size_t length)
{
	const char *end = line + length, *cursor = line;
	struct json_status found;

	if (length > 0 && end[-1] == '\r')
		end--;
	if (length > 0 && line[0] == '{') {
		if (json_status_find(format->keys, line, length, &found) != JSON_STATUS_FOUND)
			return -1;
		return tally_slot_of(&found.token);
	}
	if (format->field > 0) {
		for (int field = 1;; field++) {
			while (cursor < end && is_blank(*cursor))
				cursor++;
			if (cursor == end)
				return -1;
			if (field == format->field)
				return word_slot(cursor, end);
			while (cursor < end && !is_blank(*cursor))
				cursor++;
		}
	}
	cursor = memchr(line, '"', (size_t)(end - line));
	if (cursor == NULL) {
		while (line < end && is_blank(*line))
			line++;
		return line < end ? word_slot(line, end) : -1;
	}
	cursor = closing_quote(cursor + 1, end);
	if (cursor == NULL || end - cursor < 2 || cursor[1] != ' ')
		return -1;
	return word_slot(cursor + 2, end);
}

void log_counter_init(struct log_counter *counter, const struct log_format *format,
		      struct tally *tally)
{
	counter->format = format;
	counter->tally = tally;
	counter->carry_length = 0;
	counter->carry_cut = false;
}

static void count_line(struct log_counter *counter, const char *line, size_t length)
{
	int slot = log_code_slot(counter->format, line, length);

	if (slot >= 0)
		tally_add(counter->tally, slot);
	else
		tally_add_without_code(counter->tally);
}

void log_counter_feed(struct log_counter *counter, const char *bytes, size_t length)
{
	const char *end = bytes + length;

	while (bytes < end) {
		const char *newline = memchr(bytes, '\n', (size_t)(end - bytes));
		size_t piece = (size_t)((newline != NULL ? newline : end) - bytes);

		if (newline != NULL && counter->carry_length == 0 && !counter->carry_cut) {
			/* A whole line in the block: judged where it is, not copied. */
			count_line(counter, bytes, piece);
		} else {
			size_t room = LOG_LINE_MAX - counter->carry_length;

			if (piece > room) {
				piece = room;
				counter->carry_cut = true;
			}
			memcpy(counter->carry + counter->carry_length, bytes, piece);
			counter->carry_length += piece;
			if (newline == NULL)
				return;
			count_line(counter, counter->carry, counter->carry_length);
			counter->carry_length = 0;
			counter->carry_cut = false;
		}
		bytes = newline + 1;
	}
}

void log_counter_finish(struct log_counter *counter)
{
	if (counter->carry_length > 0 || counter->carry_cut)
		count_line(counter, counter->carry, counter->carry_length);
	counter->carry_length = 0;
	counter->carry_cut = false;
}
