/*
 * The search index the generator builds from the data (gen/search_index.c
 * writes it, core/search.c reads it): every standard word (search_words.c)
 * of the searched fields, sorted, each with its postings, the (row, field,
 * how often) it occurs in; the pairs of words that follow each other in a
 * field, likewise, for the phrase bonus; each row's field lengths for
 * BM25F; the synonyms of data/synonyms.csv, their words in standard form;
 * and the situations of data/situations.csv.
 */
#ifndef SEARCH_INDEX_H
#define SEARCH_INDEX_H

#include <stdbool.h>
#include <stddef.h>

/* The searched fields of schema.def, then the situations, which are not a column of the record. */
enum search_field {
#define SEARCHED(ID, name, weight) SEARCH_##ID,
#include "core/schema.def"
	SEARCH_SITUATIONS,
	SEARCH_FIELD_COUNT,
};

/*
 * Eight bytes, no pointer: a word's postings are read in one or two pages.
 * Each situation of a row has postings of its own, for its words alone.
 */
struct search_posting {
	unsigned short row;
	unsigned char field;
	unsigned char count;	/* how often the word is in the field, at most 255 */
	unsigned short offset;	/* where it first is in the field's text (the situation's) */
	unsigned char length;	/* its length there in bytes; 0 for a pair, or when out of reach */
	unsigned char nth;	/* field is the situations: the row's nth situation (first 256); else 0 */
};

/*
 * A word of the index. No pointer: its text is an offset into one string
 * pool, so the tables need no relocation and a binary search reads a few
 * neighbouring pages of one array.
 */
struct search_word {
	unsigned int text;	/* a standard word, or two joined by a space: search_word_text + text */
	unsigned int first;	/* its postings: search_postings[first .. first + count) */
	unsigned short count;
	unsigned short rows;	/* how many rows hold it, for its rarity */
};

/* Plain-language words and the words the data uses for them (data/synonyms.csv). */
struct synonym {
	const char *words;	/* "file too big", in standard words ("file too big"; "log in" for "logged in") */
	const char *means;	/* "content too large", as written */
	unsigned char participles;	/* bit i: word i was written as a past participle ("deleted") */
};

/* When a code is the answer, in a developer's words (data/situations.csv). */
struct search_situation {
	unsigned short row;
	unsigned short words;		/* its standard words, stop words left out: its length for BM25F */
	const char *text;		/* "the email address is already taken" */
	const char *alternatives;	/* "422": other codes experts answer with; "" for none */
	const char *source;
};

extern const char search_word_text[];	/* the words and pairs, each ended by a NUL */
extern const struct search_word search_words[];	/* sorted by word */
extern const size_t search_word_count;
extern const struct search_word search_pairs[];	/* sorted by word */
extern const size_t search_pair_count;
extern const struct search_posting search_postings[];
/*
 * By row: words kept. Each situation is measured on its own (its words),
 * so that a row with many situations is not a long field: the situations'
 * entry here is their sum, and their average is that of one situation.
 */
extern const unsigned short search_field_lengths[][SEARCH_FIELD_COUNT];
extern const double search_field_average[SEARCH_FIELD_COUNT];
extern const unsigned short search_row_situations[];	/* by row: its first situation; one more entry ends the last */
extern const struct synonym search_synonyms[];	/* sorted by words */
extern const size_t search_synonym_count;
extern const char *const search_synonym_words[];	/* every word of the synonyms' words, sorted, once each */
extern const size_t search_synonym_word_count;
extern const struct search_situation search_situations[];	/* sorted by row */
extern const size_t search_situation_count;

/* The longest word the index keeps; longer ones are cut to this. */
#define SEARCH_WORD_MAX 47

struct status;

struct spelling {
	const char *variant;	/* "unauthorised" */
	const char *standard;	/* "unauthorized" */
};

/* The text of an index entry. */
static inline const char *search_word_of(const struct search_word *entry)
{
	return search_word_text + entry->text;
}

bool search_is_word_byte(unsigned char c);
bool search_next_word(const char **text, char word[SEARCH_WORD_MAX + 1]);
bool search_is_stop_word(const char *word);
bool search_is_negation(const char *word, const char *previous);
bool search_is_participle(const char *word);
bool search_spell(const struct spelling *table, size_t count, const char *text, char *out,
		  size_t size);
void search_standard_word(const struct spelling *table, size_t count, const char *word,
			  char standard[SEARCH_WORD_MAX + 1]);
const char *search_field_name(enum search_field field);
const char *search_field_text(const struct status *status, enum search_field field);
double search_field_weight(enum search_field field);

#endif
