/*
 * Finding the outline's answer for free text (choose_find.h). Search ranks
 * the records for the words; the best hit whose code the outline answers,
 * if it scores at least CHOOSE_SCORE_SHARE of the best hit's score, gives
 * the code. Where the outline answers that code at several leaves (404 for
 * a hidden resource and for nothing at the URI), the leaf whose answers and
 * reason hold the most of the words wins, the first of those tied.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/choose_find.h"
#include "core/synonyms.h"

#define CHOOSE_SCORE_SHARE 0.5
#define CHOOSE_WORDS_MAX 32
#define CHOOSE_PLACED 16	/* the hits told what they matched: the answer is among the first */

/* How many of words (standard forms) text holds: each of text's words is made standard once. */
static size_t text_overlap(const char *text, char words[][SEARCH_WORD_MAX + 1], size_t count)
{
	bool found[CHOOSE_WORDS_MAX] = { false };
	size_t overlap = 0;
	char raw[SEARCH_WORD_MAX + 1], standard[SEARCH_WORD_MAX + 1];

	while (overlap < count && search_next_word(&text, raw)) {
		search_standard_word(spellings, spelling_count, raw, standard);
		for (size_t i = 0; i < count; i++) {
			if (!found[i] && strcmp(standard, words[i]) == 0) {
				found[i] = true;
				overlap++;
			}
		}
	}
	return overlap;
}

/* How many of words a leaf's path holds: each answer and question on the way, and its reason. */
static size_t path_overlap(const struct choose_node *leaf, char words[][SEARCH_WORD_MAX + 1], size_t count)
{
	size_t overlap = text_overlap(leaf->reason, words, count);

	for (const struct choose_node *node = leaf; node != NULL; node = choose_parent(node)) {
		if (node->answer != NULL)
			overlap += text_overlap(node->answer, words, count);
		if (node->question != NULL)
			overlap += text_overlap(node->question, words, count);
	}
	return overlap;
}

/* The leaf answering code whose path holds the most of words; NULL when none answers it. */
static const struct choose_node *best_leaf(int code, char words[][SEARCH_WORD_MAX + 1], size_t count)
{
	const struct choose_node *best = NULL;
	size_t best_overlap = 0;

	for (size_t i = 0; i < choose_node_count; i++) {
		const struct choose_node *node = &choose_nodes[i];
		size_t overlap;

		if (node->first_child != CHOOSE_NONE || node->parent == CHOOSE_NONE || node->code != code)
			continue;
		overlap = path_overlap(node, words, count);
		if (best == NULL || overlap > best_overlap) {
			best = node;
			best_overlap = overlap;
		}
	}
	return best;
}

/* The words of the texts in the index's form, stop words left out; how many. */
static size_t standard_words(const char *const *texts, int text_count, char words[][SEARCH_WORD_MAX + 1])
{
	size_t count = 0;

	for (int t = 0; t < text_count; t++) {
		const char *cursor = texts[t];
		char raw[SEARCH_WORD_MAX + 1];

		while (count < CHOOSE_WORDS_MAX && search_next_word(&cursor, raw))
			if (!search_is_stop_word(raw))
				search_standard_word(spellings, spelling_count, raw, words[count++]);
	}
	return count;
}

/* The leaf that answers the words, with the search hit that led to it; NULL when none does. */
const struct choose_node *choose_find(const char *const *words, int word_count,
				      struct search_hit *hit)
{
	static struct search_hit hits[STATUS_ROW_COUNT];
	char standard[CHOOSE_WORDS_MAX][SEARCH_WORD_MAX + 1];
	size_t found = search_run(words, word_count, SIZE_MAX, CHOOSE_PLACED, hits, NULL);
	size_t count = standard_words(words, word_count, standard);

	for (size_t i = 0; i < found && hits[i].score >= CHOOSE_SCORE_SHARE * hits[0].score; i++) {
		const struct choose_node *leaf = best_leaf(hits[i].status->code, standard, count);

		/* The outline's codes are registered ones: a vendor's meaning of one is not its answer. */
		if (leaf != NULL && status_is_registered(hits[i].status)) {
			*hit = hits[i];
			return leaf;
		}
	}
	return NULL;
}
