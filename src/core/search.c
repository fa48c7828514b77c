/*
 * Ranked search: every record is scored for the user's words with BM25F
 * (Robertson and Zaragoza, 2009) over the index the generator built
 * (search_index.h), and the records that score are hits, best first.
 *
 * The words are read as the index was made (search_query.c: lower case,
 * American spelling, stemmed; stop words and the filler of a question
 * left out unless nothing else was typed). Each word left is a term, and
 * a record need not hold every term (OR): for a term t and record d,
 *
 *   tf(t, d) = sum over fields f of  weight(f) * count(t, d, f) / B(d, f)
 *   B(d, f)  = 1 - b + b * length(d, f) / average length(f)
 *   score    = sum over terms of  idf(t) * tf / (k1 + tf)
 *   idf(t)   = ln(1 + (N - n(t) + 0.5) / (n(t) + 0.5))
 *
 * with n(t) the records holding t among N: more matched words and rarer
 * words score higher, a word in the phrase more than one in the notes,
 * and a word lost in a long field less than one in a short field. The
 * field weights are schema.def's. A word also matches the longer words it
 * starts (half as much: "auth" finds authentication); one the index does
 * not hold is read as the word it was a slip for, one or two typing errors
 * away (correct_typo), so "not fonud" is "not found".
 *
 * Besides the words: two words typed one after the other score again as a
 * pair when a short field holds them one after the other (the phrase
 * bonus), and half as much when it holds them the other way round
 * ("missing field", "field missing"); a run of words synonyms.csv knows
 * scores its meaning too, the best of its meanings, as a term of its own
 * ("file too big" means "content too large"); "not X" also means "unX"
 * ("not authorized" is Unauthorized).
 * Last, a prior: a vendor's record scores VENDOR_PRIOR of its score unless
 * a word names its vendor (cloudflare, nginx, aws), so registered codes
 * come first for the same words. Ties go to registered codes, then to the
 * data's order.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/search.h"
#include "core/search_query.h"
#include "core/synonyms.h"

#define BM25_K1 1.2
#define BM25_B 0.75
#define PREFIX_MATCH 0.5	/* a longer word the typed one starts */
#define PAIR_WEIGHT 0.6		/* two words in the query's order */
#define SWAPPED_PAIR_WEIGHT 0.3	/* the same two the other way round: "field missing" */
#define SYNONYM_WEIGHT 0.8	/* the meaning of a single word */
#define PHRASE_SYNONYM_WEIGHT 1.0	/* the meaning of several words named together */
#define VENDOR_PRIOR 0.6
#define MEANING_WORDS_MAX 8

static char fold(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Finds word in text ignoring ASCII case; NULL when absent. */
const char *search_find(const char *text, const char *word)
{
	size_t length = strlen(word);
	char lower = fold(word[0]);
	char upper = lower >= 'a' && lower <= 'z' ? (char)(lower - 'a' + 'A') : lower;

	if (length == 0)
		return NULL;
	for (; *text != '\0'; text++) {
		size_t i = 1;

		/* The first letter alone rules out most places: snippets search long notes. */
		if (*text != lower && *text != upper)
			continue;
		while (i < length && text[i] != '\0' && fold(text[i]) == fold(word[i]))
			i++;
		if (i == length)
			return text;
	}
	return NULL;
}

/* One search's working state: the scores so far, and why each record scored. */
struct scoring {
	double total[STATUS_ROW_COUNT];
	float field_gain[STATUS_ROW_COUNT][SEARCH_FIELD_COUNT];
	uint32_t words_matched[STATUS_ROW_COUNT];	/* bit i: the user's word i */
	uint32_t runs_matched[STATUS_ROW_COUNT];	/* bit r: run r's meaning */
	const char *meaning[STATUS_ROW_COUNT][RUNS_MAX];	/* the meaning run r matched by */
	/* Where the first matched word is in each field, from the postings; length 0 for none. */
	unsigned short match_offset[STATUS_ROW_COUNT][SEARCH_FIELD_COUNT];
	unsigned char match_length[STATUS_ROW_COUNT][SEARCH_FIELD_COUNT];
	/*
	 * One term's weight in each record, and each field's share of it,
	 * while term_score adds it up; zero between terms. Small and cleared
	 * with the rest, so that each page is written before it is read: a
	 * page of zeros read first costs a second page fault when written.
	 */
	double tf[STATUS_ROW_COUNT];
	float share[STATUS_ROW_COUNT][SEARCH_FIELD_COUNT];
};

/*
 * The records the last term_score reached, in the order reached: a word
 * reaches a few records of many, and the loops over a term's records go
 * through these alone.
 */
static unsigned short reached[STATUS_ROW_COUNT];
static size_t reached_count;

static void add_postings(struct scoring *scoring, const struct search_word *entry, double factor)
{
	double *tf = scoring->tf;

	for (unsigned int p = entry->first; p < entry->first + entry->count; p++) {
		const struct search_posting *posting = &search_postings[p];
		double average = search_field_average[posting->field];
		double length = search_field_lengths[posting->row][posting->field];
		double norm = 1 - BM25_B + BM25_B * (average > 0 ? length / average : 1);
		double gain = factor * search_field_weight((enum search_field)posting->field) * posting->count / norm;

		unsigned char *length_seen = &scoring->match_length[posting->row][posting->field];
		unsigned short *offset_seen = &scoring->match_offset[posting->row][posting->field];

		if (tf[posting->row] == 0)
			reached[reached_count++] = posting->row;
		tf[posting->row] += gain;
		scoring->share[posting->row][posting->field] += (float)gain;
		if (posting->length > 0 && (*length_seen == 0 || posting->offset < *offset_seen)) {
			*offset_seen = posting->offset;
			*length_seen = posting->length;
		}
	}
}

/* ln(x) for x >= 1, without libm: halve to [1, 2), then the series of 2 atanh((x-1)/(x+1)). */
static double natural_log(double x)
{
	double halvings = 0, z, z2, sum = 0, power;

	while (x >= 2) {
		x /= 2;
		halvings++;
	}
	z = (x - 1) / (x + 1);
	z2 = z * z;
	power = z;
	for (int k = 1; k <= 15; k += 2) {
		sum += power / k;
		power *= z2;
	}
	return halvings * 0.69314718055994531 + 2 * sum;
}

/*
 * BM25F of one term (a standard word, or a pair joined by a space) for
 * every record into score; each record's fields' shares of it are added to
 * the scoring's. Returns how many records hold it.
 */
static size_t term_score(struct scoring *scoring, const char *term, bool pair, double weight,
			 double score[STATUS_ROW_COUNT])
{
	double *tf = scoring->tf;
	float (*share)[SEARCH_FIELD_COUNT] = scoring->share;
	const struct search_word *table = pair ? search_pairs : search_words;
	size_t count = pair ? search_pair_count : search_word_count, first, end, rows = 0;
	size_t length = strlen(term);
	double idf;

	memset(score, 0, STATUS_ROW_COUNT * sizeof *score);
	reached_count = 0;
	search_word_range(table, count, term, &first, &end);
	for (size_t w = first; w < end; w++) {
		bool exact = strlen(table[w].word) == length;

		if (exact || (!pair && length >= 4))
			add_postings(scoring, &table[w], exact ? 1 : PREFIX_MATCH);
	}
	rows = reached_count;
	if (rows == 0)
		return 0;
	idf = natural_log(1 + ((double)status_count - (double)rows + 0.5) / ((double)rows + 0.5));
	for (size_t i = 0; i < reached_count; i++) {
		size_t row = reached[i];

		score[row] = weight * idf * tf[row] / (BM25_K1 + tf[row]);
		for (int field = 0; field < SEARCH_FIELD_COUNT; field++)
			scoring->field_gain[row][field] += (float)(weight * idf * share[row][field]);
		/* Only the rows the term reached are cleared for the next term: most terms reach few. */
		tf[row] = 0;
		memset(share[row], 0, sizeof share[row]);
	}
	return rows;
}

/* Adds a kept word's score, and marks it matched where it scored. */
static void score_word(struct scoring *scoring, const struct query *query, size_t index)
{
	static double score[STATUS_ROW_COUNT];
	const struct query_word *word = &query->words[index];

	term_score(scoring, word->standard, false, 1, score);
	for (size_t i = 0; i < reached_count; i++) {
		size_t row = reached[i];

		scoring->total[row] += score[row];
		scoring->words_matched[row] |= UINT32_C(1) << index;
	}
}

/* Adds the phrase bonus of two kept words typed one after the other, as a field holds them. */
static void score_pair(struct scoring *scoring, const char *left, const char *right, double weight)
{
	static double score[STATUS_ROW_COUNT];
	char pair[2 * (SEARCH_WORD_MAX + 1)];

	snprintf(pair, sizeof pair, "%s %s", left, right);
	term_score(scoring, pair, true, weight, score);
	for (size_t i = 0; i < reached_count; i++)
		scoring->total[reached[i]] += score[reached[i]];
}

/* One meaning's score: its words' and its pairs', into score. */
static void meaning_score(struct scoring *scoring, const char *meaning, double weight,
			  double score[STATUS_ROW_COUNT])
{
	static double part[STATUS_ROW_COUNT];
	char raw[SEARCH_WORD_MAX + 1], standard[SEARCH_WORD_MAX + 1], previous[SEARCH_WORD_MAX + 1] = "";
	char pair[2 * (SEARCH_WORD_MAX + 1)];
	size_t words = 0;

	memset(score, 0, STATUS_ROW_COUNT * sizeof *score);
	while (words++ < MEANING_WORDS_MAX && search_next_word(&meaning, raw)) {
		if (search_is_stop_word(raw))
			continue;
		search_standard_word(spellings, spelling_count, raw, standard);
		term_score(scoring, standard, false, weight, part);
		for (size_t i = 0; i < reached_count; i++)
			score[reached[i]] += part[reached[i]];
		if (previous[0] != '\0') {
			snprintf(pair, sizeof pair, "%s %s", previous, standard);
			term_score(scoring, pair, true, weight * PAIR_WEIGHT, part);
			for (size_t i = 0; i < reached_count; i++)
				score[reached[i]] += part[reached[i]];
		}
		memcpy(previous, standard, sizeof standard);
	}
}

/* Adds a run's best meaning for each record, and marks the run matched there. */
static void score_run(struct scoring *scoring, const struct query *query, size_t r)
{
	static double best[STATUS_ROW_COUNT], score[STATUS_ROW_COUNT];
	static const char *best_text[STATUS_ROW_COUNT];
	const struct query_run *run = &query->runs[r];
	double weight = run->span > 1 ? PHRASE_SYNONYM_WEIGHT : SYNONYM_WEIGHT;

	memset(best, 0, sizeof best);
	if (run->negated[0] != '\0') {
		term_score(scoring, run->negated, false, PHRASE_SYNONYM_WEIGHT, best);
		for (size_t row = 0; row < status_count; row++)
			best_text[row] = run->negated;
	}
	for (size_t s = run->first_synonym; s < run->first_synonym + run->synonym_count; s++) {
		meaning_score(scoring, search_synonyms[s].means, weight, score);
		for (size_t row = 0; row < status_count; row++) {
			if (score[row] > best[row]) {
				best[row] = score[row];
				best_text[row] = search_synonyms[s].means;
			}
		}
	}
	for (size_t row = 0; row < status_count; row++) {
		if (best[row] <= 0)
			continue;
		scoring->total[row] += best[row];
		scoring->runs_matched[row] |= UINT32_C(1) << r;
		scoring->meaning[row][r] = best_text[row];
	}
}

/* Whether a word of a record's text has standard among its forms: the same, or (long) a longer one. */
static bool word_matches(const char *raw, const char *standard)
{
	char form[SEARCH_WORD_MAX + 1];
	size_t length = strlen(standard);

	/* A stem differs from its word at most in its last letter (happi, conflate): a quick test first. */
	if (raw[0] != standard[0] || (length > 1 && strncmp(raw, standard, length - 1) != 0))
		return false;
	search_standard_word(spellings, spelling_count, raw, form);
	return strcmp(form, standard) == 0 || (length >= 4 && strncmp(form, standard, length) == 0);
}

/*
 * Where in text the first word with standard's form is: *offset and
 * *length; false if none. Only the words that start as standard does
 * (all but its last letter, ignoring case) are read and made standard.
 */
static bool locate(const char *text, const char *standard, size_t *offset, size_t *length)
{
	size_t prefix = strlen(standard) > 1 ? strlen(standard) - 1 : strlen(standard);
	char lead[SEARCH_WORD_MAX + 1], raw[SEARCH_WORD_MAX + 1];
	const char *cursor = text;

	memcpy(lead, standard, prefix);
	lead[prefix] = '\0';
	while ((cursor = search_find(cursor, lead)) != NULL) {
		const char *word = cursor;

		if (word > text && search_is_word_byte((unsigned char)word[-1])) {
			cursor++;
			continue;
		}
		search_next_word(&cursor, raw);
		if (word_matches(raw, standard)) {
			*offset = (size_t)(word - text);
			*length = (size_t)(cursor - word);
			return true;
		}
	}
	return false;
}

/* How many of the query's kept words a situation holds: each of its words is made standard once. */
static size_t situation_overlap(const struct query *query, const char *text)
{
	uint32_t found = 0;
	size_t overlap = 0;
	char raw[SEARCH_WORD_MAX + 1];

	while (search_next_word(&text, raw)) {
		for (size_t i = 0; i < query->word_count; i++) {
			if (query->words[i].kept && !(found & (UINT32_C(1) << i)) &&
			    word_matches(raw, query->words[i].standard)) {
				found |= UINT32_C(1) << i;
				overlap++;
			}
		}
	}
	return overlap;
}

/* The row's situation that holds the most of the query's words; the first of those tied. */
static const struct search_situation *best_situation(const struct query *query, size_t row)
{
	const struct search_situation *best = NULL;
	size_t best_overlap = 0;

	for (size_t i = 0; i < search_situation_count; i++) {
		size_t overlap;

		if (search_situations[i].row != row)
			continue;
		overlap = situation_overlap(query, search_situations[i].text);
		if (best == NULL || overlap > best_overlap) {
			best = &search_situations[i];
			best_overlap = overlap;
		}
	}
	return best;
}

/* Appends "word" or ", word" to what a hit matched, while there is room. */
static void add_matched(char matched[SEARCH_MATCHED_MAX], size_t *used, const char *text)
{
	size_t length = strlen(text), separator = *used > 0 ? 2 : 0;

	if (*used + separator + length >= SEARCH_MATCHED_MAX)
		return;
	memcpy(matched + *used, ", ", separator);
	memcpy(matched + *used + separator, text, length + 1);
	*used += separator + length;
}

/* "email, taken": the typed words a record matched, and "busy (unavailable)" for a meaning. */
static void describe_match(char matched[SEARCH_MATCHED_MAX], const struct query *query,
			   const struct scoring *scoring, size_t row)
{
	size_t used = 0;
	char text[SEARCH_MATCHED_MAX];

	matched[0] = '\0';
	for (size_t i = 0; i < query->word_count; i++)
		if (scoring->words_matched[row] & (UINT32_C(1) << i))
			add_matched(matched, &used, query->words[i].typed);
	for (size_t r = 0; r < query->run_count; r++) {
		const struct query_run *run = &query->runs[r];
		size_t length = 0;

		if (!(scoring->runs_matched[row] & (UINT32_C(1) << r)))
			continue;
		for (size_t i = run->first; i < run->first + run->span && length < sizeof text; i++)
			length += (size_t)snprintf(text + length, sizeof text - length, "%s%s",
						   i > run->first ? " " : "", query->words[i].typed);
		if (length < sizeof text)
			snprintf(text + length, sizeof text - length, " (%s)", scoring->meaning[row][r]);
		add_matched(matched, &used, text);
	}
}

/* The field that gave a record the most, and where in it to point. */
static void place_hit(struct search_hit *hit, const struct query *query, const struct scoring *scoring,
		      size_t row)
{
	int best = 0;

	for (int field = 1; field < SEARCH_FIELD_COUNT; field++)
		if (scoring->field_gain[row][field] > scoring->field_gain[row][best])
			best = field;
	/* A situation says best why a record is the answer. */
	if (scoring->field_gain[row][SEARCH_SITUATIONS] > 0)
		best = SEARCH_SITUATIONS;
	hit->field = (enum search_field)best;
	hit->situation = NULL;
	hit->offset = scoring->match_offset[row][best];
	hit->length = scoring->match_length[row][best];
	if (hit->field != SEARCH_SITUATIONS)
		return;
	/* A row's situations are one field: which one, and where in it, is found again. */
	hit->situation = best_situation(query, row);
	hit->offset = hit->length = 0;
	for (size_t i = 0; i < query->word_count && hit->length == 0; i++)
		if (query->words[i].kept)
			locate(hit->situation->text, query->words[i].standard, &hit->offset, &hit->length);
}

/* A record that scored: what the sort moves, rather than whole hits. */
struct ranked {
	double score;
	unsigned short row;
	bool vendor;
};

/* Whether left ranks before right: the higher score, then a registered code, then the data's order. */
static bool ranks_before(const struct ranked *left, const struct ranked *right)
{
	if (left->score != right->score)
		return left->score > right->score;
	if (left->vendor != right->vendor)
		return right->vendor;
	return left->row < right->row;
}

/*
 * Sorts the scored records best first. There are at most a few hundred,
 * mostly arriving in the data's order: an insertion sort does them in less
 * time than qsort takes (musl's smoothsort costs more than the search).
 */
static void rank(struct ranked *ranked, size_t count)
{
	for (size_t i = 1; i < count; i++) {
		struct ranked next = ranked[i];
		size_t j = i;

		for (; j > 0 && ranks_before(&next, &ranked[j - 1]); j--)
			ranked[j] = ranked[j - 1];
		ranked[j] = next;
	}
}

/* Scores every record for the query: its words, its pairs, its runs' meanings, the prior. */
static void score_query(struct scoring *scoring, const struct query *query)
{
	const char *previous = NULL;

	memset(scoring, 0, sizeof *scoring);
	for (size_t i = 0; i < query->word_count; i++) {
		if (!query->words[i].kept)
			continue;
		score_word(scoring, query, i);
		if (previous != NULL) {
			score_pair(scoring, previous, query->words[i].standard, PAIR_WEIGHT);
			score_pair(scoring, query->words[i].standard, previous, SWAPPED_PAIR_WEIGHT);
		}
		previous = query->words[i].standard;
	}
	for (size_t r = 0; r < query->run_count; r++)
		score_run(scoring, query, r);
	for (size_t row = 0; row < status_count; row++)
		if (!status_is_registered(&status_table[row]) && scoring->field_gain[row][SEARCH_ORIGIN] <= 0)
			scoring->total[row] *= VENDOR_PRIOR;
}

/*
 * Fills hits with the records the words score for, best first; returns
 * how many. Only the first `place` are placed (their field, their
 * situation, where the match is and what matched): finding where costs
 * more than the ranking, and a terminal shows ten. facts, when not NULL,
 * tells whether the words read as a design question.
 */
size_t search_run(const char *const *words, int word_count, size_t place,
		  struct search_hit hits[STATUS_ROW_COUNT], struct search_query_facts *facts)
{
	static struct query query;
	static struct scoring scoring;
	static struct ranked ranked[STATUS_ROW_COUNT];
	/* Only the placed hits' texts are written: the pages of the others stay untouched. */
	static char matched[STATUS_ROW_COUNT][SEARCH_MATCHED_MAX];
	size_t count = 0;

	search_query_read(words, word_count, &query);
	if (facts != NULL)
		facts->question = query.question;
	score_query(&scoring, &query);
	for (size_t row = 0; row < status_count; row++)
		if (scoring.total[row] > 0)
			ranked[count++] = (struct ranked){ scoring.total[row], (unsigned short)row,
							   !status_is_registered(&status_table[row]) };
	rank(ranked, count);
	for (size_t i = 0; i < count; i++) {
		hits[i].status = &status_table[ranked[i].row];
		hits[i].score = ranked[i].score;
		hits[i].matched = "";
		if (i >= place)
			continue;
		place_hit(&hits[i], &query, &scoring, ranked[i].row);
		describe_match(matched[i], &query, &scoring, ranked[i].row);
		hits[i].matched = matched[i];
	}
	return count;
}

/* One registered code well ahead of the next: a third again the next one's score. */
bool search_clear_winner(const struct search_hit *hits, size_t count)
{
	return count > 0 && status_is_registered(hits[0].status) &&
	       (count == 1 || hits[0].score >= 1.3 * hits[1].score);
}
