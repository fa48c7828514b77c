/* libFuzzer harness: the generator's CSV reading and validation of status rows. */
#include <stdint.h>
#include <stdio.h>

#include "../../gen/csv_rows.h"
#include "../../gen/dataset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag diag = { NULL, 0, "" };
	struct csv_table table;
	struct dataset dataset = { 0 };
	FILE *in;

	if (size == 0)
		return 0;
	in = fmemopen((void *)data, size, "r");
	if (in == NULL)
		return 0;
	if (csv_rows_read(in, "fuzz.csv", &table, &diag) == 0) {
		dataset_load_statuses(&dataset, &table, "fuzz.csv", &diag);
		dataset_free(&dataset);
	}
	csv_table_free(&table);
	fclose(in);
	return 0;
}
