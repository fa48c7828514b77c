/*
 * Full-text search through the index the generator built (search_index.h):
 * every word must start a word, ignoring ASCII case, in one of a record's
 * phrase, aliases, summary, description or notes. A word scores by the best
 * field it occurs in, a phrase match counting most, and a record scores the
 * sum over its words. Hits are ranked by score, then by code. The index
 * spares reading the text: a word costs a binary search and its postings.
 */
#include <stdlib.h>
#include <string.h>

#include "core/search.h"

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

/* The index's words that start with word: [*first, *end) of search_words. */
static void search_prefix_range(const char *word, size_t *first, size_t *end)
{
	size_t length = strlen(word), low = 0, high = search_word_count;

	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (strcmp(search_words[middle].word, word) < 0)
			low = middle + 1;
		else
			high = middle;
	}
	*first = low;
	while (low < search_word_count && strncmp(search_words[low].word, word, length) == 0)
		low++;
	*end = low;
}

/*
 * Scores every row for one word: a row where no indexed word starts with
 * it drops out; the others gain the weight of the best field it is in.
 */
static void search_score_word(const char *word, int scores[STATUS_ROW_COUNT],
			      unsigned char first_fields[STATUS_ROW_COUNT], bool first)
{
	unsigned char best[STATUS_ROW_COUNT];
	size_t from, to;

	memset(best, SEARCH_FIELD_COUNT, sizeof best);
	search_prefix_range(word, &from, &to);
	for (size_t w = from; w < to; w++) {
		const struct search_word *entry = &search_words[w];

		for (unsigned int p = entry->first; p < entry->first + entry->count; p++) {
			const struct search_posting *posting = &search_postings[p];

			if (posting->field < best[posting->row])
				best[posting->row] = posting->field;
		}
	}
	for (size_t row = 0; row < status_count; row++) {
		if (best[row] == SEARCH_FIELD_COUNT) {
			scores[row] = -1;
		} else if (scores[row] >= 0) {
			scores[row] += search_field_weight((enum search_field)best[row]);
			if (first)
				first_fields[row] = best[row];
		}
	}
}

static int hit_order(const void *a, const void *b)
{
	const struct search_hit *left = a, *right = b;

	if (left->score != right->score)
		return right->score - left->score;
	return (left->status > right->status) - (left->status < right->status);
}

/*
 * Fills hits with the records holding every word, best first; returns how
 * many. Each of the user's words is split as the index was (so "Retry-After"
 * is two words), and each part must start a word of the record.
 */
size_t search_run(const char *const *words, int word_count,
		  struct search_hit hits[STATUS_ROW_COUNT])
{
	static int scores[STATUS_ROW_COUNT];
	static unsigned char first_fields[STATUS_ROW_COUNT];
	char part[SEARCH_WORD_MAX + 1], first_part[SEARCH_WORD_MAX + 1] = "";
	size_t count = 0;

	memset(scores, 0, sizeof scores);
	for (int w = 0; w < word_count; w++) {
		const char *text = words[w];

		while (search_next_word(&text, part)) {
			bool first = first_part[0] == '\0';

			if (first)
				memcpy(first_part, part, sizeof part);
			search_score_word(part, scores, first_fields, first);
		}
	}
	if (first_part[0] == '\0')
		return 0;
	for (size_t row = 0; row < status_count; row++) {
		struct search_hit *hit = &hits[count];
		const char *text, *found;

		if (scores[row] <= 0)
			continue;
		hit->status = &status_table[row];
		hit->score = scores[row];
		hit->field = (enum search_field)first_fields[row];
		text = search_field_text(hit->status, hit->field);
		found = search_find(text, first_part);
		hit->offset = found != NULL ? (size_t)(found - text) : 0;
		count++;
	}
	qsort(hits, count, sizeof *hits, hit_order);
	return count;
}
