/*
 * Word wrapping of the data's text. Paragraphs are separated by an empty
 * line; inside one, newlines count as spaces. Widths are in columns, taking
 * each UTF-8 code point as one column. A word longer than the width gets a
 * line of its own rather than being cut.
 */
#include <string.h>

#include "core/utf8.h"
#include "output/wrap.h"

static bool is_space(char c)
{
	return c == ' ' || c == '\n';
}

/* Takes from rest the next line of at most width columns; false when only spaces remain. */
bool wrap_next_line(struct span *rest, size_t width, struct span *line)
{
	const char *end = rest->start + rest->length;
	const char *cursor = rest->start;
	size_t columns = 0;

	while (cursor < end && is_space(*cursor))
		cursor++;
	line->start = cursor;
	line->length = 0;
	while (cursor < end) {
		const char *word = cursor;
		size_t word_columns;

		while (cursor < end && !is_space(*cursor))
			cursor++;
		word_columns = utf8_columns(word, (size_t)(cursor - word));
		if (line->length > 0 && columns + 1 + word_columns > width) {
			cursor = word;
			break;
		}
		columns += (line->length > 0) + word_columns;
		line->length = (size_t)(cursor - line->start);
		while (cursor < end && is_space(*cursor))
			cursor++;
	}
	rest->length -= (size_t)(cursor - rest->start);
	rest->start = cursor;
	return line->length > 0;
}

/* Takes from rest the text up to the next empty line; false when none is left. */
bool wrap_next_paragraph(struct span *rest, struct span *paragraph)
{
	const char *end = rest->start + rest->length;
	const char *cursor = rest->start;

	while (cursor < end && is_space(*cursor))
		cursor++;
	paragraph->start = cursor;
	while (cursor < end && !(cursor[0] == '\n' && cursor + 1 < end && cursor[1] == '\n'))
		cursor++;
	paragraph->length = (size_t)(cursor - paragraph->start);
	rest->length -= (size_t)(cursor - rest->start);
	rest->start = cursor;
	return paragraph->length > 0;
}

/*
 * Writes a line as wrap_next_line measured it: each run of spaces and
 * newlines between its words as one space.
 */
static void write_line(FILE *out, const struct span *line)
{
	for (size_t i = 0; i < line->length; i++) {
		if (!is_space(line->start[i]))
			fputc(line->start[i], out);
		else if (i > 0 && !is_space(line->start[i - 1]))
			fputc(' ', out);
	}
	fputc('\n', out);
}

/*
 * Writes text wrapped to width, the first line continuing at column and
 * the others starting at indent, as for a labelled value.
 */
void wrap_hanging(FILE *out, const char *text, size_t column, size_t indent, size_t width)
{
	struct span rest = { text, strlen(text) }, line;
	size_t room = width > column ? width - column : 1;
	bool first = true;

	while (wrap_next_line(&rest, room, &line)) {
		if (!first)
			fprintf(out, "%*s", (int)indent, "");
		write_line(out, &line);
		room = width > indent ? width - indent : 1;
		first = false;
	}
	if (first)
		fputc('\n', out);
}

/* Writes each paragraph of text wrapped to width at indent, with an empty line between. */
void wrap_paragraphs(FILE *out, const char *text, size_t indent, size_t width)
{
	struct span rest = { text, strlen(text) }, paragraph, line;
	size_t room = width > indent ? width - indent : 1;
	bool first = true;

	while (wrap_next_paragraph(&rest, &paragraph)) {
		if (!first)
			fputc('\n', out);
		while (wrap_next_line(&paragraph, room, &line)) {
			fprintf(out, "%*s", (int)indent, "");
			write_line(out, &line);
		}
		first = false;
	}
}
