/*
 * The guides: data/advice.csv, data/choose.csv, data/synonyms.csv,
 * data/spellings.csv and data/situations.csv, checked against the status
 * data and written as build/generated/guides_data.c, with the lookup keys
 * for suggestions.
 */
#ifndef GUIDES_H
#define GUIDES_H

#include <stdio.h>

#include "csv_rows.h"
#include "dataset.h"
#include "diag.h"

/* The tables as read. */
enum guide_file {
	GUIDE_ADVICE,
	GUIDE_CHOOSE,
	GUIDE_SYNONYMS,
	GUIDE_SPELLINGS,
	GUIDE_SITUATIONS,
	GUIDE_FILE_COUNT,
};

struct guides {
	struct csv_table tables[GUIDE_FILE_COUNT];
	const struct dataset *data;
};

int guides_check(struct guides *guides, const char *directory, const struct dataset *data, struct diag *diag);
void guides_emit(FILE *out, const struct guides *guides);
void guides_free(struct guides *guides);

#endif
