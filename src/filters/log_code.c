/* Finding the status code of a log line: see log_code.h. */
#include "filters/log_code.h"

#include "compat/mem.h"

/* Reads the field at word, up to a blank or end, as the line's code. */
static bool field_code(const struct line *line, const char *word, bool to_cut,
		       struct log_code *found)
{
	const char *end = line->text + line->length, *word_end = word;

	while (word_end < end && !code_is_blank(*word_end))
		word_end++;
	/* A field that runs into the cut of a long line may go on past it. */
	if (to_cut && word_end == end)
		return false;
	if (!code_token_read(word, (size_t)(word_end - word), &found->token))
		return false;
	found->token.offset += (size_t)(word - line->text);
	found->insert_offset = found->token.offset + found->token.length;
	found->json = found->has_phrase = false;
	return true;
}

/* The quote that closes a request opened before from: one not escaped by an odd run of backslashes. */
static const char *closing_quote(const char *from, const char *end)
{
	for (const char *quote = mem_find(from, end, '"'); quote < end;
	     quote = mem_find(quote + 1, end, '"')) {
		size_t backslashes = 0;

		while (quote - backslashes > from && quote[-1 - (ptrdiff_t)backslashes] == '\\')
			backslashes++;
		if (backslashes % 2 == 0)
			return quote;
	}
	return end;
}

static bool json_code(const struct log_format *format, const struct line *line,
		      struct log_code *found)
{
	struct json_status status;

	if (line->cut ||
	    json_status_find_again(format->json_shape, format->keys, line->text, line->length,
				   &status) != JSON_STATUS_FOUND)
		return false;
	*found = (struct log_code){ .token = status.token, .insert_offset = status.insert_offset,
				    .json = true, .has_phrase = status.has_phrase };
	return true;
}

/*
 * Whether the layout finds the line's code: without --column, unless the
 * log is Common Log Format or JSON lines; with it, for W3C directives and
 * for a W3C log whose sc-status is that column, so its sub-status counts.
 */
static bool uses_layout(const struct log_format *format, const struct line *line)
{
	const struct log_layout *layout = format->layout;

	if (layout == NULL || line->cut)
		return false;
	if (format->field == 0)
		return !log_layout_is_generic(layout);
	return (line->length > 0 && line->text[0] == '#') ||
	       (layout->name == LOG_LAYOUT_W3C && layout->status_field == format->field);
}

/* The code where the layout puts it; LOG_LINE_GENERIC for a line the rules below read. */
static enum log_line_kind layout_code(const struct log_format *format, const struct line *line,
				      struct log_code *found)
{
	struct log_location where;
	enum log_line_kind kind = log_layout_locate(format->layout, line->text, line->length, &where);

	found->directive = kind == LOG_LINE_DIRECTIVE;
	if (kind != LOG_LINE_CODE)
		return kind;
	if (!code_token_read(line->text + where.code_offset, where.code_length, &found->token))
		return LOG_LINE_NO_CODE;
	found->token.offset += where.code_offset;
	if (where.substatus >= 0)
		found->token.substatus = where.substatus;
	found->insert_offset = where.code_offset + where.code_length;
	/* logfmt's status="503": the pair ends after the quote. */
	if (found->insert_offset < line->length && line->text[found->insert_offset] == '"')
		found->insert_offset++;
	found->json = found->has_phrase = false;
	return LOG_LINE_CODE;
}

bool log_code_find(const struct log_format *format, const struct line *line,
		   struct log_code *found)
{
	const char *cursor = line->text, *end = line->text + line->length, *quote;
	size_t field_length;

	found->directive = false;
	if (uses_layout(format, line)) {
		enum log_line_kind kind = layout_code(format, line, found);

		if (kind != LOG_LINE_GENERIC)
			return kind == LOG_LINE_CODE;
	}
	if (line->length > 0 && line->text[0] == '{')
		return json_code(format, line, found);
	if (format->field > 0) {
		const char *field = log_layout_field(cursor, end, format->field, &field_length);

		return field != NULL && field_code(line, field, line->cut, found);
	}
	quote = mem_find(cursor, end, '"');
	if (quote == end) {
		while (cursor < end && code_is_blank(*cursor))
			cursor++;
		return cursor < end && field_code(line, cursor, line->cut, found);
	}
	quote = closing_quote(quote + 1, end);
	if (end - quote < 2 || quote[1] != ' ')
		return false;
	return field_code(line, quote + 2, line->cut, found);
}
