/* Reading a CSV file into rows of fields, each row with its line number. */
#ifndef CSV_ROWS_H
#define CSV_ROWS_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

/* A field may not be longer than this: no honest cell comes near it. */
#define CSV_FIELD_MAX 65536

/* A file's columns are an X-macro list of COLUMN(ID, name): these give their positions and header. */
#define CSV_COLUMN_POSITION(ID, name) ID,
#define CSV_COLUMN_NAME(ID, name) #name,

struct csv_row {
	size_t line;		/* the line the row starts on */
	size_t field_count;
	char **fields;		/* NUL-terminated copies */
};

struct csv_table {
	size_t row_count;
	struct csv_row *rows;
};

int csv_rows_read(FILE *in, const char *path, struct csv_table *table,
		  struct diag *diag);
void csv_table_free(struct csv_table *table);

#endif
