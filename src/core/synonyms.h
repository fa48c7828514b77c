/*
 * Spelling variants (data/spellings.csv), generated into
 * build/generated/guides_data.c, sorted. The synonyms of data/synonyms.csv
 * are part of the search index (search_index.h).
 */
#ifndef SYNONYMS_H
#define SYNONYMS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/search_index.h"

extern const struct spelling spellings[];	/* sorted by variant */
extern const size_t spelling_count;

bool spelling_normalise(const char *text, char *out, size_t size);

#endif
