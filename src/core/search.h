/* Full-text search over the records, ranked. */
#ifndef SEARCH_H
#define SEARCH_H

#include <stddef.h>

#include "core/search_index.h"
#include "core/status.h"
#include "status_data.h"

struct search_hit {
	const struct status *status;
	int score;
	enum search_field field;	/* where the first word matched best */
	size_t offset;			/* where in that field */
	char word[SEARCH_WORD_MAX + 1];	/* the first word matched: typed, or of a synonym's meaning */
};

size_t search_run(const char *const *words, int word_count,
		  struct search_hit hits[STATUS_ROW_COUNT]);
const char *search_find(const char *text, const char *word);

#endif
