/*
 * Proves that a column costs one schema line: this test's generator is built
 * with tests/unit/schema_column.def, one FIELD line for a "reviewed" column
 * after the computed fields, and must then read, check and emit that column, and reject a file
 * that lacks it.
 */
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

#define HEADER "code,phrase,kind,origin,summary,description,notes,headers,cacheable,body," \
	"redirect,method,aliases,see_also,source,source_note,mdn,retry,example,reviewed,python,go,rust,java,dotnet," \
	"javascript,php,starlette,aspnet,rails,spring,javase\n"
#define OK_ROW "200,OK,standard,\"RFC 9110, Section 15.3.1\",The request succeeded," \
	"The request succeeded.,The usual answer.,,yes,allowed,,,,," \
	"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1,,,no need: it succeeded,,Our reading of RFC 9110," \
	"OK (3.13+);OKAY (before 3.13),StatusOK,OK,SC_OK,OK,,,,,,,\n"

static int load(const char *text, struct dataset *data, struct diag *diag)
{
	struct csv_table table;
	FILE *in = fmemopen((void *)text, strlen(text), "r");
	int result;

	assert_non_null(in);
	assert_int_equal(csv_rows_read(in, "status.csv", &table, diag), 0);
	fclose(in);
	result = dataset_load_statuses(data, &table, "status.csv", diag);
	/* The records point into the table: emit before freeing it. */
	if (result == 0) {
		char *emitted = NULL;
		size_t size = 0;
		FILE *out = open_memstream(&emitted, &size);

		for (int digit = 0; digit < STATUS_CLASS_COUNT; digit++)
			data->classes[digit] = (struct gen_class){ 1, "Class", "", "A class." };
		emit_table(out, data);
		fclose(out);
		assert_non_null(strstr(emitted, "\t  .reviewed = \"Our reading of RFC 9110\",\n"));
		/* A constant cell's first name, without its note, is the record's constant. */
		assert_non_null(strstr(emitted, "/* python */ = \"OK\",\n"));
		free(emitted);
	}
	csv_table_free(&table);
	return result;
}

static void test_new_column_is_read_and_emitted(void **state)
{
	struct diag diag = { NULL, 0, "" };
	struct dataset data = { 0 };
	int field = schema_field_by_name("reviewed");

	(void)state;
	assert_int_not_equal(field, FIELD_NONE);
	assert_int_equal(schema_fields[field].type, TYPE_TEXT);
	assert_int_equal(load(HEADER OK_ROW, &data, &diag), 0);
	assert_int_equal(diag.errors, 0);
	assert_int_equal(data.status_count, 1);
	/* Every name of a constant cell is a lookup key: here HTTPStatus.OKAY too. */
	assert_int_equal(data.key_count, 6);
	assert_string_equal(data.keys[3].key, "httpstatusokay");
	dataset_free(&data);
}

static void test_file_without_the_column_is_rejected(void **state)
{
	struct diag diag = { NULL, 0, "" };
	struct dataset data = { 0 };

	(void)state;
	assert_int_equal(load("code,phrase,kind,origin,summary,description,notes,headers,cacheable,"
			      "body,redirect,method,aliases,see_also,source,source_note,mdn,retry,example,python,go,"
			      "rust,java,dotnet,javascript,php,starlette,aspnet,rails,spring,javase\n"
			      "200,OK,standard,RFC,Fine,Fine.,Fine.,,yes,allowed,,,,,,Note.,,no need,,OK,,,,,,,,,,,\n",
			      &data, &diag), -1);
	assert_string_equal(diag.first, "status.csv:1: header has 31 columns, expected 32");
	dataset_free(&data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_column_is_read_and_emitted),
		cmocka_unit_test(test_file_without_the_column_is_rejected),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
