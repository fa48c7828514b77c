/* Writing the search index (core/search_index.h) as build/generated/search_index_data.c. */
#ifndef GEN_SEARCH_INDEX_H
#define GEN_SEARCH_INDEX_H

#include <stdio.h>

#include "core/search_index.h"
#include "dataset.h"
#include "situations.h"

struct search_sources {
	const struct dataset *data;
	const struct situations *situations;
	const struct csv_table *synonyms;	/* data/synonyms.csv, checked by gen/guides.c */
	const struct spelling *spellings;
	size_t spelling_count;
};

void search_index_emit(FILE *out, const struct search_sources *sources);

#endif
