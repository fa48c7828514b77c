/* The validated contents of data/status.csv and data/classes.csv. */
#ifndef DATASET_H
#define DATASET_H

#include <stdbool.h>
#include <stddef.h>

#include "core/name.h"
#include "core/status.h"
#include "csv_rows.h"
#include "diag.h"

/* One row of status.csv; the strings point into the csv_table it came from. */
struct gen_status {
	size_t line;
	int code;
	enum status_kind kind;
	enum status_redirect redirect;
	enum status_method method;
	bool cacheable;
	bool body_allowed;
	const char *phrase;
	const char *origin;
	const char *summary;
	const char *description;
	const char *notes;
	const char *headers;
	const char *aliases;
	const char *see_also;
	const char *constant[ECOSYSTEM_COUNT];
};

struct gen_class {
	size_t line;
	const char *name;
	const char *aliases;
	const char *description;
};

/* One lookup key and the row that claims it. */
struct gen_key {
	char key[NAME_KEY_BUFFER];
	size_t row;
};

struct dataset {
	size_t status_count;
	struct gen_status *statuses;
	struct gen_class classes[STATUS_CLASS_COUNT];	/* by digit; 0 is "other" */
	size_t key_count;
	struct gen_key *keys;		/* sorted by key */
};

int dataset_load_statuses(struct dataset *data, const struct csv_table *table,
			  const char *path, struct diag *diag);
int dataset_load_classes(struct dataset *data, const struct csv_table *table,
			 const char *path, struct diag *diag);
void dataset_free(struct dataset *data);

#endif
