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

#define HEADER "code,phrase,kind,origin,summary,description,notes,headers,cacheable,body," \
	"redirect,method,aliases,see_also,source,source_note,mdn,retry,example,python,go,rust,java,dotnet," \
	"javascript,php,starlette,aspnet,rails,spring,javase\n"

/* Lines 2 to 4: one row whose quoted description spans three physical lines. */
#define CONTINUE_ROW "100,Continue,standard,\"RFC 9110, Section 15.2.1\"," \
	"Go on and send the content,\"First paragraph.\n\nSecond paragraph.\"," \
	"Send it only after Expect.,Expect,no,forbidden,,,,," \
	"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1,,,no need,,CONTINUE,StatusContinue," \
	"CONTINUE,SC_CONTINUE,Continue,,,,,,,\n"

/* Line 5. */
#define OK_ROW "200,OK,standard,\"RFC 9110, Section 15.3.1\",The request succeeded," \
	"The request succeeded.,The usual answer.,,yes,allowed,,,,100," \
	"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1,,,no need,,OK,StatusOK,OK,SC_OK,OK,,,,,,,\n"

/* The file every case starts from: a header and two valid rows over four lines. */
#define VALID HEADER CONTINUE_ROW OK_ROW

enum column {
	CODE, PHRASE, KIND, ORIGIN, SUMMARY, DESCRIPTION, NOTES, HEADERS, CACHEABLE,
	BODY, REDIRECT, METHOD, ALIASES, SEE_ALSO, SOURCE, SOURCE_NOTE, MDN, RETRY, EXAMPLE, PYTHON, GO,
	RUST,
	JAVA, DOTNET, JAVASCRIPT, PHP, STARLETTE, ASPNET, RAILS, SPRING, JAVASE, COLUMN_COUNT,
};

/* The row each case spoils in one column, as line 6. */
static const char *const not_found[COLUMN_COUNT] = {
	"404", "Not Found", "standard", "\"RFC 9110, Section 15.5.5\"",
	"Nothing is at the target URI", "The server has nothing there.", "Check the URI.",
	"", "yes", "allowed", "", "", "", "", "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5",
	"", "", "no: not there", "", "NOT_FOUND", "StatusNotFound", "NOT_FOUND", "SC_NOT_FOUND", "NotFound",
	"NOT_FOUND", "HTTP_NOT_FOUND", "HTTP_404_NOT_FOUND", "Status404NotFound", "not_found",
	"NOT_FOUND", "HTTP_NOT_FOUND",
};

/* Returns VALID followed by the 404 row with column set to value; free it. */
static char *valid_and_row(enum column column, const char *value)
{
	size_t size = sizeof VALID + strlen(value) + 1;
	char *text;

	for (int c = 0; c < COLUMN_COUNT; c++)
		size += strlen(not_found[c]) + 1;
	text = malloc(size);
	assert_non_null(text);
	strcpy(text, VALID);
	for (int c = 0; c < COLUMN_COUNT; c++) {
		strcat(text, c == (int)column ? value : not_found[c]);
		strcat(text, c + 1 < COLUMN_COUNT ? "," : "\n");
	}
	return text;
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

static void assert_row_rejected(enum column column, const char *value, const char *expected)
{
	char *text = valid_and_row(column, value);

	assert_rejects(text, expected);
	free(text);
}

static void assert_accepts(const char *text, size_t rows)
{
	struct outcome outcome = load_statuses(text, strlen(text));

	assert_string_equal(outcome.first, "");
	assert_int_equal(outcome.errors, 0);
	assert_int_equal(outcome.status_count, rows);
}

static void assert_row_accepted(enum column column, const char *value)
{
	char *text = valid_and_row(column, value);

	assert_accepts(text, 3);
	free(text);
}

static void test_valid_file(void **state)
{
	struct diag diag = { NULL, 0, "" };
	struct csv_table table;
	struct dataset data = { 0 };
	FILE *in = fmemopen((void *)VALID, strlen(VALID), "r");

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
	assert_string_equal(data.statuses[1].constant[ECOSYSTEM_GO], "StatusOK");
	/* Each row has its phrase and its qualified constants, HTTPStatus.OK and
	 * http.StatusOK giving one key. */
	assert_string_equal(data.keys[0].key, "continue");
	assert_int_equal(data.keys[0].row, 0);
	for (size_t i = 1; i < data.key_count; i++)
		assert_true(strcmp(data.keys[i - 1].key, data.keys[i].key) < 0);
	assert_int_equal(data.key_count, 10);
	dataset_free(&data);
	csv_table_free(&table);
}

static void test_valid_variations(void **state)
{
	char summary[200];

	(void)state;
	/* A vendor's further meaning of a code: unofficial, with its own origin. */
	assert_accepts(VALID "200,Fine,unofficial,Some vendor,Fine,Fine.,Fine.,,yes,allowed,,,,,,Note.,,no need,,,,,,,,,,,,,\n", 3);
	/* 80 columns exactly, in 100 bytes: a code point is one column. */
	strcpy(summary, "");
	for (int i = 0; i < 20; i++)
		strcat(summary, "\xc3\xa9");
	for (int i = 0; i < 60; i++)
		strcat(summary, "s");
	assert_row_accepted(SUMMARY, summary);
	assert_row_accepted(ALIASES, "Missing (an old name);Gone Missing");
	assert_row_accepted(SEE_ALSO, "100;200");
	assert_row_accepted(CODE, "999");
}

static void test_wrong_column_count(void **state)
{
	(void)state;
	assert_row_rejected(JAVASE, "HTTP_NOT_FOUND,extra", "status.csv:6: expected 31 fields, found 32");
	assert_rejects(VALID "404,Not Found\n", "status.csv:6: expected 31 fields, found 2");
}

static void test_unterminated_quote(void **state)
{
	char *text = valid_and_row(DESCRIPTION, "\"The server has nothing there.");

	(void)state;
	/* The quote opened on line 6 runs to the end of the file. */
	text = realloc(text, strlen(text) + 32);
	assert_non_null(text);
	strcat(text, "More text\n\nto the end.\n");
	assert_rejects(text, "status.csv:6: unterminated quoted field starting on this line");
	free(text);
	/* A row that starts on line 6 with a field quoted to line 7, then opens a quote there. */
	assert_rejects(VALID "404,\"Not\nFound\",standard,\"RFC 9110\nSection 15.5.5\n",
		       "status.csv:7: unterminated quoted field starting on this line");
	assert_rejects(VALID "404,Not Found,\"standard\n",
		       "status.csv:6: unterminated quoted field starting on this line");
}

static void test_malformed_quoting(void **state)
{
	(void)state;
	assert_row_rejected(PHRASE, "Not \"Found\"",
			    "status.csv:6: malformed quoting (a quote inside an unquoted field, or text after a closing quote)");
}

static void test_code_not_three_digits(void **state)
{
	(void)state;
	assert_row_rejected(CODE, "4040", "status.csv:6: code '4040' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected(CODE, "40", "status.csv:6: code '40' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected(CODE, "044", "status.csv:6: code '044' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected(CODE, "4o4", "status.csv:6: code '4o4' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected(CODE, "", "status.csv:6: code '' is not three digits from 100 to 999, 000 or 009");
	/* 009 is nginx's HTTP/0.9 entry; its neighbours stay no codes. */
	assert_row_rejected(CODE, "019", "status.csv:6: code '019' is not three digits from 100 to 999, 000 or 009");
	assert_row_rejected(CODE, "9", "status.csv:6: code '9' is not three digits from 100 to 999, 000 or 009");
}

static void test_duplicate_code(void **state)
{
	(void)state;
	assert_rejects(VALID "200,Okay,standard,Somewhere,Fine,Fine.,Fine.,,yes,allowed,,,,,,Note.,,no need,,,,,,,,,,,,,\n",
		       "status.csv:6: duplicate code 200 (first at line 5); a further meaning must be unofficial with its own origin");
	/* A further meaning with the same origin as the first is a duplicate too. */
	assert_rejects(VALID "200,Okay,unofficial,\"RFC 9110, Section 15.3.1\",Fine,Fine.,Fine.,,yes,allowed,,,,,"
		       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1,,,no need,,,,,,,,,,,,,\n",
		       "status.csv:6: duplicate code 200 (first at line 5); a further meaning must be unofficial with its own origin");
}

/* Where the facts come from: a source or a note; an RFC origin's own section; MDN for registered codes. */
static void test_sources(void **state)
{
	(void)state;
	assert_row_rejected(SOURCE, "", "status.csv:6: no source and no source_note: say where the facts come from");
	assert_row_rejected(SOURCE, "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4",
			    "status.csv:6: source 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4' does not link to the origin, RFC 9110, Section 15.5.5 (expected https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5)");
	assert_row_rejected(SOURCE, "https://www.rfc-editor.org/rfc/rfc9111.html#section-15.5.5",
			    "status.csv:6: source 'https://www.rfc-editor.org/rfc/rfc9111.html#section-15.5.5' does not link to the origin, RFC 9110, Section 15.5.5 (expected https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5)");
	assert_row_rejected(MDN, "http://developer.mozilla.org/",
			    "status.csv:6: mdn 'http://developer.mozilla.org/' is not an https:// URL");
	assert_row_rejected(MDN, "https://developer.mozilla.org/a b",
			    "status.csv:6: mdn 'https://developer.mozilla.org/a b' is not an https:// URL");
	assert_row_accepted(MDN, "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404");
	assert_row_accepted(SOURCE_NOTE, "Also in the registry.");
	/* A vendor row: a note alone will do, and MDN is not for it. */
	assert_accepts(VALID "200,Fine,unofficial,Some vendor,Fine,Fine.,Fine.,,yes,allowed,,,,,,"
		       "No vendor document; known from third-party lists.,,no need,,,,,,,,,,,,,\n", 3);
	assert_rejects(VALID "200,Fine,unofficial,Some vendor,Fine,Fine.,Fine.,,yes,allowed,,,,,"
		       "https://example.com/,,https://developer.mozilla.org/x,no need,,,,,,,,,,,,,\n",
		       "status.csv:6: mdn 'https://developer.mozilla.org/x' is for registered codes only");
}

/* 000 is the data's row for "no response"; 0 is how a browser writes it, not a CSV code. */
static void test_no_response_code(void **state)
{
	(void)state;
	assert_accepts("code,phrase,kind,origin,summary,description,notes,headers,cacheable,body,"
		       "redirect,method,aliases,see_also,source,source_note,mdn,retry,example,python,go,rust,java,dotnet,"
		       "javascript,php,starlette,aspnet,rails,spring,javase\n"
		       "000,No HTTP Response,pseudo,curl,None,None.,None.,,no,forbidden,,,,,https://curl.se/,,"
		       ",no need,,,,,,,,,,,,,\n" CONTINUE_ROW OK_ROW, 3);
	assert_row_rejected(CODE, "0", "status.csv:6: code '0' is not three digits from 100 to 999, 000 or 009");
	assert_accepts("code,phrase,kind,origin,summary,description,notes,headers,cacheable,body,"
		       "redirect,method,aliases,see_also,source,source_note,mdn,retry,example,python,go,rust,java,dotnet,"
		       "javascript,php,starlette,aspnet,rails,spring,javase\n"
		       "009,HTTP 0.9 Request,pseudo,nginx,None,None.,None.,,no,allowed,,,,,https://nginx.org/,,"
		       ",no need,,,,,,,,,,,,,\n" CONTINUE_ROW OK_ROW, 3);
}

/* Rows of one code may share a name; rows of different codes may not. */
static void test_shared_names(void **state)
{
	(void)state;
	assert_accepts(VALID "200,OK,unofficial,Some vendor,Fine,Fine.,Fine.,,yes,allowed,,,,,,Note.,"
		       ",no need,,,,,,,,,,,,,\n", 3);
	assert_row_rejected(ALIASES, "OK", "status.csv:6: lookup key 'ok' is already claimed by 200 OK at line 5");
	/* Python's HTTPStatus.X and Spring's HttpStatus.X are one key, on one row. */
	assert_row_accepted(SPRING, "NOT_FOUND");
	assert_row_accepted(RAILS, "not_found");
}

static void test_out_of_order(void **state)
{
	(void)state;
	assert_row_rejected(CODE, "150", "status.csv:6: code 150 is out of order after 200; sort rows by code");
}

static void test_unknown_words(void **state)
{
	(void)state;
	assert_row_rejected(KIND, "official", "status.csv:6: unknown kind 'official'");
	assert_row_rejected(KIND, "Standard", "status.csv:6: unknown kind 'Standard'");
	assert_row_rejected(CACHEABLE, "maybe", "status.csv:6: unknown cacheable value 'maybe'");
	assert_row_rejected(CACHEABLE, "", "status.csv:6: unknown cacheable value ''");
	assert_row_accepted(CACHEABLE, "never");
	assert_row_rejected(BODY, "optional", "status.csv:6: unknown body value 'optional'");
	assert_row_rejected(REDIRECT, "forever", "status.csv:6: unknown redirect 'forever'");
	assert_row_rejected(METHOD, "post", "status.csv:6: unknown method 'post'");
}

static void test_redirect_and_method(void **state)
{
	(void)state;
	assert_row_rejected(REDIRECT, "permanent", "status.csv:6: redirect and method must be given together");
	assert_rejects(VALID "301,Moved Permanently,standard,RFC,Moved,Moved.,Moved.,Location,yes,allowed,permanent,post-to-get,,,,Note.,,no need,,,,,,,,,,,,,\n"
		       "404,Not Found,standard,RFC,Gone,Gone.,Gone.,,yes,allowed,temporary,keep,,,,Note.,,no need,,,,,,,,,,,,,\n",
		       "status.csv:7: redirect and method are for 3xx codes only");
}

/* An example response: heads whose first status line is the row's, and a body its Content-Length counts. */
static void test_examples(void **state)
{
	(void)state;
	assert_row_accepted(EXAMPLE, "\"HTTP/1.1 404 Not Found\nContent-Type: text/plain\nContent-Length: 5\n\nGone\"");
	assert_row_accepted(EXAMPLE, "HTTP/2 404");
	assert_row_rejected(EXAMPLE, "HTTP/1.1 410 Gone",
			    "status.csv:6: example's status line 'HTTP/1.1 410 Gone' is not code 404");
	assert_row_rejected(EXAMPLE, "404 Not Found",
			    "status.csv:6: example does not start with a status line: '404 Not Found'");
	assert_row_rejected(EXAMPLE, "\"HTTP/1.1 404 Not Found\n\"",
			    "status.csv:6: example ends with a line end: '\\n'");
	assert_row_rejected(EXAMPLE, "\"HTTP/1.1 404 Not Found\n\nGone\"",
			    "status.csv:6: example has a body but no Content-Length: 'Gone'");
	assert_row_rejected(EXAMPLE, "\"HTTP/1.1 404 Not Found\nContent-Length: 4\n\nGone\"",
			    "status.csv:6: example's Content-Length is 4, but its body is 5 bytes with the final line end");
	assert_row_rejected(EXAMPLE, "\"HTTP/1.1 404 Not Found\nContent-Length: four\"",
			    "status.csv:6: example has a Content-Length that is not a number: 'Content-Length: four'");
	assert_row_rejected(EXAMPLE, "\"HTTP/1.1 404 Not Found\n: empty name\"",
			    "status.csv:6: example has a line that is not a header field: ': empty name'");
	/* compare shows the text before the first ';': 40 columns at most, on one line. */
	assert_row_accepted(RETRY, "\"no, the resource is not at this URI; a longer detail may follow\"");
	assert_row_rejected(RETRY, "", "status.csv:6: empty retry");
	assert_row_rejected(RETRY, "\"no\nmore\"",
			    "status.csv:6: retry is not one line whose text before the first ';' is at most 40 characters: 'no\nmore'");
}

static void test_empty_required_text(void **state)
{
	(void)state;
	assert_row_rejected(PHRASE, "", "status.csv:6: empty phrase");
	assert_row_rejected(ORIGIN, "", "status.csv:6: empty origin");
	assert_row_rejected(SUMMARY, "", "status.csv:6: empty summary");
	assert_row_rejected(DESCRIPTION, "", "status.csv:6: empty description");
	assert_row_rejected(NOTES, "", "status.csv:6: empty notes");
}

static void test_summary_over_80_characters(void **state)
{
	char summary[100];

	(void)state;
	memset(summary, 's', 81);
	summary[81] = '\0';
	assert_row_rejected(SUMMARY, summary,
			    "status.csv:6: summary is longer than 80 characters: "
			    "'sssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss'");
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	/* "404,Not Found" is 13 bytes: the bad byte is the 14th. */
	assert_row_rejected(PHRASE, "Not Found\xff", "status.csv:6: invalid UTF-8 at byte 14 of the line");
	assert_row_rejected(PHRASE, "Not Found\xc3", "status.csv:6: invalid UTF-8 at byte 14 of the line");
	/* An overlong encoding of '/', and a surrogate. */
	assert_row_rejected(PHRASE, "Not Found\xc0\xaf", "status.csv:6: invalid UTF-8 at byte 14 of the line");
	assert_row_rejected(PHRASE, "Not Found\xed\xa0\x80", "status.csv:6: invalid UTF-8 at byte 14 of the line");
	/* The second physical line of a quoted field is line 7. */
	assert_row_rejected(DESCRIPTION, "\"One line.\nCaf\xe9.\"",
			    "status.csv:7: invalid UTF-8 at byte 4 of the line");
}

static void test_see_also_unknown_code(void **state)
{
	(void)state;
	assert_row_rejected(SEE_ALSO, "200;999", "status.csv:6: see_also names '999', which is not a code in the data");
	assert_row_rejected(SEE_ALSO, "2OO", "status.csv:6: see_also names '2OO', which is not a code in the data");
}

static void test_shared_lookup_key(void **state)
{
	(void)state;
	assert_row_rejected(ALIASES, "OK",
			    "status.csv:6: lookup key 'ok' is already claimed by 200 OK at line 5");
	assert_row_rejected(ALIASES, "Con-tinue (a typo)",
			    "status.csv:6: lookup key 'continue' is already claimed by 100 Continue at line 2");
	assert_row_rejected(GO, "StatusOK",
			    "status.csv:6: lookup key 'httpstatusok' is already claimed by 200 OK at line 5");
	assert_row_rejected(PHRASE, "ok",
			    "status.csv:6: lookup key 'ok' is already claimed by 200 OK at line 5");
}

static void test_bad_lists_and_constants(void **state)
{
	(void)state;
	assert_row_rejected(HEADERS, "Location;", "status.csv:6: empty or padded item in headers");
	assert_row_rejected(ALIASES, "Missing; Gone", "status.csv:6: empty or padded item in aliases");
	assert_row_rejected(PYTHON, "NOT-FOUND", "status.csv:6: python constant is not an identifier");
	assert_row_rejected(PYTHON, "NOT_FOUND (3.13+", "status.csv:6: python constant is not an identifier");
	assert_row_rejected(PYTHON, "NOT_FOUND;", "status.csv:6: empty or padded item in python");
	assert_row_accepted(PYTHON, "NOT_FOUND (3.13+);NOTFOUND (before 3.13)");
}

static void test_line_endings_and_encoding_marks(void **state)
{
	(void)state;
	assert_rejects("code,phrase\r\n200,OK\r\n",
		       "status.csv:1: carriage return; lines must end with LF only");
	assert_rejects(VALID "404,Not Found\r\n",
		       "status.csv:6: carriage return; lines must end with LF only");
	assert_rejects("\xef\xbb\xbf" VALID,
		       "status.csv:1: byte order mark at the start of the file; save it as UTF-8 without BOM");
}

static void test_nul_byte(void **state)
{
	static const char text[] = VALID "404,Not\0Found\n";
	struct outcome outcome = load_statuses(text, sizeof text - 1);

	(void)state;
	assert_string_equal(outcome.first, "status.csv:6: NUL byte");
	assert_int_equal(outcome.errors, 1);
}

static void test_empty_file_and_header_only(void **state)
{
	struct outcome outcome = load_statuses("", 0);

	(void)state;
	assert_string_equal(outcome.first, "status.csv:1: empty file: expected a header row");
	assert_int_equal(outcome.errors, 1);
	assert_rejects("\n\n", "status.csv:1: empty file: expected a header row");
	assert_rejects(HEADER, "status.csv:2: no data rows after the header");
}

static void test_wrong_header(void **state)
{
	(void)state;
	assert_rejects("code,phrase,kind,origin,summery,description,notes,headers,cacheable,body,"
		       "redirect,method,aliases,see_also,source,source_note,mdn,retry,example,python,go,rust,java,dotnet," \
	"javascript,php,starlette,aspnet,rails,spring,javase\n" OK_ROW,
		       "status.csv:1: header column 5 is 'summery', expected 'summary'");
	assert_rejects("code,phrase,kind\n" OK_ROW, "status.csv:1: header has 3 columns, expected 31");
}

static void test_field_over_the_limit(void **state)
{
	char *value = malloc(CSV_FIELD_MAX + 2);
	char *text;
	char expected[100];

	(void)state;
	assert_non_null(value);
	memset(value, 'y', CSV_FIELD_MAX + 1);
	value[CSV_FIELD_MAX + 1] = '\0';
	text = valid_and_row(DESCRIPTION, value);
	snprintf(expected, sizeof expected,
		 "status.csv:6: field 6 is %d bytes long, over the limit of %d",
		 CSV_FIELD_MAX + 1, CSV_FIELD_MAX);
	assert_rejects(text, expected);
	free(text);
	/* A field of exactly the limit is read. */
	value[CSV_FIELD_MAX] = '\0';
	assert_row_accepted(DESCRIPTION, value);
	free(value);
}

/* Each defect is reported, with its own line, and the first one is kept. */
static void test_every_defect_is_counted(void **state)
{
	struct outcome outcome;
	const char *text = VALID
		"404,Not Found,official,RFC,Gone,Gone.,Gone.,,yes,allowed,,,,,,Note.,,no need,,,,,,,,,,,,,\n"
		"405,,standard,RFC,Gone,Gone.,Gone.,,maybe,allowed,,,,,,Note.,,no need,,,,,,,,,,,,,\n";

	(void)state;
	outcome = load_statuses(text, strlen(text));
	assert_string_equal(outcome.first, "status.csv:6: unknown kind 'official'");
	assert_int_equal(outcome.errors, 3);
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
		assert_int_equal(data.classes[4].line, 6);
		assert_int_equal(data.classes[0].line, 8);
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
