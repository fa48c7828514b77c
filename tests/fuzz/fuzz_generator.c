/*
 * libFuzzer harness: the generator's CSV reading and validation of status
 * rows. The input holds rows only: the harness puts today's header, built
 * from the schema, in front of it, so every input reaches the row checks.
 * With FUZZ_SHOW_ACCEPTED set it says so on stderr for each input the
 * generator accepts, so run.sh can tell that the seeds still pass.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../gen/csv_rows.h"
#include "../../gen/dataset.h"
#include "core/schema.h"

static char header[4096];
static size_t header_length;

static void header_build(void)
{
	for (int f = 0; f < FIELD_COUNT; f++)
		if (schema_is_column(&schema_fields[f]))
			header_length += (size_t)snprintf(header + header_length, sizeof header - header_length,
							  "%s%s", header_length == 0 ? "" : ",", schema_fields[f].name);
	header[header_length++] = '\n';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *show_accepted;
	struct diag diag = { NULL, 0, "" };
	struct csv_table table;
	struct dataset dataset = { 0 };
	char *text;
	FILE *in;

	if (header_length == 0) {
		header_build();
		show_accepted = getenv("FUZZ_SHOW_ACCEPTED");
	}
	text = malloc(header_length + size);
	if (text == NULL)
		return 0;
	memcpy(text, header, header_length);
	memcpy(text + header_length, data, size);
	in = fmemopen(text, header_length + size, "r");
	if (in == NULL) {
		free(text);
		return 0;
	}
	if (csv_rows_read(in, "fuzz.csv", &table, &diag) == 0) {
		if (dataset_load_statuses(&dataset, &table, "fuzz.csv", &diag) == 0 && show_accepted != NULL)
			fputs("fuzz_generator: accepted\n", stderr);
		dataset_free(&dataset);
	}
	csv_table_free(&table);
	fclose(in);
	free(text);
	return 0;
}
