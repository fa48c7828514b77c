/* Tests the generator's CSV reader and validation: each rejection and the line it names. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../gen/csv_rows.h"
#include "../../gen/dataset.h"
#include "../../gen/diag.h"
#include "../../gen/emit.h"
#include "core/schema.h"

/*
 * The header and the rows are built from the schema (schema_fields), so a
 * new column needs no edit here. A row is written as a spec, "name=value"
 * cells joined by '|' (a value is CSV cell text, quoted where it must be);
 * a column the spec leaves out gets a cell the checks take: empty, the
 * first word of its vocabulary, or some text where one is required.
 */
#define ROW_MAX (CSV_FIELD_MAX + 8192)

/* Lines 2 to 4: one row whose quoted description spans three physical lines. */
static const char continue_spec[] = "code=100|phrase=Continue|origin=\"RFC 9110, Section 15.2.1\"|"
	"summary=Go on and send the content|description=\"First paragraph.\n\nSecond paragraph.\"|"
	"notes=Send it only after Expect.|headers=Expect|cacheable=no|body=forbidden|"
	"source=https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1|"
	"python=CONTINUE|go=StatusContinue|rust=CONTINUE|java=SC_CONTINUE|dotnet=Continue";

/* Line 5. */
static const char ok_spec[] = "code=200|phrase=OK|origin=\"RFC 9110, Section 15.3.1\"|"
	"summary=The request succeeded|description=The request succeeded.|notes=The usual answer.|"
	"cacheable=yes|body=allowed|see_also=100|"
	"source=https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1|"
	"python=OK|go=StatusOK|rust=OK|java=SC_OK|dotnet=OK";

/* The row each case spoils in one column, as line 6. */
static const char not_found_spec[] = "code=404|phrase=Not Found|origin=\"RFC 9110, Section 15.5.5\"|"
	"summary=Nothing is at the target URI|description=The server has nothing there.|"
	"notes=Check the URI.|cacheable=yes|body=allowed|"
	"source=https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5|"
	"python=NOT_FOUND|go=StatusNotFound|rust=NOT_FOUND|java=SC_NOT_FOUND|dotnet=NotFound|"
	"javascript=NOT_FOUND|php=HTTP_NOT_FOUND|starlette=HTTP_404_NOT_FOUND|aspnet=Status404NotFound|"
	"rails=not_found|spring=NOT_FOUND|javase=HTTP_NOT_FOUND";

/* A vendor's further meaning of 200, told by a note alone. */
static const char vendor_spec[] = "code=200|phrase=Fine|kind=unofficial|origin=Some vendor|summary=Fine|"
	"description=Fine.|notes=Fine.|cacheable=yes|body=allowed|source_note=Note.";

static const struct field_info *columns[FIELD_COUNT];
static int column_count;
static char header[4096];

/* The position of the column named name (length bytes) in status.csv. */
static int column_of(const char *name, size_t length)
{
	for (int c = 0; c < column_count; c++)
		if (strlen(columns[c]->name) == length && memcmp(columns[c]->name, name, length) == 0)
			return c;
	fail_msg("no column '%.*s' in the schema", (int)length, name);
	return -1;
}

/* A cell that passes the checks of its column's type, for the columns a spec leaves out. */
static const char *default_cell(const struct field_info *field)
{
	if (field->type == TYPE_ENUM || field->type == TYPE_FLAG)
		return field->vocabulary->words[0];
	if (field->type == TYPE_TEXT && (field->flags & FIELD_REQUIRED) && !(field->flags & FIELD_URL))
		return "Text.";
	return "";
}

/* Appends to text the row spec describes, with column (if not NULL) set to value. */
static void add_row(char *text, const char *spec, const char *column, const char *value)
{
	const char *cells[FIELD_COUNT];
	size_t lengths[FIELD_COUNT];

	for (int c = 0; c < column_count; c++) {
		cells[c] = default_cell(columns[c]);
		lengths[c] = strlen(cells[c]);
	}
	while (spec[0] != '\0') {
		size_t length = strcspn(spec, "|"), name = strcspn(spec, "=");
		int c = column_of(spec, name);

		cells[c] = spec + name + 1;
		lengths[c] = length - name - 1;
		spec += length + (spec[length] == '|');
	}
	if (column != NULL) {
		int c = column_of(column, strlen(column));

		cells[c] = value;
		lengths[c] = strlen(value);
	}
	for (int c = 0; c < column_count; c++) {
		assert_true(strlen(text) + lengths[c] + 2 < ROW_MAX * 2);
		strncat(text, cells[c], lengths[c]);
		strcat(text, c + 1 < column_count ? "," : "\n");
	}
}

/* The file every case starts from: the header and two valid rows over four lines, then more; free it. */
static char *valid_and(const char *more)
{
	char *text = calloc(1, ROW_MAX * 2);

	assert_non_null(text);
	strcpy(text, header);
	add_row(text, continue_spec, NULL, NULL);
	add_row(text, ok_spec, NULL, NULL);
	strcat(text, more);
	return text;
}

/* The valid file followed by the row spec describes, with column set to value; free it. */
static char *valid_and_spec(const char *spec, const char *column, const char *value)
{
	char *text = valid_and("");

	add_row(text, spec, column, value);
	return text;
}

/* The valid file followed by the 404 row with column set to value; free it. */
static char *valid_and_row(const char *column, const char *value)
{
	return valid_and_spec(not_found_spec, column, value);
}

/* "status.csv:6: expected N fields, found M" for this schema's N. */
static const char *count_message(int found)
{
	static char message[100];

	snprintf(message, sizeof message, "status.csv:6: expected %d fields, found %d", column_count, found);
	return message;
}

static int setup_columns(void **state)
{
	(void)state;
	for (int f = 0; f < FIELD_COUNT; f++)
		if (schema_is_column(&schema_fields[f]))
			columns[column_count++] = &schema_fields[f];
	for (int c = 0; c < column_count; c++) {
		strcat(header, columns[c]->name);
		strcat(header, c + 1 < column_count ? "," : "\n");
	}
	return 0;
}


struct outcome {
	int errors;
	char first[sizeof ((struct diag *)NULL)->first];
	size_t status_count;
};

/* Reads text as status.csv and validates it, as the generator does. */
static struct outcome load_statuses(const char *text, size_t length)
{
	struct diag diag = { NULL, 0, "" };
	struct csv_table table;
	struct dataset data = { 0 };
	struct outcome outcome;
	FILE *in = fmemopen((void *)text, length, "r");

	assert_non_null(in);
	if (csv_rows_read(in, "status.csv", &table, &diag) == 0) {
		if (dataset_load_statuses(&data, &table, "status.csv", &diag) != 0)
			assert_true(diag.errors > 0);
	} else {
		assert_true(diag.errors > 0);
	}
	fclose(in);
	outcome.errors = diag.errors;
	memcpy(outcome.first, diag.first, sizeof outcome.first);
	outcome.status_count = data.status_count;
	dataset_free(&data);
	csv_table_free(&table);
	return outcome;
}

/* Asserts that text is rejected with exactly one report, expected. */
static void assert_rejects(const char *text, const char *expected)
{
	struct outcome outcome = load_statuses(text, strlen(text));

	assert_string_equal(outcome.first, expected);
	assert_int_equal(outcome.errors, 1);
}

/* As assert_rejects, for a text to free. */
static void assert_rejects_made(char *text, const char *expected)
{
	assert_rejects(text, expected);
	free(text);
}

static void assert_row_rejected(const char *column, const char *value, const char *expected)
{
	assert_rejects_made(valid_and_row(column, value), expected);
}

static void assert_accepts_made(char *text, size_t rows)
{
	struct outcome outcome = load_statuses(text, strlen(text));

	assert_string_equal(outcome.first, "");
	assert_int_equal(outcome.errors, 0);
	assert_int_equal(outcome.status_count, rows);
	free(text);
}

static void assert_row_accepted(const char *column, const char *value)
{
	assert_accepts_made(valid_and_row(column, value), 3);
}

static void test_valid_file(void **state)
{
	struct diag diag = { NULL, 0, "" };
	struct csv_table table;
	struct dataset data = { 0 };
	char *text = valid_and("");
	FILE *in = fmemopen(text, strlen(text), "r");

	(void)state;
	assert_non_null(in);
	assert_int_equal(csv_rows_read(in, "status.csv", &table, &diag), 0);
	fclose(in);
	assert_int_equal(table.row_count, 3);
	assert_int_equal(table.rows[0].line, 1);
	assert_int_equal(table.rows[1].line, 2);
	assert_int_equal(table.rows[2].line, 5);
	assert_int_equal(dataset_load_statuses(&data, &table, "status.csv", &diag), 0);
	assert_int_equal(diag.errors, 0);
	assert_string_equal(diag.first, "");
	assert_int_equal(data.status_count, 2);
	assert_int_equal(data.statuses[0].code, 100);
	assert_int_equal(data.lines[0], 2);
	assert_string_equal(data.statuses[0].description, "First paragraph.\n\nSecond paragraph.");
	assert_int_equal(data.statuses[0].body, BODY_FORBIDDEN);
	assert_false(data.statuses[0].cacheable);
	assert_int_equal(data.statuses[1].code, 200);
	assert_int_equal(data.lines[1], 5);
	assert_string_equal(data.statuses[1].origin, "RFC 9110, Section 15.3.1");
	assert_true(data.statuses[1].cacheable);
	assert_string_equal(data.statuses[1].constant_cell[ECOSYSTEM_GO], "StatusOK");
	/* Each row has its phrase and its qualified constants, HTTPStatus.OK and
	 * http.StatusOK giving one key. */
	assert_string_equal(data.keys[0].key, "continue");
	assert_int_equal(data.keys[0].row, 0);
	for (size_t i = 1; i < data.key_count; i++)
		assert_true(strcmp(data.keys[i - 1].key, data.keys[i].key) < 0);
	assert_int_equal(data.key_count, 10);
	dataset_free(&data);
	csv_table_free(&table);
	free(text);
}

static void test_valid_variations(void **state)
{
	char summary[200];

	(void)state;
	/* A vendor's further meaning of a code: unofficial, with its own origin. */
	assert_accepts_made(valid_and_spec(vendor_spec, NULL, NULL), 3);
	/* 80 columns exactly, in 100 bytes: a code point is one column. */
	strcpy(summary, "");
	for (int i = 0; i < 20; i++)
		strcat(summary, "\xc3\xa9");
	for (int i = 0; i < 60; i++)
		strcat(summary, "s");
	assert_row_accepted("summary", summary);
	assert_row_accepted("aliases", "Missing (an old name);Gone Missing");
	assert_row_accepted("see_also", "100;200");
	assert_row_accepted("code", "999");
}

static void test_wrong_column_count(void **state)
{
	(void)state;
	assert_row_rejected(columns[column_count - 1]->name, "x,extra", count_message(column_count + 1));
	assert_rejects_made(valid_and("404,Not Found\n"), count_message(2));
}

static void test_unterminated_quote(void **state)
{
	char *text = valid_and_row("description", "\"The server has nothing there.");

	(void)state;
	/* The quote opened on line 6 runs to the end of the file. */
	text = realloc(text, strlen(text) + 32);
	assert_non_null(text);
	strcat(text, "More text\n\nto the end.\n");
	assert_rejects_made(text, "status.csv:6: unterminated quoted field starting on this line");
	/* A row that starts on line 6 with a field quoted to line 7, then opens a quote there. */
	assert_rejects_made(valid_and("404,\"Not\nFound\",standard,\"RFC 9110\nSection 15.5.5\n"),
			    "status.csv:7: unterminated quoted field starting on this line");
	assert_rejects_made(valid_and("404,Not Found,\"standard\n"),
			    "status.csv:6: unterminated quoted field starting on this line");
}

static void test_malformed_quoting(void **state)
{
	(void)state;
	assert_row_rejected("phrase", "Not \"Found\"",
			    "status.csv:6: malformed quoting (a quote inside an unquoted field, or text after a closing quote)");
}

static void test_code_not_three_digits(void **state)
{
	(void)state;
	assert_row_rejected("code", "4040", "status.csv:6: code '4040' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected("code", "40", "status.csv:6: code '40' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected("code", "044", "status.csv:6: code '044' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected("code", "4o4", "status.csv:6: code '4o4' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected("code", "", "status.csv:6: code '' is not three digits from 100 to 999, 000 or 009");
	/* 009 is nginx's HTTP/0.9 entry; its neighbours stay no codes. */
	assert_row_rejected("code", "019", "status.csv:6: code '019' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected("code", "9", "status.csv:6: code '9' is not three digits from 100 to 999, 000 or 009");
}

/* A report quotes the cell as the binary quotes its input: one line, no escape sequence. */
static void test_reports_quote_cells(void **state)
{
	(void)state;
	assert_row_rejected("code", "\"40\n4\"", "status.csv:6: code '40\\x0A4' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected("code", "4\x1b[31m04", "status.csv:6: code '4\\x1B[31m04' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected("kind", "a\xc2\x9b" "b", "status.csv:6: unknown kind 'a\\xC2\\x9Bb'");
}

static void test_duplicate_code(void **state)
{
	(void)state;
	assert_rejects_made(valid_and_spec(vendor_spec, "kind", "standard"),
			    "status.csv:6: duplicate code 200 (first at line 5); a further meaning must be unofficial with its own origin");
	/* A further meaning with the same origin as the first is a duplicate too. */
	assert_rejects_made(valid_and_spec("code=200|phrase=Okay|kind=unofficial|origin=\"RFC 9110, Section 15.3.1\"|"
					   "source=https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1", NULL, NULL),
			    "status.csv:6: duplicate code 200 (first at line 5); a further meaning must be unofficial with its own origin");
}

/* Where the facts come from: a source or a note; an RFC origin's own section; MDN for registered codes. */
static void test_sources(void **state)
{
	(void)state;
	assert_row_rejected("source", "", "status.csv:6: no source and no source_note: say where the facts come from");
	assert_row_rejected("source", "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4",
			    "status.csv:6: source 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4' does not link to the origin, RFC 9110, Section 15.5.5 (expected https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5)");
	assert_row_rejected("source", "https://www.rfc-editor.org/rfc/rfc9111.html#section-15.5.5",
			    "status.csv:6: source 'https://www.rfc-editor.org/rfc/rfc9111.html#section-15.5.5' does not link to the origin, RFC 9110, Section 15.5.5 (expected https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5)");
	assert_row_rejected("mdn", "http://developer.mozilla.org/",
			    "status.csv:6: mdn 'http://developer.mozilla.org/' is not an https:// URL");
	assert_row_rejected("mdn", "https://developer.mozilla.org/a b",
			    "status.csv:6: mdn 'https://developer.mozilla.org/a b' is not an https:// URL");
	assert_row_accepted("mdn", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404");
	assert_row_accepted("source_note", "Also in the registry.");
	/* A vendor row: a note alone will do, and MDN is not for it. */
	assert_accepts_made(valid_and_spec(vendor_spec, "source_note", "No vendor document; known from third-party lists."), 3);
	assert_rejects_made(valid_and_spec(vendor_spec, "mdn", "https://developer.mozilla.org/x"),
			    "status.csv:6: mdn 'https://developer.mozilla.org/x' is for registered codes only");
}

/* 000 is the data's row for "no response"; 0 is how a browser writes it, not a CSV code. */
static void test_no_response_code(void **state)
{
	char text[4096];

	(void)state;
	strcpy(text, header);
	add_row(text, "code=000|phrase=No HTTP Response|kind=pseudo|origin=curl|summary=None|description=None.|"
		"notes=None.|body=forbidden|source=https://curl.se/", NULL, NULL);
	add_row(text, continue_spec, NULL, NULL);
	add_row(text, ok_spec, NULL, NULL);
	assert_accepts_made(strdup(text), 3);
	assert_row_rejected("code", "0", "status.csv:6: code '0' is not three digits from 100 to 999, 000 or 009");
	strcpy(text, header);
	add_row(text, "code=009|phrase=HTTP 0.9 Request|kind=pseudo|origin=nginx|summary=None|description=None.|"
		"notes=None.|body=allowed|source=https://nginx.org/", NULL, NULL);
	add_row(text, continue_spec, NULL, NULL);
	add_row(text, ok_spec, NULL, NULL);
	assert_accepts_made(strdup(text), 3);
}

/* Rows of one code may share a name; rows of different codes may not. */
static void test_shared_names(void **state)
{
	(void)state;
	assert_accepts_made(valid_and_spec(vendor_spec, "phrase", "OK"), 3);
	assert_row_rejected("aliases", "OK", "status.csv:6: lookup key 'ok' is already claimed by 200 OK at line 5");
	/* Python's HTTPStatus.X and Spring's HttpStatus.X are one key, on one row. */
	assert_row_accepted("spring", "NOT_FOUND");
	assert_row_accepted("rails", "not_found");
}

static void test_out_of_order(void **state)
{
	(void)state;
	assert_row_rejected("code", "150", "status.csv:6: code 150 is out of order after 200; sort rows by code");
}

static void test_unknown_words(void **state)
{
	(void)state;
	assert_row_rejected("kind", "official", "status.csv:6: unknown kind 'official'");
	assert_row_rejected("kind", "Standard", "status.csv:6: unknown kind 'Standard'");
	assert_row_rejected("cacheable", "maybe", "status.csv:6: unknown cacheable value 'maybe'");
	assert_row_rejected("cacheable", "", "status.csv:6: unknown cacheable value ''");
	assert_row_accepted("cacheable", "never");
	assert_row_rejected("body", "optional", "status.csv:6: unknown body value 'optional'");
	assert_row_rejected("redirect", "forever", "status.csv:6: unknown redirect 'forever'");
	assert_row_rejected("method", "post", "status.csv:6: unknown method 'post'");
}

static void test_redirect_and_method(void **state)
{
	char *text;

	(void)state;
	assert_row_rejected("redirect", "permanent", "status.csv:6: redirect and method must be given together");
	text = valid_and("");
	add_row(text, "code=301|phrase=Moved Permanently|origin=RFC|headers=Location|cacheable=yes|body=allowed|"
		"redirect=permanent|method=post-to-get|source_note=Note.", NULL, NULL);
	add_row(text, "code=404|phrase=Not Found|origin=RFC|cacheable=yes|body=allowed|"
		"redirect=temporary|method=keep|source_note=Note.", NULL, NULL);
	assert_rejects_made(text, "status.csv:7: redirect and method are for 3xx codes only");
}

/* An example response: heads whose first status line is the row's, and a body its Content-Length counts. */
static void test_examples(void **state)
{
	(void)state;
	assert_row_accepted("example", "\"HTTP/1.1 404 Not Found\nContent-Type: text/plain\nContent-Length: 5\n\nGone\"");
	assert_row_accepted("example", "HTTP/2 404");
	assert_row_rejected("example", "HTTP/1.1 410 Gone",
			    "status.csv:6: example's status line 'HTTP/1.1 410 Gone' is not code 404");
	assert_row_rejected("example", "404 Not Found",
			    "status.csv:6: example does not start with a status line: '404 Not Found'");
	assert_row_rejected("example", "\"HTTP/1.1 404 Not Found\n\"",
			    "status.csv:6: example ends with a line end: '\\n'");
	assert_row_rejected("example", "\"HTTP/1.1 404 Not Found\n\nGone\"",
			    "status.csv:6: example has a body but no Content-Length: 'Gone'");
	assert_row_rejected("example", "\"HTTP/1.1 404 Not Found\nContent-Length: 4\n\nGone\"",
			    "status.csv:6: example's Content-Length is 4, but its body is 5 bytes with the final line end");
	assert_row_rejected("example", "\"HTTP/1.1 404 Not Found\nContent-Length: four\"",
			    "status.csv:6: example has a Content-Length that is not a number: 'Content-Length: four'");
	assert_row_rejected("example", "\"HTTP/1.1 404 Not Found\n: empty name\"",
			    "status.csv:6: example has a line that is not a header field: ': empty name'");
	/* compare shows the text before the first ';': 40 columns at most, on one line. */
	assert_row_accepted("retry", "\"no, the resource is not at this URI; a longer detail may follow\"");
	assert_row_rejected("retry", "\"no\nmore\"",
			    "status.csv:6: retry is not one line whose text before the first ';' is at most 40 characters: 'no\\x0Amore'");
}

static void test_empty_required_text(void **state)
{
	(void)state;
	for (int c = 0; c < column_count; c++) {
		char expected[100];

		if (columns[c]->type != TYPE_TEXT || !(columns[c]->flags & FIELD_REQUIRED))
			continue;
		snprintf(expected, sizeof expected, "status.csv:6: empty %s", columns[c]->name);
		assert_row_rejected(columns[c]->name, "", expected);
	}
}

static void test_summary_over_80_characters(void **state)
{
	char summary[100];

	(void)state;
	memset(summary, 's', 81);
	summary[81] = '\0';
	assert_row_rejected("summary", summary,
			    "status.csv:6: summary is longer than 80 characters: "
			    "'sssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss'");
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	/* "404,Not Found" is 13 bytes: the bad byte is the 14th. */
	assert_row_rejected("phrase", "Not Found\xff", "status.csv:6: invalid UTF-8 at byte 14 of the line");
	assert_row_rejected("phrase", "Not Found\xc3", "status.csv:6: invalid UTF-8 at byte 14 of the line");
	/* An overlong encoding of '/', and a surrogate. */
	assert_row_rejected("phrase", "Not Found\xc0\xaf", "status.csv:6: invalid UTF-8 at byte 14 of the line");
	assert_row_rejected("phrase", "Not Found\xed\xa0\x80", "status.csv:6: invalid UTF-8 at byte 14 of the line");
	/* The second physical line of a quoted field is line 7. */
	assert_row_rejected("description", "\"One line.\nCaf\xe9.\"",
			    "status.csv:7: invalid UTF-8 at byte 4 of the line");
}

static void test_see_also_unknown_code(void **state)
{
	(void)state;
	assert_row_rejected("see_also", "200;999", "status.csv:6: see_also names '999', which is not a code in the data");
	assert_row_rejected("see_also", "2OO", "status.csv:6: see_also names '2OO', which is not a code in the data");
}

static void test_shared_lookup_key(void **state)
{
	(void)state;
	assert_row_rejected("aliases", "OK",
			    "status.csv:6: lookup key 'ok' is already claimed by 200 OK at line 5");
	assert_row_rejected("aliases", "Con-tinue (a typo)",
			    "status.csv:6: lookup key 'continue' is already claimed by 100 Continue at line 2");
	assert_row_rejected("go", "StatusOK",
			    "status.csv:6: lookup key 'httpstatusok' is already claimed by 200 OK at line 5");
	assert_row_rejected("phrase", "ok",
			    "status.csv:6: lookup key 'ok' is already claimed by 200 OK at line 5");
}

static void test_bad_lists_and_constants(void **state)
{
	(void)state;
	assert_row_rejected("headers", "Location;", "status.csv:6: empty or padded item in headers");
	assert_row_rejected("aliases", "Missing; Gone", "status.csv:6: empty or padded item in aliases");
	assert_row_rejected("python", "NOT-FOUND", "status.csv:6: python constant is not an identifier");
	assert_row_rejected("python", "NOT_FOUND (3.13+", "status.csv:6: python constant is not an identifier");
	assert_row_rejected("python", "NOT_FOUND;", "status.csv:6: empty or padded item in python");
	assert_row_accepted("python", "NOT_FOUND (3.13+);NOTFOUND (before 3.13)");
}

static void test_line_endings_and_encoding_marks(void **state)
{
	char *text = valid_and("");

	(void)state;
	assert_rejects("code,phrase\r\n200,OK\r\n",
		       "status.csv:1: carriage return; lines must end with LF only");
	assert_rejects_made(valid_and("404,Not Found\r\n"),
			    "status.csv:6: carriage return; lines must end with LF only");
	memmove(text + 3, text, strlen(text) + 1);
	memcpy(text, "\xef\xbb\xbf", 3);
	assert_rejects_made(text, "status.csv:1: byte order mark at the start of the file; save it as UTF-8 without BOM");
}

static void test_nul_byte(void **state)
{
	char *text = valid_and("404,Not_Found\n");
	struct outcome outcome;

	(void)state;
	*strchr(text + strlen(text) - 7, '_') = '\0';
	outcome = load_statuses(text, strlen(text + strlen(text) + 1) + strlen(text) + 1);
	assert_string_equal(outcome.first, "status.csv:6: NUL byte");
	assert_int_equal(outcome.errors, 1);
	free(text);
}

static void test_empty_file_and_header_only(void **state)
{
	struct outcome outcome = load_statuses("", 0);

	(void)state;
	assert_string_equal(outcome.first, "status.csv:1: empty file: expected a header row");
	assert_int_equal(outcome.errors, 1);
	assert_rejects("\n\n", "status.csv:1: empty file: expected a header row");
	assert_rejects(header, "status.csv:2: no data rows after the header");
}

static void test_wrong_header(void **state)
{
	char *text = valid_and(""), *summary = strstr(text, ",summary,");
	char expected[100];

	(void)state;
	memcpy(summary, ",summery,", 9);
	snprintf(expected, sizeof expected, "status.csv:1: header column %d is 'summery', expected 'summary'",
		 column_of("summary", 7) + 1);
	assert_rejects_made(text, expected);
	snprintf(expected, sizeof expected, "status.csv:1: header has 3 columns, expected %d", column_count);
	assert_rejects("code,phrase,kind\n200,OK,standard\n", expected);
}

static void test_field_over_the_limit(void **state)
{
	char *value = malloc(CSV_FIELD_MAX + 2);
	char expected[100];

	(void)state;
	assert_non_null(value);
	memset(value, 'y', CSV_FIELD_MAX + 1);
	value[CSV_FIELD_MAX + 1] = '\0';
	snprintf(expected, sizeof expected,
		 "status.csv:6: field %d is %d bytes long, over the limit of %d",
		 column_of("description", 11) + 1, CSV_FIELD_MAX + 1, CSV_FIELD_MAX);
	assert_row_rejected("description", value, expected);
	/* A field of exactly the limit is read. */
	value[CSV_FIELD_MAX] = '\0';
	assert_row_accepted("description", value);
	free(value);
}

/* Each defect is reported, with its own line, and the first one is kept. */
static void test_every_defect_is_counted(void **state)
{
	char *text = valid_and("");
	struct outcome outcome;

	(void)state;
	add_row(text, "code=404|phrase=Not Found|kind=official|origin=RFC|source_note=Note.", NULL, NULL);
	add_row(text, "code=405|phrase=|origin=RFC|cacheable=maybe|source_note=Note.", NULL, NULL);
	outcome = load_statuses(text, strlen(text));
	assert_string_equal(outcome.first, "status.csv:6: unknown kind 'official'");
	assert_int_equal(outcome.errors, 3);
	free(text);
}

/* Trigraphs are C11 syntax: "??!" in a cell is emitted so that it stays three characters. */
static void test_emitted_strings_hold_no_trigraph(void **state)
{
	char *emitted = NULL;
	size_t size;
	FILE *out = open_memstream(&emitted, &size);

	(void)state;
	assert_non_null(out);
	emit_string(out, "Gone?\?! Really?\?/ ok?\?) ?\?\?\"");
	fclose(out);
	assert_string_equal(emitted, "\"Gone?\\?! Really?\\?/ ok?\\?) ?\\?\\?\\\"\"");
	free(emitted);
}

#define CLASSES_HEADER "class,name,aliases,description\n"
#define CLASS_ROWS "1,Informational,info,Interim.\n2,Successful,,Done.\n" \
	"3,Redirection,,\"Go\nelsewhere.\"\n4,Client Error,client;client error,Yours.\n" \
	"5,Server Error,,Ours.\n"

static struct outcome load_classes(const char *text)
{
	struct diag diag = { NULL, 0, "" };
	struct csv_table table;
	struct dataset data = { 0 };
	struct outcome outcome = { 0, "", 0 };
	FILE *in = fmemopen((void *)text, strlen(text), "r");

	assert_non_null(in);
	if (csv_rows_read(in, "classes.csv", &table, &diag) == 0)
		dataset_load_classes(&data, &table, "classes.csv", &diag);
	fclose(in);
	if (diag.errors == 0) {
		assert_string_equal(data.classes[0].name, "Invalid");
		assert_string_equal(data.classes[4].aliases, "client;client error");
		assert_int_equal(data.class_lines[4], 6);
		assert_int_equal(data.class_lines[0], 8);
	}
	outcome.errors = diag.errors;
	memcpy(outcome.first, diag.first, sizeof outcome.first);
	dataset_free(&data);
	csv_table_free(&table);
	return outcome;
}

static void assert_classes(const char *text, const char *expected, int errors)
{
	struct outcome outcome = load_classes(text);

	assert_string_equal(outcome.first, expected);
	assert_int_equal(outcome.errors, errors);
}

static void test_classes(void **state)
{
	(void)state;
	assert_classes(CLASSES_HEADER CLASS_ROWS "other,Invalid,,Outside.\n", "", 0);
	assert_classes(CLASSES_HEADER CLASS_ROWS, "classes.csv:1: class other is missing", 1);
	assert_classes(CLASSES_HEADER CLASS_ROWS "6,Invalid,,Outside.\nother,Invalid,,Outside.\n",
		       "classes.csv:8: unknown class '6'; expected 1 to 5 or other", 1);
	assert_classes(CLASSES_HEADER CLASS_ROWS "1,Again,,Again.\nother,Invalid,,Outside.\n",
		       "classes.csv:8: class '1' given twice", 1);
	assert_classes(CLASSES_HEADER CLASS_ROWS "other,,,Outside.\n", "classes.csv:8: empty name", 1);
	/* The short row is skipped, so class other is missing as well. */
	assert_classes(CLASSES_HEADER CLASS_ROWS "other,Invalid,Outside.\n",
		       "classes.csv:8: expected 4 fields, found 3", 2);
	assert_classes("class,name,description\n" CLASS_ROWS,
		       "classes.csv:1: header has 3 columns, expected 4", 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_file),
		cmocka_unit_test(test_valid_variations),
		cmocka_unit_test(test_wrong_column_count),
		cmocka_unit_test(test_unterminated_quote),
		cmocka_unit_test(test_malformed_quoting),
		cmocka_unit_test(test_code_not_three_digits),
		cmocka_unit_test(test_reports_quote_cells),
		cmocka_unit_test(test_duplicate_code),
		cmocka_unit_test(test_out_of_order),
		cmocka_unit_test(test_sources),
		cmocka_unit_test(test_no_response_code),
		cmocka_unit_test(test_shared_names),
		cmocka_unit_test(test_unknown_words),
		cmocka_unit_test(test_redirect_and_method),
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_empty_required_text),
		cmocka_unit_test(test_summary_over_80_characters),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_see_also_unknown_code),
		cmocka_unit_test(test_shared_lookup_key),
		cmocka_unit_test(test_bad_lists_and_constants),
		cmocka_unit_test(test_line_endings_and_encoding_marks),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_empty_file_and_header_only),
		cmocka_unit_test(test_wrong_header),
		cmocka_unit_test(test_field_over_the_limit),
		cmocka_unit_test(test_every_defect_is_counted),
		cmocka_unit_test(test_classes),
		cmocka_unit_test(test_emitted_strings_hold_no_trigraph),
	};

	return cmocka_run_group_tests(tests, setup_columns, NULL);
}
