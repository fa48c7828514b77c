/*
 * Plain-language words and the words the data uses for them
 * (data/synonyms.csv), and spelling variants (data/spellings.csv). Both
 * tables are generated into build/generated/guides_data.c, sorted, with
 * their words split and lower-cased as search splits text.
 */
#ifndef SYNONYMS_H
#define SYNONYMS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/search_index.h"

struct synonym {
	const char *words;	/* "file too big": the words joined by one space */
	const char *means;	/* "content too large" */
};

extern const struct synonym synonyms[];	/* sorted by words */
extern const size_t synonym_count;
extern const struct spelling spellings[];	/* sorted by variant */
extern const size_t spelling_count;

bool spelling_normalise(const char *text, char *out, size_t size);

#endif
