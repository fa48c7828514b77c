/*
 * Reading a CSV file into rows of fields with libcsv. libcsv does not say
 * where a row starts, so the file is fed to it one line at a time and the
 * row builder counts lines itself; a row whose quoted field spans lines
 * is reported by the line it starts on, and an unterminated quoted field by
 * the line its opening quote is on. The bytes are checked before parsing
 * for what libcsv would quietly accept: a byte order mark, CR line endings,
 * NUL bytes and invalid UTF-8.
 */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "csv_rows.h"

struct row_builder {
	const char *path;
	struct csv_table *table;
	struct diag *diag;
	size_t line;		/* the line being fed to the parser */
	size_t row_line;	/* the line the current row started on */
	size_t quote_line;	/* the line the open quoted field started on */
	size_t fields_read;	/* how many fields the parser has completed */
	struct csv_row row;	/* the row being built */
	int failed;
};

static void builder_add_field(void *field, size_t length, void *data)
{
	struct row_builder *builder = data;
	struct csv_row *row = &builder->row;
	char *copy;

	builder->fields_read++;
	if (row->field_count == 0)
		row->line = builder->row_line;
	if (length > CSV_FIELD_MAX && !builder->failed) {
		diag_error(builder->diag, builder->path, row->line,
			   "field %zu is %zu bytes long, over the limit of %d",
			   row->field_count + 1, length, CSV_FIELD_MAX);
		builder->failed = 1;
	}
	copy = diag_check_alloc(malloc(length + 1));
	if (length > 0)
		memcpy(copy, field, length);
	copy[length] = '\0';
	row->fields = diag_check_alloc(realloc(row->fields, (row->field_count + 1) * sizeof *row->fields));
	row->fields[row->field_count++] = copy;
}

static void builder_end_row(int terminator, void *data)
{
	struct row_builder *builder = data;
	struct csv_table *table = builder->table;

	/* CSV_REPALL_NL reports every unquoted newline, even on an empty line,
	 * so the next row's first line is always known here. */
	(void)terminator;
	builder->row_line = builder->line + 1;
	if (builder->row.field_count == 0)
		return;
	table->rows = diag_check_alloc(realloc(table->rows, (table->row_count + 1) * sizeof *table->rows));
	table->rows[table->row_count++] = builder->row;
	memset(&builder->row, 0, sizeof builder->row);
}

/* Checks one line's bytes; reports and returns -1 on the first defect. */
static int builder_check_line(struct row_builder *builder, const char *line,
			     size_t length)
{
	const char *defect = NULL;
	size_t bad;

	if (builder->line == 1 && length >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
		defect = "byte order mark at the start of the file; save it as UTF-8 without BOM";
	else if (memchr(line, '\0', length) != NULL)
		defect = "NUL byte";
	else if (memchr(line, '\r', length) != NULL)
		defect = "carriage return; lines must end with LF only";
	else if ((bad = utf8_invalid_at(line, length)) < length)
		diag_error(builder->diag, builder->path, builder->line,
			   "invalid UTF-8 at byte %zu of the line", bad + 1);
	else
		return 0;
	if (defect != NULL)
		diag_error(builder->diag, builder->path, builder->line, "%s", defect);
	return -1;
}

static int builder_feed(struct row_builder *builder, struct csv_parser *parser,
		       const char *line, size_t length)
{
	int was_quoted = parser->quoted;
	size_t fields_read = builder->fields_read;

	if (builder_check_line(builder, line, length) != 0)
		return -1;
	if (csv_parse(parser, line, length, builder_add_field, builder_end_row,
		      builder) != length) {
		diag_error(builder->diag, builder->path, builder->line, "%s",
			   csv_error(parser) == CSV_EPARSE
				   ? "malformed quoting (a quote inside an unquoted field, or text after a closing quote)"
				   : csv_strerror(csv_error(parser)));
		return -1;
	}
	/* A quoted field still open after this line opened on it, unless it
	 * was open before the line and no field has been completed since. */
	if (parser->quoted && (!was_quoted || builder->fields_read != fields_read))
		builder->quote_line = builder->line;
	return builder->failed ? -1 : 0;
}

/* No byte counts as space around a field, so none is trimmed. */
static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Reads all of in into table; returns 0, or -1 after reporting to diag. */
int csv_rows_read(FILE *in, const char *path, struct csv_table *table,
		  struct diag *diag)
{
	struct row_builder builder = { path, table, diag, 1, 1, 1, 0, { 0, 0, NULL }, 0 };
	struct csv_parser parser;
	char *line = NULL;
	size_t capacity = 0;
	ssize_t length;
	int result = 0;

	memset(table, 0, sizeof *table);
	if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
		diag_error(diag, path, 1, "cannot start the CSV parser");
		return -1;
	}
	/* Every byte of a field is kept: libcsv would trim spaces and tabs around an unquoted one. */
	csv_set_space_func(&parser, no_space);
	while (result == 0 && (length = getline(&line, &capacity, in)) != -1) {
		result = builder_feed(&builder, &parser, line, (size_t)length);
		builder.line++;
	}
	if (result == 0 && ferror(in)) {
		diag_error(diag, path, builder.line, "read error");
		result = -1;
	}
	if (result == 0 && csv_fini(&parser, builder_add_field, builder_end_row,
				    &builder) != 0) {
		diag_error(diag, path, builder.quote_line,
			   "unterminated quoted field starting on this line");
		result = -1;
	}
	if (result == 0 && table->row_count == 0) {
		diag_error(diag, path, 1, "empty file: expected a header row");
		result = -1;
	}
	for (size_t i = 0; i < builder.row.field_count; i++)
		free(builder.row.fields[i]);
	free(builder.row.fields);
	free(line);
	csv_free(&parser);
	return result;
}

void csv_table_free(struct csv_table *table)
{
	for (size_t r = 0; r < table->row_count; r++) {
		for (size_t f = 0; f < table->rows[r].field_count; f++)
			free(table->rows[r].fields[f]);
		free(table->rows[r].fields);
	}
	free(table->rows);
	memset(table, 0, sizeof *table);
}
