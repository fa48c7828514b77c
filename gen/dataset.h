/* The validated contents of data/status.csv and data/classes.csv. */
#ifndef DATASET_H
#define DATASET_H

#include <stdbool.h>
#include <stddef.h>

#include "core/name.h"
#include "core/status.h"
#include "core/substatus.h"
#include "csv_rows.h"
#include "diag.h"

/* A one-line text (a summary, a reason): at most this many columns. */
#define SHORT_COLUMNS_MAX 80

/* One lookup key and the row that claims it. */
struct gen_key {
	char key[NAME_KEY_BUFFER];
	size_t row;
};

struct dataset {
	size_t status_count;
	struct status *statuses;	/* the strings point into the csv_table */
	size_t *lines;			/* the line each status starts on */
	struct status_class classes[STATUS_CLASS_COUNT];	/* by digit; 0 is "other" */
	size_t class_lines[STATUS_CLASS_COUNT];		/* the line each is on; 0 while missing */
	size_t key_count;
	struct gen_key *keys;		/* sorted by key */
	size_t substatus_count;
	struct substatus *substatuses;	/* sorted by code, then sub-status */
	const char *manual_date;	/* the .Dd date of httpstatus-codes(7) */
};

int dataset_load_statuses(struct dataset *data, const struct csv_table *table,
			  const char *path, struct diag *diag);
int dataset_load_classes(struct dataset *data, const struct csv_table *table,
			 const char *path, struct diag *diag);
int dataset_load_substatuses(struct dataset *data, const struct csv_table *table,
			     const char *path, struct diag *diag);
void dataset_free(struct dataset *data);
int dataset_check_shape(const struct csv_table *table, const char *path, const char *const *columns,
			size_t count, struct diag *diag);
int dataset_row_of(const struct dataset *data, int code);

#endif
