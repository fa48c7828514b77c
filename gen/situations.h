/*
 * The rows of data/situations.csv, which gen/guides.c reads and checks,
 * tied to the status row each leads to, for the search index.
 */
#ifndef SITUATIONS_H
#define SITUATIONS_H

#include "csv_rows.h"
#include "dataset.h"

/* The columns of data/situations.csv, stated once: their names and their positions. */
#define SITUATION_COLUMNS(COLUMN) COLUMN(SITUATION_CODE, code) COLUMN(SITUATION_ORIGIN, origin) \
	COLUMN(SITUATION_TEXT, situation) COLUMN(SITUATION_ALTERNATIVES, alternatives) COLUMN(SITUATION_SOURCE, source)
enum { SITUATION_COLUMNS(CSV_COLUMN_POSITION) };

struct gen_situation {
	size_t row;			/* the status row the situation leads to */
	const char *text;
	const char *alternatives;
	const char *source;
	size_t order;			/* its place in the file */
};

struct situations {
	size_t count;
	struct gen_situation *items;	/* sorted by row, then as in the file */
};

long situation_row(const struct dataset *data, int code, const char *origin);
void situations_tie(struct situations *situations, const struct csv_table *table,
		    const struct dataset *data);
void situations_free(struct situations *situations);

#endif
