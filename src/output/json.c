/*
 * Writing JSON values. Strings are escaped per RFC 8259: quote, backslash
 * and every control character. A string may come from the input (a status
 * line, a Location), so every one is made valid UTF-8 on the way out.
 */
#include <stdlib.h>
#include <string.h>

#include "core/name.h"
#include "core/utf8.h"
#include "output/json.h"

static void json_string_part(FILE *out, const char *text, size_t length)
{
	for (size_t i = 0; i < length; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c == '\r')
			fputs("\\r", out);
		else if (c < 0x20 || c == 0x7F)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
}

/*
 * Writes bytes from the user, which may be anything, as a JSON string:
 * a byte that is not valid UTF-8 becomes U+FFFD, and the code points
 * that steer a terminal are escaped as \uXXXX like the controls are.
 */
void json_string_bytes(FILE *out, const char *text, size_t length)
{
	fputc('"', out);
	for (size_t i = 0, ascii, unit; i < length; i += unit) {
		/* ASCII, most of what is written, goes through in runs. */
		for (ascii = i; ascii < length && (unsigned char)text[ascii] < 0x80; ascii++)
			continue;
		json_string_part(out, text + i, ascii - i);
		if ((i = ascii) == length)
			break;
		unit = utf8_unit_length(text + i, length - i);
		if (unit == 1)	/* a byte that is not UTF-8 */
			fputs("\\ufffd", out);
		else if (utf8_is_terminal_control(utf8_code_point(text + i, unit)))
			fprintf(out, "\\u%04lx", utf8_code_point(text + i, unit));
		else
			json_string_part(out, text + i, unit);
	}
	fputc('"', out);
}

void json_string(FILE *out, const char *text)
{
	json_string_bytes(out, text, strlen(text));
}

/* An empty text is written as null: the data's empty cells mean "none". */
void json_string_or_null(FILE *out, const char *text)
{
	if (text == NULL || text[0] == '\0')
		fputs("null", out);
	else
		json_string(out, text);
}

/* Writes a ';'-separated list as an array of strings. */
void json_string_list(FILE *out, const char *list)
{
	const char *rest = list, *item;
	size_t length;

	fputc('[', out);
	while (name_list_next(&rest, &item, &length)) {
		if (item != list)
			fputc(',', out);
		json_string_bytes(out, item, length);
	}
	fputc(']', out);
}

/* Writes a ';'-separated list of codes as an array of numbers. */
void json_code_list(FILE *out, const char *list)
{
	const char *rest = list, *item;
	size_t length;

	fputc('[', out);
	while (name_list_next(&rest, &item, &length))
		fprintf(out, "%s%d", item == list ? "" : ",", atoi(item));
	fputc(']', out);
}
