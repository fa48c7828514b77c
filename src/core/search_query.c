/*
 * Reading the user's words (search_query.h): split and made standard as
 * the index was (search_words.c); stop words and the filler of a question
 * ("which status code should the api return when ...") set aside unless
 * nothing else was typed; a word the index lacks read as the word it was a
 * slip for; and the runs of words with a meaning of their own, from
 * synonyms.csv or "not X" for "unX".
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/search_query.h"
#include "core/suggest.h"
#include "core/synonyms.h"

#define SYNONYM_WORDS_MAX 5	/* a run's words, stop words among them */

/* bsearch's comparisons of a word with a table's cell, or with a table's pointer to a word. */
static int compare_with_cell(const void *word, const void *cell)
{
	return strcmp(word, cell);
}

static int compare_with_pointer(const void *word, const void *pointer)
{
	return strcmp(word, *(const char *const *)pointer);
}

/* Whether word is one of the count words of a sorted table, each in width bytes. */
static bool in_sorted_words(const char *word, const char *table, size_t count, size_t width)
{
	return bsearch(word, table, count, width, compare_with_cell) != NULL;
}

/*
 * The filler of a question: "which status code should an API return when
 * ...". Left out of the search unless nothing else was asked.
 */
static bool is_filler(const char *word)
{
	/* In alphabetical order, for a binary search. */
	/* Arrays of characters, not pointers: no relocated page to fault in. */
	static const char filler[][12] = {
		"api", "apis", "appropriate", "aren", "best", "can", "code", "codes", "correct",
		"could", "couldn", "did", "didn", "do", "does", "doesn", "don", "get", "getting",
		"hasn", "haven", "how", "http", "i", "if", "isn", "may", "me", "mean",
		"meaning", "means", "my", "our", "proper", "respond", "responds", "response",
		"return", "returned", "returning", "returns", "right", "send", "sending", "sent",
		"should", "shouldn", "status", "statuses", "their", "there", "they", "us", "use",
		"using", "wasn", "we", "weren", "what", "when", "whenever", "where", "which",
		"why", "won", "would", "wouldn", "yet", "you", "your",
	};

	return in_sorted_words(word, filler[0], sizeof filler / sizeof filler[0], sizeof filler[0]);
}

/*
 * "api" is filler in "which code should an api return", but names a thing
 * in "api version" or "api key": kept when the word after it is kept.
 */
static void keep_naming_api(struct query *query)
{
	for (size_t i = 0; i + 1 < query->word_count; i++)
		if (strcmp(query->words[i].typed, "api") == 0 && query->words[i + 1].kept)
			query->words[i].kept = true;
}

/* Words that make a query read as a design question: "which code when ...". */
static bool is_question_word(const char *word)
{
	static const char asking[][8] = {
		"how", "respond", "return", "send", "should", "what", "when", "which",
	};

	for (size_t i = 0; i < sizeof asking / sizeof asking[0]; i++)
		if (strcmp(word, asking[i]) == 0)
			return true;
	return false;
}

/*
 * Whether a word (standard) says that something went wrong: a question
 * holding one asks for an error code, whatever its topic ("a create that
 * violates a rule", "a form submitted twice").
 */
static bool is_failure_word(const char *word)
{
	/* In alphabetical order, for a binary search; stems, as search_standard_word makes them. */
	static const char failing[][10] = {
		"alreadi", "broken", "conflict", "crash", "deni", "duplicat", "error", "exce", "exceed",
		"exception", "expir", "fail", "failur", "incorrect", "invalid", "malform", "miss",
		"never", "refus", "reject", "twice", "unabl", "violat", "wrong",
	};

	return in_sorted_words(word, failing[0], sizeof failing / sizeof failing[0], sizeof failing[0]);
}

/* The first of the index's count entries of table not before key. */
static size_t word_lower_bound(const struct search_word *table, size_t count, const char *key)
{
	size_t low = 0, high = count;

	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (strcmp(search_word_of(&table[middle]), key) < 0)
			low = middle + 1;
		else
			high = middle;
	}
	return low;
}

/* The first of the synonyms not before key (their words in standard form). */
static size_t synonym_lower_bound(const char *key)
{
	size_t low = 0, high = search_synonym_count;

	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (strcmp(search_synonyms[middle].words, key) < 0)
			low = middle + 1;
		else
			high = middle;
	}
	return low;
}

/* The index's entries of table that start with word: [*first, *end). */
void search_word_range(const struct search_word *table, size_t count, const char *word,
		       size_t *first, size_t *end)
{
	size_t length = strlen(word), low = word_lower_bound(table, count, word);

	*first = low;
	while (low < count && strncmp(search_word_of(&table[low]), word, length) == 0)
		low++;
	*end = low;
}

/*
 * The word of the index a misspelt word meant: one edit away (two for a
 * word of eight letters or more), the fewest edits first, then the word
 * most records hold; NULL when none is that near, or the word is under
 * four letters.
 */
static const struct search_word *typo_correction(const char *word)
{
	size_t length = strlen(word), limit = length >= 8 ? 2 : 1;
	const struct search_word *best = NULL;
	size_t best_edits = limit + 1;

	if (length < 4)
		return NULL;
	for (size_t w = 0; w < search_word_count; w++) {
		const struct search_word *candidate = &search_words[w];
		size_t edits;

		/* Slips rarely hit both of the first two letters: a cheap test before the distance. */
		const char *text = search_word_of(candidate);

		if (text[0] != word[0] && (text[0] == '\0' || text[1] != word[1]))
			continue;
		edits = suggest_edit_distance(word, length, text, strlen(text),
					      best_edits <= limit ? best_edits : limit);
		if (edits < best_edits || (edits == best_edits && best != NULL && candidate->rows > best->rows)) {
			best = candidate;
			best_edits = edits;
		}
	}
	return best;
}

/* The synonyms whose words are exactly text, in standard form: [*first, *first + *count). */
static void synonyms_for(const char *text, size_t *first, size_t *count)
{
	size_t low = synonym_lower_bound(text);

	*first = low;
	while (low < search_synonym_count && strcmp(search_synonyms[low].words, text) == 0)
		low++;
	*count = low - *first;
}

/*
 * Whether synonym s may give its meaning to the run's words: each word the
 * synonym writes as a past participle ("deleted") is typed as one too, so
 * that "delete", the request, does not mean "gone".
 */
bool search_synonym_fits(const struct query *query, const struct query_run *run, size_t s)
{
	unsigned participles = search_synonyms[s].participles;

	/* Bit j is the run's jth word but its inner stop words, as the synonym's words are counted. */
	for (size_t i = 0, j = 0; i < run->span; i++) {
		const char *typed = query->words[run->first + i].typed;

		if (i > 0 && i + 1 < run->span && search_is_stop_word(typed))
			continue;
		if (j < CHAR_BIT && (participles >> j & 1u) && !search_is_participle(typed))
			return false;
		j++;
	}
	return true;
}

/* Whether any of the run's synonyms fits its words. */
static bool any_synonym_fits(const struct query *query, const struct query_run *run)
{
	for (size_t s = run->first_synonym; s < run->first_synonym + run->synonym_count; s++)
		if (search_synonym_fits(query, run, s))
			return true;
	return false;
}

/* The longest run of words from `from` that synonyms.csv knows; its span, 0 for none. */
static size_t find_synonym_run(const struct query *query, size_t from, struct query_run *run)
{
	size_t span = query->word_count - from < SYNONYM_WORDS_MAX ? query->word_count - from : SYNONYM_WORDS_MAX;
	char text[(SEARCH_WORD_MAX + 1) * SYNONYM_WORDS_MAX];
	const char *first = query->words[from].standard;
	size_t first_length = strlen(first), at, count;

	/* Most words start no synonym: one look for the word alone or followed by others. */
	synonyms_for(first, &at, &count);
	if (count == 0 && (at == search_synonym_count || strncmp(search_synonyms[at].words, first, first_length) != 0 ||
			   search_synonyms[at].words[first_length] != ' '))
		span = 0;
	for (; span > 0; span--) {
		size_t used = 0;

		for (size_t i = from; i < from + span; i++) {
			size_t length = strlen(query->words[i].standard);

			/* The synonyms are written without inner stop words: "url is too long" is "url too long". */
			if (i > from && i + 1 < from + span && search_is_stop_word(query->words[i].typed))
				continue;
			if (used > 0)
				text[used++] = ' ';
			memcpy(text + used, query->words[i].standard, length);
			used += length;
		}
		text[used] = '\0';
		synonyms_for(text, &run->first_synonym, &run->synonym_count);
		run->first = from;
		run->span = span;
		if (run->synonym_count > 0 && any_synonym_fits(query, run))
			break;
	}
	run->first = from;
	run->span = span;
	run->negated[0] = '\0';
	return span;
}

/*
 * The runs with meanings, each word in one at most, the longest first from
 * the left; the first RUNS_MAX of them.
 */
static void find_runs(struct query *query)
{
	query->run_count = 0;
	for (size_t i = 0; i < query->word_count && query->run_count < RUNS_MAX;) {
		struct query_run *run = &query->runs[query->run_count], next;
		size_t span = find_synonym_run(query, i, run);

		/* "not logged in": the synonym of "logged in" says more than "unlogged" would. */
		if (span == 0 && strcmp(query->words[i].typed, "not") == 0 && i + 1 < query->word_count &&
		    query->words[i + 1].kept && find_synonym_run(query, i + 1, &next) == 0) {
			const char *negated = query->words[i + 1].standard;
			size_t length = strlen(negated) < SEARCH_WORD_MAX - 2 ? strlen(negated) : SEARCH_WORD_MAX - 2;

			run->span = span = 2;
			run->synonym_count = 0;
			memcpy(run->negated, "un", 2);
			memcpy(run->negated + 2, negated, length);
			run->negated[2 + length] = '\0';
		}
		if (span == 0) {
			i++;
			continue;
		}
		query->run_count++;
		i += span;
	}
}

/*
 * Whether word (standard) is one of the words synonyms.csv is written in:
 * a word the tool knows, not a slip ("peer" of "reset by peer" is no
 * misspelt "per").
 */
static bool is_synonym_word(const char *word)
{
	return bsearch(word, search_synonym_words, search_synonym_word_count, sizeof search_synonym_words[0],
		       compare_with_pointer) != NULL;
}

/*
 * A kept word the index does not hold is read as the word it was a slip
 * for, unless the longer words it starts are held by more records than
 * that word: "sever" is "server" (in most records), not "several" (in a
 * few), while "auth" stays the start of authentication and authorization.
 */
static void correct_typo(struct query_word *word)
{
	size_t first, end, started = 0;
	const struct search_word *correction;

	if (!word->kept)
		return;
	search_word_range(search_words, search_word_count, word->standard, &first, &end);
	if ((first < end && strcmp(search_word_of(&search_words[first]), word->standard) == 0) ||
	    is_synonym_word(word->standard))
		return;
	for (size_t w = first; w < end; w++)
		started += search_words[w].rows;
	correction = typo_correction(word->standard);
	if (correction != NULL && correction->rows > started)
		snprintf(word->standard, sizeof word->standard, "%s", search_word_of(correction));
}

/*
 * Reads the user's words: spelled as the data is (spellings.csv) before
 * synonyms are looked up, then stemmed. A word is kept unless it is a stop
 * word or filler; when that would leave nothing, the filler is kept, and
 * when even that leaves nothing, every word.
 */
void search_query_read(const char *const *texts, int text_count, struct query *query)
{
	size_t stop = 0, filler = 0;

	query->word_count = 0;
	query->question = false;
	query->failure = false;
	for (int t = 0; t < text_count; t++) {
		const char *text = texts[t];
		char raw[SEARCH_WORD_MAX + 1];

		while (query->word_count < QUERY_WORDS_MAX && search_next_word(&text, raw)) {
			struct query_word *word = &query->words[query->word_count++];

			if (!spelling_normalise(raw, word->typed, sizeof word->typed))
				memcpy(word->typed, raw, sizeof raw);
			/* "cannot be found" and "can't be found" say "not found". */
			if (search_is_negation(word->typed, word > query->words ? word[-1].typed : ""))
				memcpy(word->typed, "not", sizeof "not");
			search_standard_word(NULL, 0, word->typed, word->standard);
			query->question = query->question || is_question_word(word->typed);
			query->failure = query->failure || is_failure_word(word->standard);
		}
		if (strchr(texts[t], '?') != NULL)
			query->question = true;
	}
	for (size_t i = 0; i < query->word_count; i++) {
		stop += search_is_stop_word(query->words[i].typed);
		filler += !search_is_stop_word(query->words[i].typed) && is_filler(query->words[i].typed);
	}
	for (size_t i = 0; i < query->word_count; i++) {
		const char *typed = query->words[i].typed;

		if (stop + filler < query->word_count)
			query->words[i].kept = !search_is_stop_word(typed) && !is_filler(typed);
		else
			query->words[i].kept = stop < query->word_count ? !search_is_stop_word(typed) : true;
		correct_typo(&query->words[i]);
	}
	keep_naming_api(query);
	find_runs(query);
}

