/*
 * Full-text search through the index the generator built (search_index.h).
 * The user's words are read as terms: a run of words that synonyms.csv
 * knows ("file too big") is one term, any other word is a term of its own,
 * and each word is first made standard with spellings.csv. A record must
 * hold every term: its words as typed, or the words of one of its meanings.
 * Every word must start a word, ignoring ASCII case, in one of a record's
 * searched fields (schema.def: phrase, aliases, header fields, summary,
 * description, notes), and scores the weight of the best field it is in. A term
 * scores what its typed words score, plus its best meaning's score: less
 * one for a single word (so a word the user typed outweighs a synonym the
 * tool supplied for it, and a common word such as "down" only widens the
 * search), twice over for several words that synonyms.csv names together
 * (the phrase "file too big" says what the user means better than its
 * words do apart). Very common words ("for", "the") are left out. A record
 * scores the sum over its terms. Hits are ranked by score, then
 * registered codes before vendors', then by code. The index spares reading
 * the text: a word costs a binary search and its postings.
 */
#include <stdlib.h>
#include <string.h>

#include "core/search.h"
#include "core/synonyms.h"

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

#define SEARCH_WORDS_MAX 32
#define SYNONYM_WORDS_MAX 4
#define TERM_TEXT_MAX ((SEARCH_WORD_MAX + 1) * SYNONYM_WORDS_MAX)

/* One of the things a term may be: its words joined by spaces. */
struct search_term {
	char typed[TERM_TEXT_MAX];	/* the user's words */
	size_t first_synonym;		/* its meanings: synonyms[first_synonym .. + synonym_count) */
	size_t synonym_count;
	bool phrase;			/* several words that synonyms.csv names together */
};

/*
 * Scores every row for the words of text: a row where some word starts no
 * indexed word gets -1; the others the sum of each word's best field.
 * best_field gets the field of text's first word, for the snippet.
 */
static void search_score_words(const char *text, int scores[STATUS_ROW_COUNT],
				unsigned char best_field[STATUS_ROW_COUNT])
{
	char word[SEARCH_WORD_MAX + 1];
	bool first = true;

	memset(scores, 0, STATUS_ROW_COUNT * sizeof *scores);
	while (search_next_word(&text, word)) {
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
			if (best[row] == SEARCH_FIELD_COUNT)
				scores[row] = -1;
			else if (scores[row] >= 0)
				scores[row] += search_field_weight((enum search_field)best[row]);
			if (first)
				best_field[row] = best[row];
		}
		first = false;
	}
}

/* The synonyms whose words are exactly text: [*first, *first + *count). */
static void synonyms_for(const char *text, size_t *first, size_t *count)
{
	size_t low = 0, high = synonym_count;

	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (strcmp(synonyms[middle].words, text) < 0)
			low = middle + 1;
		else
			high = middle;
	}
	*first = low;
	while (low < synonym_count && strcmp(synonyms[low].words, text) == 0)
		low++;
	*count = low - *first;
}

/*
 * Words too common to tell records apart. A query of nothing else is
 * searched as it is; otherwise they only count inside a synonym ("down
 * for maintenance").
 */
static const char *const stop_words[] = {
	"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into",
	"is", "it", "its", "of", "on", "or", "the", "to", "with",
};

static bool is_stop_word(const char *word)
{
	for (size_t i = 0; i < sizeof stop_words / sizeof stop_words[0]; i++)
		if (strcmp(word, stop_words[i]) == 0)
			return true;
	return false;
}

/*
 * Splits the user's words into terms: at each word, the longest run of up
 * to SYNONYM_WORDS_MAX words that synonyms.csv knows, or the word alone.
 * Returns how many terms.
 */
static size_t search_terms(const char *const *texts, int text_count,
			   struct search_term terms[SEARCH_WORDS_MAX])
{
	char words[SEARCH_WORDS_MAX][SEARCH_WORD_MAX + 1], raw[SEARCH_WORD_MAX + 1];
	size_t word_count = 0, term_count = 0, stop_count = 0;

	for (int t = 0; t < text_count; t++) {
		const char *text = texts[t];

		while (word_count < SEARCH_WORDS_MAX && search_next_word(&text, raw))
			if (!spelling_normalise(raw, words[word_count++], sizeof words[0]))
				memcpy(words[word_count - 1], raw, sizeof raw);
	}
	for (size_t w = 0; w < word_count; w++)
		stop_count += is_stop_word(words[w]);
	for (size_t w = 0; w < word_count; term_count++) {
		struct search_term *term = &terms[term_count];
		size_t span = word_count - w < SYNONYM_WORDS_MAX ? word_count - w : SYNONYM_WORDS_MAX;

		for (; span > 0; span--) {
			size_t used = 0;

			for (size_t i = w; i < w + span; i++) {
				size_t length = strlen(words[i]);

				if (used > 0)
					term->typed[used++] = ' ';
				memcpy(term->typed + used, words[i], length);
				used += length;
			}
			term->typed[used] = '\0';
			synonyms_for(term->typed, &term->first_synonym, &term->synonym_count);
			if (term->synonym_count > 0 || span == 1)
				break;
		}
		w += span;
		term->phrase = span > 1;
		if (span == 1 && stop_count < word_count && is_stop_word(term->typed))
			term_count--;
	}
	return term_count;
}

/*
 * Adds one term's score to every row's: its typed words' score plus its
 * best meaning's less one; a row that holds neither the typed words nor a
 * meaning drops out (-1).
 */
static void search_score_term(const struct search_term *term, int scores[STATUS_ROW_COUNT],
			      unsigned char fields[STATUS_ROW_COUNT],
			      const char *matched[STATUS_ROW_COUNT], bool first)
{
	static int typed[STATUS_ROW_COUNT], meaning[STATUS_ROW_COUNT], best[STATUS_ROW_COUNT];
	static unsigned char typed_field[STATUS_ROW_COUNT], meaning_field[STATUS_ROW_COUNT];
	static const char *best_text[STATUS_ROW_COUNT];
	unsigned char best_field[STATUS_ROW_COUNT];

	search_score_words(term->typed, typed, typed_field);
	for (size_t row = 0; row < status_count; row++)
		best[row] = -1;
	for (size_t s = term->first_synonym; s < term->first_synonym + term->synonym_count; s++) {
		search_score_words(synonyms[s].means, meaning, meaning_field);
		for (size_t row = 0; row < status_count; row++) {
			if (meaning[row] > best[row]) {
				best[row] = meaning[row];
				best_text[row] = synonyms[s].means;
				best_field[row] = meaning_field[row];
			}
		}
	}
	for (size_t row = 0; row < status_count; row++) {
		int gained = typed[row] > 0 ? typed[row] : 0;

		if (best[row] > 0)
			gained += term->phrase ? 2 * best[row] : best[row] - 1;
		if (typed[row] <= 0 && best[row] <= 0) {
			scores[row] = -1;
			continue;
		}
		if (scores[row] >= 0)
			scores[row] += gained;
		if (first) {
			bool typed_won = typed[row] > 0 && (best[row] <= 0 || typed_field[row] <= best_field[row]);

			fields[row] = typed_won ? typed_field[row] : best_field[row];
			matched[row] = typed_won ? term->typed : best_text[row];
		}
	}
}

static int hit_order(const void *a, const void *b)
{
	const struct search_hit *left = a, *right = b;
	bool left_vendor = !status_is_registered(left->status);
	bool right_vendor = !status_is_registered(right->status);

	if (left->score != right->score)
		return right->score - left->score;
	if (left_vendor != right_vendor)
		return left_vendor - right_vendor;
	return (left->status > right->status) - (left->status < right->status);
}

/*
 * Fills hits with the records holding every term, best first; returns how
 * many. Each of the user's words is split as the index was (so
 * "Retry-After" is two words), and each part must start a word of the
 * record, or be part of a term whose meaning the record holds.
 */
size_t search_run(const char *const *words, int word_count,
		  struct search_hit hits[STATUS_ROW_COUNT])
{
	static struct search_term terms[SEARCH_WORDS_MAX];
	static int scores[STATUS_ROW_COUNT];
	static unsigned char first_fields[STATUS_ROW_COUNT];
	static const char *matched[STATUS_ROW_COUNT];
	size_t term_count = search_terms(words, word_count, terms), count = 0;

	if (term_count == 0)
		return 0;
	memset(scores, 0, sizeof scores);
	for (size_t t = 0; t < term_count; t++)
		search_score_term(&terms[t], scores, first_fields, matched, t == 0);
	for (size_t row = 0; row < status_count; row++) {
		struct search_hit *hit = &hits[count];
		const char *text, *found, *cursor = matched[row];

		if (scores[row] <= 0)
			continue;
		hit->status = &status_table[row];
		hit->score = scores[row];
		hit->field = (enum search_field)first_fields[row];
		search_next_word(&cursor, hit->word);
		text = search_field_text(hit->status, hit->field);
		found = search_find(text, hit->word);
		hit->offset = found != NULL ? (size_t)(found - text) : 0;
		count++;
	}
	qsort(hits, count, sizeof *hits, hit_order);
	return count;
}
