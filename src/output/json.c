/*
 * Writing JSON values. Strings are escaped per RFC 8259: quote, backslash
 * and every control character; other bytes pass through, since the data is
 * checked to be UTF-8 at build time.
 */
#include <stdlib.h>
#include <string.h>

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

void json_string(FILE *out, const char *text)
{
	fputc('"', out);
	json_string_part(out, text, strlen(text));
	fputc('"', out);
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
	const char *item = list;

	fputc('[', out);
	while (item[0] != '\0') {
		size_t length = strcspn(item, ";");

		if (item != list)
			fputc(',', out);
		fputc('"', out);
		json_string_part(out, item, length);
		fputc('"', out);
		item += length + (item[length] == ';');
	}
	fputc(']', out);
}

/* Writes a ';'-separated list of codes as an array of numbers. */
void json_code_list(FILE *out, const char *list)
{
	const char *item = list;

	fputc('[', out);
	while (item[0] != '\0') {
		size_t length = strcspn(item, ";");

		fprintf(out, "%s%d", item == list ? "" : ",", atoi(item));
		item += length + (item[length] == ';');
	}
	fputc(']', out);
}
