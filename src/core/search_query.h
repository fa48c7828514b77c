/*
 * Reading the user's words for search (search_query.c): each word as typed
 * and in the index's form, whether it counts, and the runs of words that
 * have meanings of their own. core/search.c scores what this reads.
 */
#ifndef SEARCH_QUERY_H
#define SEARCH_QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "core/search_index.h"

#define QUERY_WORDS_MAX 32
#define RUNS_MAX 4

/* A word of the user's, as typed (lower-cased) and in the index's form. */
struct query_word {
	char typed[SEARCH_WORD_MAX + 1];
	char standard[SEARCH_WORD_MAX + 1];
	bool kept;		/* neither a stop word nor a question's filler */
};

/* A run of words with meanings: synonyms.csv's, or "not X" meaning "unX". */
struct query_run {
	size_t first, span;
	size_t first_synonym, synonym_count;	/* search_synonyms[first_synonym ..]; none for "not X" */
	char negated[SEARCH_WORD_MAX + 1];	/* "unauthoriz" for "not authorized" */
};

/* The user's words as search scores them: the first QUERY_WORDS_MAX words, the first RUNS_MAX runs. */
struct query {
	struct query_word words[QUERY_WORDS_MAX];
	size_t word_count;
	struct query_run runs[RUNS_MAX];
	size_t run_count;
	bool question;		/* asked as a design question: "which", "should", "?" ... */
	bool failure;		/* a word says something went wrong: "failed", "invalid", "already" ... */
};

void search_query_read(const char *const *texts, int text_count, struct query *query);
bool search_synonym_fits(const struct query *query, const struct query_run *run, size_t s);
void search_word_range(const struct search_word *table, size_t count, const char *word,
		       size_t *first, size_t *end);

#endif
