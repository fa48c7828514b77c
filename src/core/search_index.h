/*
 * The search index the generator builds from the data: every word of the
 * searched fields, lower-cased and sorted, each with the (row, field) pairs
 * it occurs in. Shared by gen/emit.c, which writes it, and src/search.c.
 */
#ifndef SEARCH_INDEX_H
#define SEARCH_INDEX_H

#include <stdbool.h>
#include <stddef.h>

/* The searched fields, from the one whose match counts most. */
enum search_field {
#define SEARCHED(ID, name, weight) SEARCH_##ID,
#include "core/schema.def"
	SEARCH_FIELD_COUNT,
};

struct search_posting {
	unsigned short row;
	unsigned char field;
};

struct search_word {
	const char *word;
	unsigned int first;	/* its postings: search_postings[first .. first + count) */
	unsigned int count;
};

extern const struct search_word search_words[];
extern const size_t search_word_count;
extern const struct search_posting search_postings[];

/* The longest word the index keeps; longer ones are cut to this. */
#define SEARCH_WORD_MAX 47

struct status;

bool search_next_word(const char **text, char word[SEARCH_WORD_MAX + 1]);
const char *search_field_name(enum search_field field);
const char *search_field_text(const struct status *status, enum search_field field);
int search_field_weight(enum search_field field);

#endif
