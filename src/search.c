/*
 * Full-text search. Every word must occur, ignoring ASCII case, in one of a
 * record's phrase, aliases, summary, description or notes. A word scores by
 * the best field it occurs in, a phrase match counting most, and a record
 * scores the sum over its words. Hits are ranked by score, then by code.
 */
#include <stdlib.h>
#include <string.h>

#include "search.h"

static const int field_weights[SEARCH_FIELD_COUNT] = { 16, 8, 4, 2, 1 };

static const char *const field_names[SEARCH_FIELD_COUNT] = {
	"phrase", "aliases", "summary", "description", "notes",
};

const char *search_field_name(enum search_field field)
{
	return field_names[field];
}

const char *search_field_text(const struct status *status, enum search_field field)
{
	const char *texts[SEARCH_FIELD_COUNT] = {
		status->phrase, status->aliases, status->summary,
		status->description, status->notes,
	};

	return texts[field];
}

static char fold(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Finds word in text ignoring ASCII case; NULL when absent. */
const char *search_find(const char *text, const char *word)
{
	size_t length = strlen(word);

	if (length == 0)
		return NULL;
	for (; *text != '\0'; text++) {
		size_t i = 0;

		while (i < length && text[i] != '\0' && fold(text[i]) == fold(word[i]))
			i++;
		if (i == length)
			return text;
	}
	return NULL;
}

/* Scores one record; 0 when some word is missing from it. */
static int search_score(const struct status *status, const char *const *words,
			int word_count, struct search_hit *hit)
{
	int score = 0;

	for (int w = 0; w < word_count; w++) {
		int field = 0;
		const char *found = NULL;

		while (field < SEARCH_FIELD_COUNT &&
		       (found = search_find(search_field_text(status, field), words[w])) == NULL)
			field++;
		if (found == NULL)
			return 0;
		if (w == 0) {
			hit->field = (enum search_field)field;
			hit->offset = (size_t)(found - search_field_text(status, field));
		}
		score += field_weights[field];
	}
	return score;
}

static int hit_order(const void *a, const void *b)
{
	const struct search_hit *left = a, *right = b;

	if (left->score != right->score)
		return right->score - left->score;
	return (left->status > right->status) - (left->status < right->status);
}

/* Fills hits with the records holding every word, best first; returns how many. */
size_t search_run(const char *const *words, int word_count,
		  struct search_hit hits[STATUS_ROW_COUNT])
{
	size_t count = 0;

	for (size_t i = 0; i < status_count; i++) {
		struct search_hit *hit = &hits[count];

		hit->status = &status_table[i];
		hit->score = search_score(hit->status, words, word_count, hit);
		if (hit->score > 0)
			count++;
	}
	qsort(hits, count, sizeof *hits, hit_order);
	return count;
}
