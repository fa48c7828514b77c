/* Ranked full-text search over the records (search.c). */
#ifndef SEARCH_H
#define SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "core/search_index.h"
#include "core/status.h"
#include "status_data.h"

/* "email, already, taken", "busy (unavailable)": the words a hit matched. */
#define SEARCH_MATCHED_MAX 160

/* Forty bytes: a pipe gets every hit, and each page of hits written is a page fault. */
struct search_hit {
	const struct status *status;
	const struct search_situation *situation;	/* field is SEARCH_SITUATIONS: the one matched best */
	const char *matched;		/* what it matched; "" for a hit not placed */
	double score;
	enum search_field field;	/* the field it is reported by (search.c, reported_field) */
	unsigned short offset;		/* where the first matched word is in that field's text */
	unsigned char length;		/* and its length there; 0 when not found */
};

/* What a query reads as, besides its hits. */
struct search_query_facts {
	bool question;		/* asked as a design question ("which code when ...") */
};

size_t search_run(const char *const *words, int word_count, size_t ordered, size_t place,
		  struct search_hit hits[STATUS_ROW_COUNT], struct search_query_facts *facts);
bool search_clear_winner(const struct search_hit *hits, size_t count);

#endif
