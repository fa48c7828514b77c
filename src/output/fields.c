/*
 * The fields of an answer, by name. They are the TSV columns, in the order
 * of core/schema.def, and the names --field accepts; the man page documents
 * them as a stable schema. Lists keep the data's ';' separator. A code with
 * no record has empty fields but for those computed from the code.
 */
#include <string.h>

#include "core/status_line.h"
#include "core/substatus.h"
#include "output/fields.h"

/* The fields every answer has, record or not. */
static const char *code_field_value(const struct field_info *field, const struct answer *answer,
				    char buffer[FIELD_VALUE_BUFFER])
{
	int code = answer->code;
	/* A client knows only the registry: a vendor's code is handled as its class's x00. */
	bool registered = answer->status != NULL && status_is_registered(answer->status);

	switch (field->type) {
	case TYPE_KNOWN:
		return answer->status != NULL ? "true" : "false";
	case TYPE_CLASS:
		if (!status_code_is_http(code))
			return "";
		snprintf(buffer, FIELD_VALUE_BUFFER, "%dxx", code / 100);
		return buffer;
	case TYPE_CLASS_NAME:
		return status_class_of(code)->name;
	case TYPE_TREAT_AS:	/* what a client handles the code as */
		code = registered ? code : status_fallback(code)->code;
		break;
	case TYPE_SUBSTATUS:
		if (answer->substatus == NULL)
			return "";
		snprintf(buffer, FIELD_VALUE_BUFFER, "%d.%d", code, answer->substatus->substatus);
		return buffer;
	case TYPE_SUBSTATUS_MEANING:
		return answer->substatus != NULL ? answer->substatus->meaning : "";
	default:
		break;
	}
	/* Three digits, as the data and every query write a code: 000 and 009 read back. */
	snprintf(buffer, FIELD_VALUE_BUFFER, "%03d", code);
	return buffer;
}

const char *field_value(int index, const struct answer *answer, char buffer[FIELD_VALUE_BUFFER])
{
	const struct field_info *field = &schema_fields[index];
	const struct status *status = answer->status;
	const char *text;

	if (field->type == TYPE_CODE || !schema_is_column(field))
		return code_field_value(field, answer, buffer);
	if (status == NULL)
		return "";
	switch (field->type) {
	case TYPE_ENUM:
		return vocabulary_word(field->vocabulary, schema_number(status, field));
	case TYPE_FLAG:	/* only the word of value 1 is true */
		return schema_number(status, field) == 1 ? "true" : "false";
	case TYPE_CONSTANT:
		text = status->constant[field->ecosystem];
		if (text[0] == '\0')
			return "";
		snprintf(buffer, FIELD_VALUE_BUFFER, "%s%s", ecosystems[field->ecosystem].qualifier, text);
		return buffer;
	default:
		return schema_text(status, field);
	}
}

/* Writes value on one line: backslash, tab and newline become \\, \t and \n. */
static void field_write_escaped(FILE *out, const char *value)
{
	for (const char *c = value; *c != '\0'; c++) {
		if (*c == '\\')
			fputs("\\\\", out);
		else if (*c == '\t')
			fputs("\\t", out);
		else if (*c == '\n')
			fputs("\\n", out);
		else
			fputc(*c, out);
	}
}

/*
 * Writes an example response as a server sends it, so that it can be piped
 * (to nc, or back to httpstatus): each head line ends with CRLF, each head
 * with an empty line, and the body, if any, with the LF its Content-Length
 * counts. As the generator checked it, only a 1xx head but 101 is followed
 * by another head; what follows any other head is its body.
 */
static void write_response(FILE *out, const char *example)
{
	struct status_line status = { 0 };
	const char *line = example;
	bool head_start = true;

	for (;;) {
		size_t length = strcspn(line, "\n");

		if (head_start)
			status_line_parse(line, length, &status);
		head_start = false;
		fwrite(line, 1, length, out);
		fputs("\r\n", out);
		if (line[length] == '\0') {
			fputs("\r\n", out);
			return;
		}
		line += length + 1;
		if (line[0] == '\n') {
			fputs("\r\n", out);
			line++;
			if (status.code / 100 != 1 || status.code == 101)
				break;
			head_start = true;
		}
	}
	fputs(line, out);
	fputc('\n', out);
}

/*
 * --field's line for an answer: the value escaped to one line, or an example
 * response as it is sent. False for an example that the record lacks, of
 * which nothing is written.
 */
bool field_write(FILE *out, int field, const struct answer *answer)
{
	char buffer[FIELD_VALUE_BUFFER];
	const char *value = field_value(field, answer, buffer);

	if (schema_fields[field].type == TYPE_HEAD) {
		if (value[0] == '\0')
			return false;
		write_response(out, value);
		return true;
	}
	field_write_escaped(out, value);
	fputc('\n', out);
	return true;
}

void fields_write_header(FILE *out)
{
	for (int field = 0; field < FIELD_COUNT; field++)
		fprintf(out, "%s%s", field == 0 ? "" : "\t", schema_fields[field].name);
	fputc('\n', out);
}

/*
 * The fields (count of them: fields[], or all from the first when fields
 * is NULL) of an answer on one line, tab-separated. A query that matched
 * nothing (answer NULL) has its row too, so that rows stay in line with
 * queries: known is false, the rest empty.
 */
void fields_write_row(FILE *out, const int *fields, int count, const struct answer *answer)
{
	char buffer[FIELD_VALUE_BUFFER];

	for (int i = 0; i < count; i++) {
		int field = fields != NULL ? fields[i] : i;

		if (i > 0)
			fputc('\t', out);
		if (answer == NULL)
			fputs(schema_fields[field].type == TYPE_KNOWN ? "false" : "", out);
		else
			field_write_escaped(out, field_value(field, answer, buffer));
	}
	fputc('\n', out);
}
