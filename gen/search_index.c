/*
 * Building the search index (core/search_index.h). Every searched field of
 * every row, and every situation, is split into standard words
 * (search_words.c), stop words left out; each word is counted per (row,
 * field) with where it first occurs there, so that a hit's snippet needs
 * no second reading of the field; and so is each pair of words that follow
 * each other inside one clause (no ';', ',', '.', ':', '!', '?',
 * parenthesis or line break between them), for the phrase bonus. Pairs are taken from the short
 * fields only (all but the description and the notes): in long prose two
 * words meet by chance, and a bonus for that misleads more than it helps.
 * The output depends only on the data.
 */
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "search_index.h"

/* A word, or a pair joined by a space, in one field of one row, and where. */
struct occurrence {
	char word[2 * (SEARCH_WORD_MAX + 1)];
	unsigned short row;
	unsigned char field;
	unsigned char nth;	/* a situation's place among its row's; 0 for the other fields */
	size_t offset, length;	/* the word's bytes in the field; 0 for a pair */
};

struct occurrences {
	struct occurrence *items;
	size_t count, capacity;
};

static void add_occurrence(struct occurrences *list, const char *word, size_t row, int field,
			   size_t nth, size_t offset, size_t length)
{
	if (list->count == list->capacity) {
		list->capacity = list->capacity ? list->capacity * 2 : 4096;
		list->items = diag_check_alloc(realloc(list->items, list->capacity * sizeof *list->items));
	}
	snprintf(list->items[list->count].word, sizeof list->items[0].word, "%s", word);
	list->items[list->count].row = (unsigned short)row;
	list->items[list->count].field = (unsigned char)field;
	list->items[list->count].nth = (unsigned char)nth;
	list->items[list->count].offset = offset;
	list->items[list->count].length = length;
	list->count++;
}

/*
 * A hyphenated word ("Wi-Fi", "e-mail") is also indexed as one, its parts
 * joined ("wifi", "email"), so that either way of writing it finds the
 * other: compound holds the parts so far, compound_start where it began.
 * Called with each raw word, from word_start to after; the joined word is
 * added when the last part is read. It is no word of the field's length.
 */
static void add_compound(const struct search_sources *sources, char compound[SEARCH_WORD_MAX + 1],
			 const char **compound_start, const char *word_start, const char *raw, const char *after,
			 size_t row, int field, size_t nth, const char *start, struct occurrences *words)
{
	char word[SEARCH_WORD_MAX + 1];
	bool continues = after[0] == '-' && search_is_word_byte((unsigned char)after[1]);
	bool part = compound[0] != '\0' && word_start > start && word_start[-1] == '-';

	if (!part) {
		compound[0] = '\0';
		*compound_start = word_start;
	}
	if (strlen(compound) + strlen(raw) <= SEARCH_WORD_MAX)
		strcat(compound, raw);
	if (continues)
		return;
	if (!part) {
		compound[0] = '\0';
		return;
	}
	search_standard_word(sources->spellings, sources->spelling_count, compound, word);
	add_occurrence(words, word, row, field, nth, (size_t)(*compound_start - start), (size_t)(after - *compound_start));
	compound[0] = '\0';
}

/* Adds text's words and pairs for (row, field); returns how many words it kept. */
static size_t index_text(const struct search_sources *sources, const char *text, size_t row, int field,
			 size_t nth, struct occurrences *words, struct occurrences *pairs)
{
	char raw[SEARCH_WORD_MAX + 1], word[SEARCH_WORD_MAX + 1], previous[SEARCH_WORD_MAX + 1] = "";
	char before[SEARCH_WORD_MAX + 1] = "";	/* the raw word before, for "can't" */
	char pair[2 * (SEARCH_WORD_MAX + 1)];
	char compound[SEARCH_WORD_MAX + 1] = "";	/* "wi-fi" so far, without its hyphens: "wifi" */
	const char *start = text, *word_start, *compound_start = text;
	size_t kept = 0, aside = 0;

	for (;;) {
		bool negation;

		/* Words either side of a clause's end are no pair. */
		for (; *text != '\0' && !search_is_word_byte((unsigned char)*text); text++) {
			if (strchr(";,.:!?()\n", *text) != NULL)
				previous[0] = '\0';
			aside += *text == '(';
			aside -= *text == ')' && aside > 0;
		}
		word_start = text;
		if (!search_next_word(&text, raw))
			break;
		/* An alias's parentheses say where the name comes from ("RFC 2068"): no name's words. */
		if (aside > 0 && field == SEARCH_ALIASES)
			continue;
		add_compound(sources, compound, &compound_start, word_start, raw, text, row, field, nth, start, words);
		negation = search_is_negation(raw, before);
		memcpy(before, raw, sizeof raw);
		if (negation)
			memcpy(raw, "not", sizeof "not");
		if (search_is_stop_word(raw))
			continue;
		search_standard_word(sources->spellings, sources->spelling_count, raw, word);
		add_occurrence(words, word, row, field, nth, (size_t)(word_start - start), (size_t)(text - word_start));
		if (previous[0] != '\0' && field != SEARCH_DESCRIPTION && field != SEARCH_NOTES) {
			snprintf(pair, sizeof pair, "%s %s", previous, word);
			add_occurrence(pairs, pair, row, field, nth, 0, 0);
		}
		memcpy(previous, word, sizeof word);
		kept++;
	}
	return kept;
}

/* By word, row, field and situation: the order of postings. */
static int compare_postings(const struct occurrence *left, const struct occurrence *right)
{
	int order = strcmp(left->word, right->word);

	if (order != 0)
		return order;
	if (left->row != right->row)
		return left->row - right->row;
	if (left->field != right->field)
		return left->field - right->field;
	return left->nth - right->nth;
}

/* And then by place, so that a posting's first occurrence comes first. */
static int compare_occurrences(const void *a, const void *b)
{
	const struct occurrence *left = a, *right = b;
	int order = compare_postings(left, right);

	if (order != 0)
		return order;
	return (left->offset > right->offset) - (left->offset < right->offset);
}

/* The postings of list, sorted, from posting number first on; the words and their slices follow. */
static size_t emit_postings(FILE *out, struct occurrences *list)
{
	size_t postings = 0;

	qsort(list->items, list->count, sizeof *list->items, compare_occurrences);
	for (size_t i = 0; i < list->count;) {
		size_t same = i;

		while (same < list->count && compare_postings(&list->items[i], &list->items[same]) == 0)
			same++;
		/* A field's words lie in its first 64 KiB, its longest word within 255 bytes. */
		fprintf(out, "\t{ %u, %u, %zu, %zu, %zu, %u },\n", list->items[i].row, list->items[i].field,
			same - i > 255 ? 255 : same - i, list->items[i].offset > 65535 ? 0 : list->items[i].offset,
			list->items[i].offset > 65535 || list->items[i].length > 255 ? 0 : list->items[i].length,
			list->items[i].nth);
		postings++;
		i = same;
	}
	return postings;
}

/* Each distinct word of list (sorted) into the string pool, ended by a NUL; *used counts its bytes. */
static void emit_word_text(FILE *out, const struct occurrences *list, size_t *used)
{
	for (size_t i = 0; i < list->count; i++) {
		if (i > 0 && strcmp(list->items[i - 1].word, list->items[i].word) == 0)
			continue;
		fputs("\t", out);
		emit_string(out, list->items[i].word);
		fputs(" \"\\0\"\n", out);
		*used += strlen(list->items[i].word) + 1;
	}
}

/* The table of list's words: each its text in the pool (from text on), its postings from first on. */
static void emit_words(FILE *out, const struct occurrences *list, size_t text, size_t first, const char *name,
		       const char *count_name)
{
	size_t words = 0;

	fprintf(out, "const struct search_word %s[] = {\n", name);
	for (size_t i = 0; i < list->count; words++) {
		size_t postings = 0, rows = 0, start = i;

		for (; i < list->count && strcmp(list->items[i].word, list->items[start].word) == 0; i++) {
			if (i == start || compare_postings(&list->items[i - 1], &list->items[i]) != 0)
				postings++;
			if (i == start || list->items[i - 1].row != list->items[i].row)
				rows++;
		}
		fprintf(out, "\t{ %zu, %zu, %zu, %zu },\n", text, first, postings, rows);
		text += strlen(list->items[start].word) + 1;
		first += postings;
	}
	if (words == 0)
		fputs("\t{ 0, 0, 0, 0 },\n", out);
	fprintf(out, "};\n\nconst size_t %s = %zu;\n\n", count_name, words);
}

static void emit_lengths(FILE *out, size_t (*lengths)[SEARCH_FIELD_COUNT], size_t rows, size_t situation_count)
{
	double total[SEARCH_FIELD_COUNT] = { 0 }, holding[SEARCH_FIELD_COUNT] = { 0 };

	fputs("const unsigned short search_field_lengths[][SEARCH_FIELD_COUNT] = {\n", out);
	for (size_t row = 0; row < rows; row++) {
		fputs("\t{", out);
		for (int field = 0; field < SEARCH_FIELD_COUNT; field++) {
			fprintf(out, " %zu,", lengths[row][field] > 65535 ? 65535 : lengths[row][field]);
			total[field] += (double)lengths[row][field];
			holding[field] += lengths[row][field] > 0;
		}
		fputs(" },\n", out);
	}
	fputs("};\n\nconst double search_field_average[SEARCH_FIELD_COUNT] = {", out);
	for (int field = 0; field < SEARCH_FIELD_COUNT; field++) {
		/*
		 * A situation is measured on its own: the average is one situation's.
		 * Other fields are averaged over the rows that hold them: most rows
		 * have no alias, and against an average of less than a word every
		 * alias would count as many times too long.
		 */
		double count = field == SEARCH_SITUATIONS ? (double)situation_count : holding[field];

		fprintf(out, " %.4f,", count > 0 ? total[field] / count : 0.0);
	}
	fputs(" };\n\n", out);
}

static void emit_situations(FILE *out, const struct situations *situations, const size_t *words, size_t rows)
{
	size_t next = 0;

	fputs("const struct search_situation search_situations[] = {\n", out);
	for (size_t i = 0; i < situations->count; i++) {
		const struct gen_situation *situation = &situations->items[i];

		fprintf(out, "\t{ %zu, %zu, ", situation->row, words[i] > 65535 ? 65535 : words[i]);
		emit_string(out, situation->text);
		fputs(", ", out);
		emit_string(out, situation->alternatives);
		fputs(", ", out);
		emit_string(out, situation->source);
		fputs(" },\n", out);
	}
	/* An empty initialiser list is not C11: a placeholder keeps the array valid. */
	if (situations->count == 0)
		fputs("\t{ 0, 0, \"\", \"\", \"\" },\n", out);
	fprintf(out, "};\n\nconst size_t search_situation_count = %zu;\n\n", situations->count);
	fputs("const unsigned short search_row_situations[] = {", out);
	for (size_t row = 0; row <= rows; row++) {
		while (next < situations->count && situations->items[next].row < row)
			next++;
		fprintf(out, "%s%zu,", row % 16 == 0 ? "\n\t" : " ", next);
	}
	fputs("\n};\n", out);
}

#define SYNONYM_TEXT_WORDS 16	/* the words of a synonym's text that count */

/* The words of a synonym's text, "can't" as the user's words read it ("can not"); how many. */
static size_t synonym_raw_words(const char *text, char words[SYNONYM_TEXT_WORDS][SEARCH_WORD_MAX + 1])
{
	char before[SEARCH_WORD_MAX + 1] = "";
	size_t count = 0;

	while (count < SYNONYM_TEXT_WORDS && search_next_word(&text, words[count])) {
		bool negation = search_is_negation(words[count], before);

		memcpy(before, words[count], sizeof before);
		if (negation)
			memcpy(words[count], "not", sizeof "not");
		count++;
	}
	return count;
}

/*
 * Whether word i of count is left out of a synonym's words: a stop word
 * between two others, as search leaves it out between the user's words
 * ("url is too long" is "url too long"); one at an end stays ("log in").
 */
static bool inner_stop_word(char words[SYNONYM_TEXT_WORDS][SEARCH_WORD_MAX + 1], size_t i, size_t count)
{
	return i > 0 && i + 1 < count && search_is_stop_word(words[i]);
}

/* "logged in" as "log in": each word in standard form, joined by a space, inner stop words left out. */
static char *standard_words(const struct search_sources *sources, const char *text)
{
	char words[SYNONYM_TEXT_WORDS][SEARCH_WORD_MAX + 1], word[SEARCH_WORD_MAX + 1];
	size_t count = synonym_raw_words(text, words), used = 0;
	char *joined = diag_check_alloc(malloc(count * (SEARCH_WORD_MAX + 1) + 1));

	for (size_t i = 0; i < count; i++) {
		if (inner_stop_word(words, i, count))
			continue;
		search_standard_word(sources->spellings, sources->spelling_count, words[i], word);
		used += (size_t)sprintf(joined + used, "%s%s", used > 0 ? " " : "", word);
	}
	joined[used] = '\0';
	return joined;
}

struct synonym_row {
	char *words;
	const char *means;
	unsigned participles;
	size_t order;
};

/* Bit i set for the synonym's words (inner stop words left out) written as past participles (search_is_participle). */
static unsigned participle_bits(const char *text)
{
	char words[SYNONYM_TEXT_WORDS][SEARCH_WORD_MAX + 1];
	size_t count = synonym_raw_words(text, words);
	unsigned bits = 0;

	for (size_t i = 0, kept = 0; i < count; i++) {
		if (inner_stop_word(words, i, count))
			continue;
		if (search_is_participle(words[i]) && kept < CHAR_BIT)
			bits |= 1u << kept;
		kept++;
	}
	return bits;
}

static int compare_synonyms(const void *a, const void *b)
{
	const struct synonym_row *left = a, *right = b;
	int order = strcmp(left->words, right->words);

	if (order != 0)
		return order;
	return (left->order > right->order) - (left->order < right->order);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every word the synonyms are written in (standard form), sorted, once each: words search knows. */
static void emit_synonym_vocabulary(FILE *out, const struct synonym_row *rows, size_t count)
{
	size_t capacity = 0, used = 0, words = 0;
	char **vocabulary;

	for (size_t r = 0; r < count; r++)
		capacity += strlen(rows[r].words) / 2 + 1;
	vocabulary = diag_check_alloc(calloc(capacity + 1, sizeof *vocabulary));
	for (size_t r = 0; r < count; r++) {
		char *copy = diag_check_alloc(strdup(rows[r].words)), *save = NULL;

		for (char *word = strtok_r(copy, " ", &save); word != NULL; word = strtok_r(NULL, " ", &save))
			vocabulary[used++] = diag_check_alloc(strdup(word));
		free(copy);
	}
	qsort(vocabulary, used, sizeof *vocabulary, compare_strings);
	fputs("const char *const search_synonym_words[] = {\n", out);
	for (size_t i = 0; i < used; i++) {
		if (i == 0 || strcmp(vocabulary[i - 1], vocabulary[i]) != 0) {
			fputs("\t", out);
			emit_string(out, vocabulary[i]);
			fputs(",\n", out);
			words++;
		}
	}
	if (words == 0)
		fputs("\t\"\",\n", out);
	fprintf(out, "};\n\nconst size_t search_synonym_word_count = %zu;\n\n", words);
	for (size_t i = 0; i < used; i++)
		free(vocabulary[i]);
	free(vocabulary);
}

/* The synonyms, sorted by their words in standard form, so search matches "logged in" to "log in". */
static void emit_synonyms(FILE *out, const struct search_sources *sources)
{
	const struct csv_table *table = sources->synonyms;
	struct synonym_row *rows = diag_check_alloc(calloc(table->row_count, sizeof *rows));
	size_t count = table->row_count > 0 ? table->row_count - 1 : 0;

	for (size_t r = 0; r < count; r++)
		rows[r] = (struct synonym_row){ standard_words(sources, table->rows[r + 1].fields[0]),
						table->rows[r + 1].fields[1],
						participle_bits(table->rows[r + 1].fields[0]), r };
	qsort(rows, count, sizeof *rows, compare_synonyms);
	fputs("const struct synonym search_synonyms[] = {\n", out);
	for (size_t r = 0; r < count; r++) {
		fputs("\t{ ", out);
		emit_string(out, rows[r].words);
		fputs(", ", out);
		emit_string(out, rows[r].means);
		fprintf(out, ", %u },\n", rows[r].participles);
	}
	if (count == 0)
		fputs("\t{ \"\", \"\", 0 },\n", out);
	fprintf(out, "};\n\nconst size_t search_synonym_count = %zu;\n\n", count);
	emit_synonym_vocabulary(out, rows, count);
	for (size_t r = 0; r < count; r++)
		free(rows[r].words);
	free(rows);
}

void search_index_emit(FILE *out, const struct search_sources *sources)
{
	const struct dataset *data = sources->data;
	struct occurrences words = { 0 }, pairs = { 0 };
	size_t (*lengths)[SEARCH_FIELD_COUNT] = diag_check_alloc(calloc(data->status_count + 1, sizeof *lengths));
	size_t *situation_words = diag_check_alloc(calloc(sources->situations->count + 1, sizeof *situation_words));
	size_t postings, text_used = 0, pair_text;

	for (size_t row = 0; row < data->status_count; row++)
		for (int field = 0; field < SEARCH_FIELD_COUNT; field++)
			lengths[row][field] = index_text(sources, search_field_text(&data->statuses[row],
						(enum search_field)field), row, field, 0, &words, &pairs);
	for (size_t i = 0, nth = 0; i < sources->situations->count; i++) {
		const struct gen_situation *situation = &sources->situations->items[i];

		/* Each situation has postings of its own, so that search knows which one a word is in. */
		nth = i > 0 && sources->situations->items[i - 1].row == situation->row ? nth + 1 : 0;
		situation_words[i] = index_text(sources, situation->text, situation->row, SEARCH_SITUATIONS,
						nth > 255 ? 255 : nth, &words, &pairs);
		lengths[situation->row][SEARCH_SITUATIONS] += situation_words[i];
	}
	fputs("/* Generated by httpstatus-gen from data/status.csv, data/situations.csv,\n"
	      " * data/synonyms.csv and data/spellings.csv.\n"
	      " * Do not edit: edit the CSV and rebuild. */\n\n"
	      "#include \"core/search_index.h\"\n\n"
	      "const struct search_posting search_postings[] = {\n", out);
	postings = emit_postings(out, &words);
	emit_postings(out, &pairs);
	fputs("};\n\n", out);
	fputs("const char search_word_text[] =\n", out);
	emit_word_text(out, &words, &text_used);
	pair_text = text_used;
	emit_word_text(out, &pairs, &text_used);
	fputs("\t\"\";\n\n", out);
	emit_words(out, &words, 0, 0, "search_words", "search_word_count");
	emit_words(out, &pairs, pair_text, postings, "search_pairs", "search_pair_count");
	emit_lengths(out, lengths, data->status_count, sources->situations->count);
	emit_synonyms(out, sources);
	emit_situations(out, sources->situations, situation_words, data->status_count);
	free(words.items);
	free(pairs.items);
	free(lengths);
	free(situation_words);
}
