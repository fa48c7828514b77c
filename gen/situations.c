/*
 * Tying the checked rows of data/situations.csv to status rows
 * (situations.h). An empty origin names the code's first meaning, any
 * other the vendor row with that origin, as gen/guides.c checks.
 */
#include <stdlib.h>
#include <string.h>

#include "core/code.h"
#include "situations.h"

/* The row of code whose origin is origin, or its first row for ""; -1 for none. */
long situation_row(const struct dataset *data, int code, const char *origin)
{
	for (size_t i = 0; i < data->status_count; i++) {
		const struct status *status = &data->statuses[i];

		if (status->code == code && (origin[0] == '\0' || strcmp(status->origin, origin) == 0))
			return (long)i;
	}
	return -1;
}

static int compare_situations(const void *a, const void *b)
{
	const struct gen_situation *left = a, *right = b;

	if (left->row != right->row)
		return (left->row > right->row) - (left->row < right->row);
	return (left->order > right->order) - (left->order < right->order);
}

/* Fills situations from table, header first, whose rows gen/guides.c has checked. */
void situations_tie(struct situations *situations, const struct csv_table *table,
		    const struct dataset *data)
{
	situations->count = 0;
	situations->items = diag_check_alloc(calloc(table->row_count + 1, sizeof *situations->items));
	for (size_t r = 1; r < table->row_count; r++) {
		char **f = table->rows[r].fields;
		int code = code_parse(f[SITUATION_CODE], strlen(f[SITUATION_CODE]));
		long row = code < 0 ? -1 : situation_row(data, code, f[SITUATION_ORIGIN]);

		if (row >= 0)
			situations->items[situations->count++] = (struct gen_situation){
				(size_t)row, f[SITUATION_TEXT], f[SITUATION_ALTERNATIVES], f[SITUATION_SOURCE], r };
	}
	qsort(situations->items, situations->count, sizeof *situations->items, compare_situations);
}

void situations_free(struct situations *situations)
{
	free(situations->items);
	situations->items = NULL;
	situations->count = 0;
}
