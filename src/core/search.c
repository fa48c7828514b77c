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
 * Each situation of a record is measured on its own (its words against an
 * average situation's), so that a record with many situations is not one
 * long field whose every situation counts less.
 * Last, the priors: a vendor's record scores VENDOR_PRIOR of its score
 * unless a word names its vendor (cloudflare, nginx, aws: the first word of
 * its origin, or of a part of a list of them), so registered codes come
 * first for the same words; 000 is no vendor's code but what every client
 * reports when no answer came, so it keeps its score; and when a word says that something went wrong
 * ("failed", "invalid", "already", "twice": search_query.c), a code that is
 * no error (1xx to 3xx) scores FAILURE_PRIOR of its score, since the words
 * it shares with the question ("create", "form", "post") are its topic,
 * not its answer. Ties go to registered codes, then to the
 * data's order.
 */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/code.h"
#include "core/search.h"
#include "core/search_query.h"
#include "core/synonyms.h"

#define BM25_K1 1.2
#define BM25_B 0.75
#define PREFIX_MATCH 0.5	/* a longer word the typed one starts */
#define PAIR_WEIGHT 0.6		/* two words in the query's order */
#define SWAPPED_PAIR_WEIGHT 0.3	/* the same two the other way round: "field missing" */
#define PAIR_OVERLAP 0.75	/* the share of its rarer word's rarity a pair's rarity does not count again */
#define SYNONYM_WEIGHT 0.8	/* the meaning of a single word */
#define PHRASE_SYNONYM_WEIGHT 1.0	/* the meaning of several words named together */
#define VENDOR_PRIOR 0.6
#define FAILURE_PRIOR 0.7	/* a code that is no error, when the words say something failed */
#define MEANING_WORDS_MAX 8

/*
 * A word of the user's (or of a run's meaning) found in a field of a row:
 * which field (and which situation), where in its text, and which of the
 * user's words it stands for. Why a hit matched is read from its row's
 * marks, for the hits shown alone, rather than kept for every row.
 */
struct mark {
	unsigned char field;
	unsigned char nth;	/* field is the situations: the row's nth situation */
	unsigned char length;	/* 0 when out of the postings' reach */
	unsigned short offset;
	unsigned short next;	/* the row's mark made before, plus one; 0 for none */
	bool typed;		/* the words themselves matched, not a meaning of theirs */
	uint32_t words;		/* bit i: the user's word i */
};

/* The marks one search keeps; a query reaching more leaves the rest unexplained, not unscored. */
#define MARKS_MAX 1024
#define MEANING_NEGATED USHRT_MAX	/* a run matched as "not X" for "unX", not by a synonym */

/*
 * One search's working state: the scores so far, and why each record
 * scored. Cleared with one memset at the start of a search, so that each
 * page is written before it is read (a page of zeros read first costs a
 * second page fault when written), and kept small: a search's time is
 * mostly its process's start, and each page is a fault.
 */
struct scoring {
	double total[STATUS_ROW_COUNT];
	uint32_t words_matched[STATUS_ROW_COUNT];	/* bit i: the user's word i */
	unsigned short last_mark[STATUS_ROW_COUNT];	/* the row's last mark made, plus one; 0 for none */
	bool names_vendor[STATUS_ROW_COUNT];	/* a word matched the row's origin */
	bool meaning;		/* a run's meaning is being scored, not the user's words */
	size_t mark_count;	/* of the marks made */
};

/*
 * One term's working state, valid between term_score and the next term:
 * the records it reached, in the order reached (a word reaches a few
 * records of many, and the loops over a term's records go through these
 * alone), and its score in each: only the reached records' entries are
 * read. While term_score adds up a term, score holds each record's weight
 * (tf); the next term_score clears the entries the last one reached.
 */
struct term {
	unsigned short reached[STATUS_ROW_COUNT];
	size_t reached_count;
	double score[STATUS_ROW_COUNT];
};

/* What score_run keeps for each record while it weighs a run's meanings, and what it found. */
struct run_scratch {
	double best[STATUS_ROW_COUNT];
	double score[STATUS_ROW_COUNT];
	unsigned short best_meaning[STATUS_ROW_COUNT];
	uint32_t runs_matched[STATUS_ROW_COUNT];	/* bit r: run r's meaning; cleared for a query with runs */
	unsigned short meaning[STATUS_ROW_COUNT][RUNS_MAX];	/* the synonym run r matched by */
};

/*
 * All of one search's working state, in one place, the parts every search
 * writes first: each page of it is a page fault, so the fewer it spans the
 * better. Only the placed hits' texts are written, and the run scratch only
 * for a query with runs.
 */
static _Alignas(4096) struct {
	struct query query;
	struct scoring scoring;
	struct term term;
	unsigned short ranked[STATUS_ROW_COUNT];	/* the rows that scored, best first */
	struct run_scratch run;	/* untouched by a query without runs */
	struct mark marks[MARKS_MAX];	/* not cleared: scoring.mark_count says how many hold */
	/* What the placed hits matched, one after the other: most are a word or two. */
	char matched[STATUS_ROW_COUNT * SEARCH_MATCHED_MAX];
} work;


/* A posting's weight in its record's tf before the term's rarity: BM25F's length-normalised count. */
static double posting_gain(const struct search_posting *posting, double factor)
{
	double average = search_field_average[posting->field];
	double length = posting->field == SEARCH_SITUATIONS
			? search_situations[search_row_situations[posting->row] + posting->nth].words
			: search_field_lengths[posting->row][posting->field];
	double norm = 1 - BM25_B + BM25_B * (average > 0 ? length / average : 1);

	return factor * search_field_weight((enum search_field)posting->field) * posting->count / norm;
}

/*
 * Whether a word of a row's origin names who gave the code: the first word
 * of the origin or of a part of a list ("Akamai Enterprise Application
 * Access", "curl, nginx, load balancers"). The rest are ordinary words
 * ("access", "application") that name no one when a user types them.
 */
static bool names_origin(const struct search_posting *posting)
{
	const char *origin = status_table[posting->row].origin;

	return posting->length > 0 && (posting->offset == 0 ||
					(posting->offset >= 2 && origin[posting->offset - 2] == ','));
}

/*
 * Adds an entry's postings to the term's tf, and notes in each field
 * reached that it holds the user's words the term stands for (words; 0
 * for a pair), and where.
 */
static void add_postings(struct scoring *scoring, const struct search_word *entry, double factor, uint32_t words)
{
	for (unsigned int p = entry->first; p < entry->first + entry->count; p++) {
		const struct search_posting *posting = &search_postings[p];

		if (work.term.score[posting->row] == 0)
			work.term.reached[work.term.reached_count++] = posting->row;
		work.term.score[posting->row] += posting_gain(posting, factor);
		if (words == 0)
			continue;
		if (posting->field == SEARCH_ORIGIN && factor == 1 && names_origin(posting))
			scoring->names_vendor[posting->row] = true;
		if (scoring->mark_count < MARKS_MAX) {
			work.marks[scoring->mark_count++] = (struct mark){ posting->field, posting->nth,
				posting->length, posting->offset, scoring->last_mark[posting->row], !scoring->meaning, words };
			scoring->last_mark[posting->row] = (unsigned short)scoring->mark_count;
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

/* BM25's idf for a term n of the records hold. */
static double rarity(size_t n)
{
	return natural_log(1 + ((double)status_count - (double)n + 0.5) / ((double)n + 0.5));
}

/*
 * The rarer of a pair's two words' rarity: what the pair tells beyond it
 * is what counts for the phrase bonus, so a pair's rarity is taken less
 * PAIR_OVERLAP of this. A word only one record holds ("downstream") has
 * found that record already; its pair with the next word ("downstream
 * service") adds little, while a pair of common words that name a code
 * together ("server error") adds nearly all its rarity. Not all of the
 * word's rarity is taken off: a name whose one word is rare ("precondition
 * failed") keeps some of its pair's weight.
 */
static double pair_words_rarity(const char *pair)
{
	char word[SEARCH_WORD_MAX + 1];
	const char *space = strchr(pair, ' ');
	double rarest = 0;

	for (int side = 0; side < 2; side++) {
		const char *start = side == 0 ? pair : space + 1;
		size_t length = side == 0 ? (size_t)(space - pair) : strlen(start), first, end;

		memcpy(word, start, length);
		word[length] = '\0';
		search_word_range(search_words, search_word_count, word, &first, &end);
		if (first < end && strcmp(search_word_of(&search_words[first]), word) == 0 &&
		    rarity(search_words[first].rows) > rarest)
			rarest = rarity(search_words[first].rows);
	}
	return rarest;
}

/*
 * BM25F of one term (a standard word, or a pair joined by a space) for
 * every record it reaches, into work.term.score (work.term.reached says which).
 * words: the user's words the term stands for (add_postings); 0 for a pair.
 */
static void term_score(struct scoring *scoring, const char *term_text, bool pair, double weight, uint32_t words)
{
	const struct search_word *table = pair ? search_pairs : search_words;
	size_t count = pair ? search_pair_count : search_word_count, first, end;
	size_t length = strlen(term_text);
	double idf;

	for (size_t i = 0; i < work.term.reached_count; i++)
		work.term.score[work.term.reached[i]] = 0;
	work.term.reached_count = 0;
	search_word_range(table, count, term_text, &first, &end);
	for (size_t w = first; w < end; w++) {
		bool exact = search_word_of(&table[w])[length] == '\0';

		if (exact || (!pair && length >= 4))
			add_postings(scoring, &table[w], exact ? 1 : PREFIX_MATCH, words);
	}
	if (work.term.reached_count == 0)
		return;
	idf = rarity(work.term.reached_count);
	if (pair) {
		double known = PAIR_OVERLAP * pair_words_rarity(term_text);

		idf = idf > known ? idf - known : 0;
	}
	for (size_t i = 0; i < work.term.reached_count; i++) {
		size_t row = work.term.reached[i];
		double tf = work.term.score[row];

		work.term.score[row] = weight * idf * tf / (BM25_K1 + tf);
	}
}

/* "left right": a pair's term, as the index joins them (each word at most SEARCH_WORD_MAX bytes). */
static void join_pair(char pair[2 * (SEARCH_WORD_MAX + 1)], const char *left, const char *right)
{
	size_t left_length = strlen(left), right_length = strlen(right);

	memcpy(pair, left, left_length);
	pair[left_length] = ' ';
	memcpy(pair + left_length + 1, right, right_length + 1);
}

/* Scores a term (term_score) and adds what each record scored to score. */
static void add_term(struct scoring *scoring, const char *term, bool pair, double weight, uint32_t words,
		     double score[STATUS_ROW_COUNT])
{
	term_score(scoring, term, pair, weight, words);
	for (size_t i = 0; i < work.term.reached_count; i++)
		score[work.term.reached[i]] += work.term.score[work.term.reached[i]];
}

/* Adds a kept word's score, and marks it matched where it scored. */
static void score_word(struct scoring *scoring, const struct query *query, size_t index)
{
	term_score(scoring, query->words[index].standard, false, 1, UINT32_C(1) << index);
	for (size_t i = 0; i < work.term.reached_count; i++) {
		size_t row = work.term.reached[i];

		scoring->total[row] += work.term.score[row];
		scoring->words_matched[row] |= UINT32_C(1) << index;
	}
}

/* Adds the phrase bonus of two kept words typed one after the other, as a field holds them. */
static void score_pair(struct scoring *scoring, const char *left, const char *right, double weight)
{
	char pair[2 * (SEARCH_WORD_MAX + 1)];

	join_pair(pair, left, right);
	add_term(scoring, pair, true, weight, 0, scoring->total);
}

/*
 * Whether one of the run's own kept words is word: such a word of its
 * meaning ("payment" of "payment required" for "payment") scored already
 * as the user's, and is not counted again.
 */
static bool run_holds(const struct query *query, const struct query_run *run, const char *word)
{
	for (size_t i = run->first; i < run->first + run->span; i++)
		if (query->words[i].kept && strcmp(query->words[i].standard, word) == 0)
			return true;
	return false;
}

/* One meaning's score: its words' and its pairs', into score (cleared first); words as term_score's. */
static void meaning_score(struct scoring *scoring, const struct query *query, const struct query_run *run,
			  const char *meaning, double weight, uint32_t words_of_run, double score[STATUS_ROW_COUNT])
{
	char raw[SEARCH_WORD_MAX + 1], standard[SEARCH_WORD_MAX + 1], previous[SEARCH_WORD_MAX + 1] = "";
	char pair[2 * (SEARCH_WORD_MAX + 1)];
	size_t words = 0;

	memset(score, 0, STATUS_ROW_COUNT * sizeof *score);
	while (words++ < MEANING_WORDS_MAX && search_next_word(&meaning, raw)) {
		if (search_is_stop_word(raw))
			continue;
		search_standard_word(spellings, spelling_count, raw, standard);
		if (!run_holds(query, run, standard))
			add_term(scoring, standard, false, weight, words_of_run, score);
		if (previous[0] != '\0') {
			join_pair(pair, previous, standard);
			add_term(scoring, pair, true, weight * PAIR_WEIGHT, 0, score);
		}
		memcpy(previous, standard, sizeof standard);
	}
}

/*
 * What the run's own words scored in each record, and their pairs inside
 * the run, into score (cleared first). "not X" read as "unX" stands in for
 * the words, so a record gets the better of the two readings, not both:
 * "not modified" is 304's name, and 412's "If-Unmodified-Since" must not
 * win by adding "unmodified" to "modified".
 */
static void run_own_score(struct scoring *scoring, const struct query *query, const struct query_run *run,
			  double score[STATUS_ROW_COUNT])
{
	const char *previous = NULL;

	memset(score, 0, STATUS_ROW_COUNT * sizeof *score);
	for (size_t i = run->first; i < run->first + run->span; i++) {
		const char *word = query->words[i].standard;

		if (!query->words[i].kept)
			continue;
		add_term(scoring, word, false, 1, 0, score);
		if (previous != NULL) {
			char pair[2 * (SEARCH_WORD_MAX + 1)];

			join_pair(pair, previous, word);
			add_term(scoring, pair, true, PAIR_WEIGHT, 0, score);
		}
		previous = word;
	}
}

/* Adds a run's best meaning for each record, and marks the run matched there. */
static void score_run(struct scoring *scoring, const struct query *query, size_t r)
{
	/* Cleared only here: most queries have no run. */
	double *best = work.run.best, *score = work.run.score;
	unsigned short *best_meaning = work.run.best_meaning;
	const struct query_run *run = &query->runs[r];
	double weight = run->span > 1 ? PHRASE_SYNONYM_WEIGHT : SYNONYM_WEIGHT;
	uint32_t words = (uint32_t)(((UINT64_C(1) << run->span) - 1) << run->first);

	memset(best, 0, sizeof work.run.best);
	scoring->meaning = true;
	if (run->negated[0] != '\0') {
		term_score(scoring, run->negated, false, PHRASE_SYNONYM_WEIGHT, words);
		for (size_t i = 0; i < work.term.reached_count; i++) {
			best[work.term.reached[i]] = work.term.score[work.term.reached[i]];
			best_meaning[work.term.reached[i]] = MEANING_NEGATED;
		}
	}
	for (size_t s = run->first_synonym; s < run->first_synonym + run->synonym_count; s++) {
		if (!search_synonym_fits(query, run, s))
			continue;
		meaning_score(scoring, query, run, search_synonyms[s].means, weight, words, score);
		for (size_t row = 0; row < status_count; row++) {
			if (score[row] > best[row]) {
				best[row] = score[row];
				best_meaning[row] = (unsigned short)s;
			}
		}
	}
	scoring->meaning = false;
	if (run->negated[0] != '\0') {
		run_own_score(scoring, query, run, score);
		for (size_t row = 0; row < status_count; row++)
			best[row] = best[row] > score[row] ? best[row] - score[row] : 0;
	}
	for (size_t row = 0; row < status_count; row++) {
		if (best[row] <= 0)
			continue;
		scoring->total[row] += best[row];
		work.run.runs_matched[row] |= UINT32_C(1) << r;
		work.run.meaning[row][r] = best_meaning[row];
	}
}

/* How many bits are set: how many of the user's words a mask holds. */
static size_t bits_set(uint32_t bits)
{
	size_t count = 0;

	for (; bits != 0; bits &= bits - 1)
		count++;
	return count;
}

/* The row's situations: search_situations[*first .. *first + count). */
static size_t row_situations(size_t row, size_t *first)
{
	*first = search_row_situations[row];
	return search_row_situations[row + 1] - *first;
}

#define ROW_SITUATIONS_MAX 32	/* a row's situations that can be named as the match */

/*
 * How much of the user's words a text holds, to report a hit by: a word
 * it holds itself counts twice, one it holds only through a meaning once
 * ("already taken" is held as itself by "already taken by another
 * account", and only through its meaning by 409's name, Conflict).
 */
static size_t words_held(uint32_t typed, uint32_t words)
{
	return 2 * bits_set(typed) + bits_set(words & ~typed);
}

/*
 * The row's situation that holds the most of the user's words (words_held),
 * the first of those tied, from the marks the postings left: its place
 * among the row's situations, or SIZE_MAX for none; *words gets the words
 * it holds and *held how much they count.
 */
static size_t situation_words(const struct scoring *scoring, size_t row, uint32_t *words, size_t *held)
{
	uint32_t all[ROW_SITUATIONS_MAX], typed[ROW_SITUATIONS_MAX];
	size_t first, count = row_situations(row, &first), best = SIZE_MAX;

	*words = 0;
	*held = 0;
	if (count > ROW_SITUATIONS_MAX)
		count = ROW_SITUATIONS_MAX;
	/* Most hits are placed for a pipe, which gets them all: only the row's own situations are cleared. */
	memset(all, 0, count * sizeof *all);
	memset(typed, 0, count * sizeof *typed);
	for (size_t m = scoring->last_mark[row]; m != 0; m = work.marks[m - 1].next) {
		const struct mark *mark = &work.marks[m - 1];

		if (mark->field == SEARCH_SITUATIONS && mark->nth < count) {
			all[mark->nth] |= mark->words;
			typed[mark->nth] |= mark->typed ? mark->words : 0;
		}
	}
	for (size_t nth = 0; nth < count; nth++) {
		size_t nth_held = words_held(typed[nth], all[nth]);

		if (nth_held > *held) {
			best = nth;
			*held = nth_held;
			*words = all[nth];
		}
	}
	return best;
}

/*
 * The row's situation best (situation_words; SIZE_MAX for none), holding
 * words, and where in it the first of the user's words it holds is. The
 * row's first situation, not placed, when none was marked; NULL when the
 * row has none.
 */
static const struct search_situation *best_situation(const struct scoring *scoring, size_t row, size_t best,
						     uint32_t words, unsigned short *offset, unsigned char *length)
{
	size_t first, count = row_situations(row, &first);
	uint32_t first_word = words & (~words + 1);	/* its lowest bit: the first of the user's words it holds */

	*offset = *length = 0;
	if (best == SIZE_MAX)
		return count > 0 ? &search_situations[first] : NULL;
	for (size_t m = scoring->last_mark[row]; m != 0; m = work.marks[m - 1].next) {
		const struct mark *mark = &work.marks[m - 1];

		if (mark->field == SEARCH_SITUATIONS && mark->nth == best && (mark->words & first_word) && mark->length > 0 &&
		    (*length == 0 || mark->offset < *offset)) {
			*offset = mark->offset;
			*length = mark->length;
		}
	}
	return &search_situations[first + best];
}

/* Appends text to buffer (size bytes, used of them taken), as much as fits; returns the new used. */
static size_t append_text(char *buffer, size_t size, size_t used, const char *text)
{
	size_t length = strlen(text);

	if (length > size - 1 - used)
		length = size - 1 - used;
	memcpy(buffer + used, text, length);
	buffer[used + length] = '\0';
	return used + length;
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

/* "email, taken": the typed words a record matched, and "busy (unavailable)" for a meaning; its length. */
static size_t describe_match(char matched[SEARCH_MATCHED_MAX], const struct query *query, size_t row)
{
	const struct scoring *scoring = &work.scoring;
	size_t used = 0;
	char text[SEARCH_MATCHED_MAX];

	matched[0] = '\0';
	for (size_t i = 0; i < query->word_count; i++)
		if (scoring->words_matched[row] & (UINT32_C(1) << i))
			add_matched(matched, &used, query->words[i].typed);
	for (size_t r = 0; r < query->run_count; r++) {
		const struct query_run *run = &query->runs[r];
		size_t length = 0;

		if (!(work.run.runs_matched[row] & (UINT32_C(1) << r)))
			continue;
		for (size_t i = run->first; i < run->first + run->span; i++) {
			if (i > run->first)
				length = append_text(text, sizeof text, length, " ");
			length = append_text(text, sizeof text, length, query->words[i].typed);
		}
		length = append_text(text, sizeof text, length, " (");
		length = append_text(text, sizeof text, length, work.run.meaning[row][r] == MEANING_NEGATED ? run->negated
				     : search_synonyms[work.run.meaning[row][r]].means);
		append_text(text, sizeof text, length, ")");
		add_matched(matched, &used, text);
	}
	return used;
}

/*
 * The field a hit is reported by: the one that holds the most of the
 * words it matched (words_held: a run's meaning counts for the run's
 * words, half as much as the words themselves), the situations counting as
 * their best one, which holds situation_held; on a tie, the names first,
 * since a code's name is what it means, then a situation, which says in a
 * user's words when it is the answer, then the summary, the vendor, the
 * headers, the description and the notes.
 */
static enum search_field reported_field(const struct scoring *scoring, size_t row, size_t situation_held)
{
	static const enum search_field preference[] = {
		SEARCH_PHRASE, SEARCH_ALIASES, SEARCH_SITUATIONS, SEARCH_SUMMARY,
		SEARCH_ORIGIN, SEARCH_HEADERS, SEARCH_DESCRIPTION, SEARCH_NOTES,
	};
	uint32_t field_words[SEARCH_FIELD_COUNT] = { 0 }, field_typed[SEARCH_FIELD_COUNT] = { 0 };
	enum search_field best = preference[0];
	size_t best_held = 0;

	_Static_assert(sizeof preference / sizeof preference[0] == SEARCH_FIELD_COUNT, "every searched field has its place");
	for (size_t m = scoring->last_mark[row]; m != 0; m = work.marks[m - 1].next) {
		const struct mark *mark = &work.marks[m - 1];

		field_words[mark->field] |= mark->words;
		field_typed[mark->field] |= mark->typed ? mark->words : 0;
	}
	for (size_t i = 0; i < sizeof preference / sizeof preference[0]; i++) {
		size_t held = words_held(field_typed[preference[i]], field_words[preference[i]]);

		/* The situations are not one text: what the best of them holds is what they hold. */
		if (preference[i] == SEARCH_SITUATIONS)
			held = situation_held;

		if (held > best_held) {
			best = preference[i];
			best_held = held;
		}
	}
	return best;
}

/* The field a record is reported by, and where in it to point. */
static void place_hit(struct search_hit *hit, const struct scoring *scoring, size_t row)
{
	uint32_t situation_held_words;
	size_t situation_held, situation = situation_words(scoring, row, &situation_held_words, &situation_held);

	hit->field = reported_field(scoring, row, situation_held);
	hit->situation = NULL;
	hit->offset = hit->length = 0;
	/* The first matched word in the field's text. */
	for (size_t m = scoring->last_mark[row]; m != 0; m = work.marks[m - 1].next) {
		const struct mark *mark = &work.marks[m - 1];

		if (mark->field == hit->field && mark->length > 0 && (hit->length == 0 || mark->offset < hit->offset)) {
			hit->offset = mark->offset;
			hit->length = mark->length;
		}
	}
	if (hit->field == SEARCH_SITUATIONS)
		hit->situation = best_situation(scoring, row, situation, situation_held_words, &hit->offset, &hit->length);
}

/* Whether row left ranks before row right: the higher score, then a registered code, then the data's order. */
static bool ranks_before(const double *total, unsigned short left, unsigned short right)
{
	bool left_vendor, right_vendor;

	if (total[left] != total[right])
		return total[left] > total[right];
	left_vendor = !status_is_registered(&status_table[left]);
	right_vendor = !status_is_registered(&status_table[right]);
	if (left_vendor != right_vendor)
		return right_vendor;
	return left < right;
}

/*
 * Puts the best `best` of the scored records first, in order; the rest
 * follow in no order (all are in order when best >= count). An insertion
 * into the first `best` places: there are at most a few hundred records,
 * mostly arriving in the data's order, and a terminal is shown ten, so
 * this does less than qsort would (musl's smoothsort costs more than the
 * search).
 */
static void rank(unsigned short *ranked, size_t count, size_t best, const double *total)
{
	if (best > count)
		best = count;
	for (size_t i = 1; i < count; i++) {
		unsigned short next = ranked[i];
		size_t j = i < best ? i : best;

		if (j == best && (best == 0 || !ranks_before(total, next, ranked[best - 1])))
			continue;
		if (i >= best)
			ranked[i] = ranked[best - 1];	/* the one pushed out of the best goes where next was */
		for (j = j == best ? best - 1 : j; j > 0 && ranks_before(total, next, ranked[j - 1]); j--)
			ranked[j] = ranked[j - 1];
		ranked[j] = next;
	}
}

/* Scores every record for the query: its words, its pairs, its runs' meanings, the prior. */
static void score_query(struct scoring *scoring, const struct query *query)
{
	const char *previous = NULL;

	memset(scoring, 0, sizeof *scoring);
	/* Cleared too, so that its pages are written before they are read. */
	memset(&work.term, 0, sizeof work.term);
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
	if (query->run_count > 0)
		memset(work.run.runs_matched, 0, sizeof work.run.runs_matched);
	for (size_t r = 0; r < query->run_count; r++)
		score_run(scoring, query, r);
	for (size_t row = 0; row < status_count; row++) {
		int code = status_table[row].code;

		if (!status_is_registered(&status_table[row]) && code != CODE_NO_RESPONSE && !scoring->names_vendor[row])
			scoring->total[row] *= VENDOR_PRIOR;
		if (query->failure && code >= 100 && code < 400)
			scoring->total[row] *= FAILURE_PRIOR;
	}
}

/*
 * Fills hits with the records the words score for; returns how many. The
 * best `ordered` come first, best first (SIZE_MAX: all); the rest follow
 * in no order. Of those, only the first `place` are placed (their field,
 * their situation, where the match is and what matched): a terminal shows
 * ten. facts, when not NULL, tells whether the words read as a design
 * question.
 */
size_t search_run(const char *const *words, int word_count, size_t ordered, size_t place,
		  struct search_hit hits[STATUS_ROW_COUNT], struct search_query_facts *facts)
{
	struct query *query = &work.query;
	struct scoring *scoring = &work.scoring;
	unsigned short *ranked = work.ranked;
	size_t count = 0, used = 0;

	search_query_read(words, word_count, query);
	if (facts != NULL)
		facts->question = query->question;
	score_query(scoring, query);
	for (size_t row = 0; row < status_count; row++)
		if (scoring->total[row] > 0)
			ranked[count++] = (unsigned short)row;
	rank(ranked, count, ordered, scoring->total);
	if (place > ordered)
		place = ordered;
	for (size_t i = 0; i < count; i++) {
		hits[i].status = &status_table[ranked[i]];
		hits[i].score = scoring->total[ranked[i]];
		hits[i].matched = "";
		if (i >= place)
			continue;
		place_hit(&hits[i], scoring, ranked[i]);
		hits[i].matched = work.matched + used;
		used += describe_match(work.matched + used, query, ranked[i]) + 1;
	}
	return count;
}

/* One registered code well ahead of the next: a third again the next one's score. */
bool search_clear_winner(const struct search_hit *hits, size_t count)
{
	return count > 0 && status_is_registered(hits[0].status) &&
	       (count == 1 || hits[0].score >= 1.3 * hits[1].score);
}
