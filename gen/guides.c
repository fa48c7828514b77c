/*
 * Checking and writing the guides (see guides.h). Each table is checked
 * against the status data: advice names codes that exist, the choose tree
 * has parents before children, a code at every leaf and at most
 * CHOOSE_DEPTH_MAX levels, every synonym means words some record holds, and
 * every situation leads to a meaning in the data and names its source.
 * Defects are reported as FILE:LINE: message, as for status.csv.
 */
#include <stdlib.h>
#include <string.h>

#include "core/advice.h"
#include "core/choose.h"
#include "core/code.h"
#include "core/search_index.h"
#include "core/utf8.h"
#include "emit.h"
#include "guides.h"
#include "situations.h"

/* The columns of choose.csv, stated once: their names and their positions. */
#define CHOOSE_COLUMNS(COLUMN) COLUMN(CHOOSE_ID, id) COLUMN(CHOOSE_PARENT, parent) \
	COLUMN(CHOOSE_TOPIC, topic) COLUMN(CHOOSE_QUESTION, question) COLUMN(CHOOSE_ANSWER, answer) \
	COLUMN(CHOOSE_CODE, code) COLUMN(CHOOSE_REASON, reason)
enum { CHOOSE_COLUMNS(CSV_COLUMN_POSITION) CHOOSE_COLUMN_COUNT };

/* A situation is a short phrase a user might type, not a description. */
#define SITUATION_COLUMNS_MAX 99

/* Reads "400;422" into codes; false after reporting a defect. */
static bool read_codes(struct checker *check, const struct dataset *data, const char *text,
		       short codes[ADVICE_CODES_MAX], size_t *count)
{
	*count = 0;
	for (;;) {
		size_t length = strcspn(text, ";");
		int code = code_parse(text, length);

		if (code < 0 || dataset_row_of(data, code) < 0) {
			check_fail(check, "'%.*s' is not a code in the data", (int)(length < 16 ? length : 16), text);
			return false;
		}
		if (*count == ADVICE_CODES_MAX) {
			check_fail(check, "more than %d codes", ADVICE_CODES_MAX);
			return false;
		}
		if (*count > 0 && code <= codes[*count - 1]) {
			check_fail(check, "codes are not in ascending order at %d", code);
			return false;
		}
		codes[(*count)++] = (short)code;
		if (text[length] == '\0')
			break;
		text += length + 1;
	}
	if (*count < 2) {
		check_fail(check, "advice needs at least two codes");
		return false;
	}
	return true;
}

static bool codes_hold(const short *codes, size_t count, int code)
{
	for (size_t i = 0; i < count; i++)
		if (codes[i] == code)
			return true;
	return false;
}

/* Advice: two to four existing codes, ascending, text, and no pair advised twice. */
static void check_advice(struct checker *check, struct guides *guides)
{
	const struct csv_table *table = &guides->tables[GUIDE_ADVICE];
	short (*seen)[ADVICE_CODES_MAX] = diag_check_alloc(calloc(table->row_count, sizeof *seen));
	size_t *seen_count = diag_check_alloc(calloc(table->row_count, sizeof *seen_count));

	for (size_t r = 1; r < table->row_count; r++) {
		const struct csv_row *row = &table->rows[r];

		check->line = row->line;
		if (!read_codes(check, guides->data, row->fields[0], seen[r], &seen_count[r]))
			continue;
		if (row->fields[1][0] == '\0')
			check_fail(check, "empty advice");
		for (size_t earlier = 1; earlier < r; earlier++) {
			size_t shared = 0;

			for (size_t i = 0; i < seen_count[r]; i++)
				shared += codes_hold(seen[earlier], seen_count[earlier], seen[r][i]);
			if (shared >= 2) {
				check_fail(check, "advises on a pair of codes that line %zu already covers",
					   table->rows[earlier].line);
				break;
			}
		}
	}
	check->line = 1;
	for (size_t i = 0; i < guides->data->status_count; i++) {
		int code = guides->data->statuses[i].code;
		size_t advised = 0;

		for (size_t r = 1; r < table->row_count; r++)
			advised += codes_hold(seen[r], seen_count[r], code);
		if (advised > ADVICE_PER_CODE_MAX && (i == 0 || guides->data->statuses[i - 1].code != code))
			check_fail(check, "%d has advice in more than %d rows", code, ADVICE_PER_CODE_MAX);
	}
	free(seen);
	free(seen_count);
}

/* The class whose name or alias the topic is, by lookup key; 0 for none. */
static int topic_class(const struct dataset *data, const char *topic)
{
	char key[NAME_KEY_BUFFER], other[NAME_KEY_BUFFER];

	if (name_key(topic, strlen(topic), key, sizeof key) == 0)
		return 0;
	for (int digit = 1; digit < STATUS_CLASS_COUNT; digit++) {
		const char *list = data->classes[digit].aliases, *alias;
		size_t length;

		name_key(data->classes[digit].name, strlen(data->classes[digit].name), other, sizeof other);
		if (strcmp(key, other) == 0)
			return digit;
		while (list != NULL && name_list_next(&list, &alias, &length))
			if (name_key(alias, length, other, sizeof other) > 0 && strcmp(key, other) == 0)
				return digit;
	}
	return 0;
}

static long choose_find(const struct csv_table *table, size_t before, const char *id)
{
	for (size_t r = 1; r < before; r++)
		if (strcmp(table->rows[r].fields[CHOOSE_ID], id) == 0)
			return (long)r;
	return -1;
}

static size_t choose_depth(const struct csv_table *table, size_t r)
{
	size_t depth = 1;

	for (long parent = choose_find(table, r, table->rows[r].fields[CHOOSE_PARENT]);
	     parent > 0; parent = choose_find(table, (size_t)parent, table->rows[parent].fields[CHOOSE_PARENT]))
		depth++;
	return depth;
}

static size_t choose_children(const struct csv_table *table, size_t r)
{
	size_t children = 0;

	for (size_t c = r + 1; c < table->row_count; c++)
		children += strcmp(table->rows[c].fields[CHOOSE_PARENT], table->rows[r].fields[CHOOSE_ID]) == 0;
	return children;
}

/* One node: what a root, an inner node and a leaf must and must not have. */
static void check_choose_row(struct checker *check, const struct dataset *data, const struct csv_table *table,
			     size_t r)
{
	char **f = table->rows[r].fields;
	bool root = f[CHOOSE_PARENT][0] == '\0', leaf = f[CHOOSE_CODE][0] != '\0';
	size_t children = choose_children(table, r);

	check->line = table->rows[r].line;
	if (f[CHOOSE_ID][0] == '\0' || strspn(f[CHOOSE_ID], "abcdefghijklmnopqrstuvwxyz0123456789_-") != strlen(f[CHOOSE_ID]))
		check_fail(check, "id '%s' is empty or not lower-case letters, digits, '-' and '_'", f[CHOOSE_ID]);
	if (choose_find(table, r, f[CHOOSE_ID]) > 0)
		check_fail(check, "id '%s' is given twice", f[CHOOSE_ID]);
	if (root) {
		if (f[CHOOSE_TOPIC][0] == '\0')
			check_fail(check, "'%s' has no parent and no topic", f[CHOOSE_ID]);
		else if (topic_class(data, f[CHOOSE_TOPIC]) == 0)
			check_fail(check, "topic '%s' names no class", f[CHOOSE_TOPIC]);
		for (size_t earlier = 1; earlier < r; earlier++)
			if (strcmp(table->rows[earlier].fields[CHOOSE_TOPIC], f[CHOOSE_TOPIC]) == 0 && f[CHOOSE_TOPIC][0] != '\0')
				check_fail(check, "topic '%s' is given twice", f[CHOOSE_TOPIC]);
		if (f[CHOOSE_ANSWER][0] != '\0' || leaf)
			check_fail(check, "the root '%s' has an answer or a code", f[CHOOSE_ID]);
	} else {
		if (choose_find(table, r, f[CHOOSE_PARENT]) < 0)
			check_fail(check, "parent '%s' is not an earlier row", f[CHOOSE_PARENT]);
		else if (choose_depth(table, r) > CHOOSE_DEPTH_MAX)
			check_fail(check, "'%s' is deeper than %d levels", f[CHOOSE_ID], CHOOSE_DEPTH_MAX);
		if (f[CHOOSE_TOPIC][0] != '\0')
			check_fail(check, "'%s' has a topic but is not a root", f[CHOOSE_ID]);
		if (f[CHOOSE_ANSWER][0] == '\0')
			check_fail(check, "'%s' has no answer", f[CHOOSE_ID]);
	}
	if (leaf) {
		int code = code_parse(f[CHOOSE_CODE], strlen(f[CHOOSE_CODE]));

		if (code < 0 || dataset_row_of(data, code) < 0)
			check_fail(check, "code '%s' is not a code in the data", f[CHOOSE_CODE]);
		if (f[CHOOSE_REASON][0] == '\0')
			check_fail(check, "the leaf '%s' has no reason", f[CHOOSE_ID]);
		else if (utf8_columns(f[CHOOSE_REASON], strlen(f[CHOOSE_REASON])) > SHORT_COLUMNS_MAX)
			check_fail(check, "the reason of '%s' is over 80 characters", f[CHOOSE_ID]);
		if (f[CHOOSE_QUESTION][0] != '\0' || children > 0)
			check_fail(check, "the leaf '%s' has a question or children", f[CHOOSE_ID]);
	} else {
		if (f[CHOOSE_QUESTION][0] == '\0' || children < 2)
			check_fail(check, "'%s' has no code, so it needs a question and two children", f[CHOOSE_ID]);
		if (f[CHOOSE_REASON][0] != '\0')
			check_fail(check, "'%s' has a reason but no code", f[CHOOSE_ID]);
	}
}

static void check_choose(struct checker *check, struct guides *guides)
{
	const struct csv_table *table = &guides->tables[GUIDE_CHOOSE];

	for (size_t r = 1; r < table->row_count; r++)
		check_choose_row(check, guides->data, table, r);
}

/* A copy of text split into words and joined by single spaces, as search splits it. */
static char *joined_words(const char *text)
{
	char word[SEARCH_WORD_MAX + 1], *joined = diag_check_alloc(malloc(strlen(text) + 1));
	size_t used = 0;

	while (search_next_word(&text, word)) {
		size_t length = strlen(word);

		if (used > 0)
			joined[used++] = ' ';
		memcpy(joined + used, word, length);
		used += length;
	}
	joined[used] = '\0';
	return joined;
}

/* True when a word of text starts with word, as search matches. */
static bool text_has_word(const char *text, const char *word)
{
	char found[SEARCH_WORD_MAX + 1];

	while (search_next_word(&text, found))
		if (strncmp(found, word, strlen(word)) == 0)
			return true;
	return false;
}

/* True when one record holds every word of words in its searched fields. */
static bool some_record_holds(const struct dataset *data, const char *words)
{
	for (size_t i = 0; i < data->status_count; i++) {
		const char *cursor = words;
		char word[SEARCH_WORD_MAX + 1];
		bool all = true;

		while (all && search_next_word(&cursor, word)) {
			bool any = false;

			for (int f = 0; f < SEARCH_FIELD_COUNT && !any; f++)
				any = text_has_word(search_field_text(&data->statuses[i], (enum search_field)f), word);
			all = any;
		}
		if (all)
			return true;
	}
	return false;
}

/* True when text holds part, ignoring ASCII case; part is lower-case. */
static bool text_contains(const char *text, const char *part)
{
	size_t length = strlen(part);

	for (; *text != '\0'; text++) {
		size_t i = 0;

		while (i < length && text[i] != '\0' &&
		       (text[i] >= 'A' && text[i] <= 'Z' ? text[i] - 'A' + 'a' : text[i]) == part[i])
			i++;
		if (i == length)
			return true;
	}
	return false;
}

/* True when a record's searched fields hold part, even inside a word. */
static bool some_record_contains(const struct dataset *data, const char *part)
{
	for (size_t i = 0; i < data->status_count; i++)
		for (int f = 0; f < SEARCH_FIELD_COUNT; f++)
			if (text_contains(search_field_text(&data->statuses[i], (enum search_field)f), part))
				return true;
	return false;
}

/* Synonyms: words and meaning given, different, not repeated, and the meaning is in the data. */
static void check_synonyms(struct checker *check, struct guides *guides)
{
	const struct csv_table *table = &guides->tables[GUIDE_SYNONYMS];
	char **kept = diag_check_alloc(calloc(2 * table->row_count, sizeof *kept));

	for (size_t r = 1; r < table->row_count; r++) {
		char **f = table->rows[r].fields;
		const char *words = kept[2 * r] = joined_words(f[0]);
		const char *means = kept[2 * r + 1] = joined_words(f[1]);

		check->line = table->rows[r].line;
		if (words[0] == '\0' || means[0] == '\0' || strcmp(words, means) == 0) {
			check_fail(check, "'%s' and '%s' must both hold words and differ", f[0], f[1]);
			continue;
		}
		if (!some_record_holds(guides->data, means))
			check_fail(check, "'%s' means '%s', which no record holds", f[0], f[1]);
		for (size_t earlier = 1; earlier < r; earlier++)
			if (strcmp(kept[2 * earlier], words) == 0 && strcmp(kept[2 * earlier + 1], means) == 0)
				check_fail(check, "'%s' -> '%s' repeats line %zu", f[0], f[1], table->rows[earlier].line);
	}
	for (size_t i = 0; i < 2 * table->row_count; i++)
		free(kept[i]);
	free(kept);
}

/*
 * Spellings: one lower-case word each, the standard somewhere in the data
 * (a spelling is replaced inside words too: unauthorised holds authorise),
 * and each variant once.
 */
static void check_spellings(struct checker *check, struct guides *guides)
{
	const struct csv_table *table = &guides->tables[GUIDE_SPELLINGS];

	for (size_t r = 1; r < table->row_count; r++) {
		char **f = table->rows[r].fields;

		check->line = table->rows[r].line;
		for (int c = 0; c < 2; c++)
			if (f[c][0] == '\0' || strspn(f[c], "abcdefghijklmnopqrstuvwxyz") != strlen(f[c]))
				check_fail(check, "'%s' is not one lower-case word", f[c]);
		if (strcmp(f[0], f[1]) == 0)
			check_fail(check, "'%s' is its own standard", f[0]);
		else if (!some_record_contains(guides->data, f[1]))
			check_fail(check, "standard '%s' is in no record", f[1]);
		for (size_t other = 1; other < table->row_count; other++) {
			if (other < r && strcmp(table->rows[other].fields[0], f[0]) == 0)
				check_fail(check, "variant '%s' repeats line %zu", f[0], table->rows[other].line);
			if (strcmp(table->rows[other].fields[1], f[0]) == 0)
				check_fail(check, "variant '%s' is also a standard", f[0]);
		}
	}
}

/*
 * An empty origin means the code's first meaning, which must not be a
 * vendor's; any other origin is the origin of one of the code's vendor rows.
 */
static void check_situation_origin(struct checker *check, const struct dataset *data, int code,
				   const char *origin)
{
	long row = situation_row(data, code, origin);

	if (origin[0] == '\0' && data->statuses[row].kind == KIND_UNOFFICIAL)
		check_fail(check, "%03d has only vendors' meanings: give the origin", code);
	else if (origin[0] != '\0' && (row < 0 || data->statuses[row].kind != KIND_UNOFFICIAL))
		check_fail(check, "origin '%s' is not the origin of a vendor's %03d", origin, code);
}

/* Alternatives: empty, or ;-separated codes in the data, other than the row's, each once. */
static void check_situation_alternatives(struct checker *check, const struct dataset *data, int code,
					 const char *text)
{
	short seen[8];
	const char *item;
	size_t count = 0, length;

	while (name_list_next(&text, &item, &length)) {
		int other = length == 3 ? code_parse(item, length) : -1;

		if (other < 0 || dataset_row_of(data, other) < 0) {
			check_fail(check, "alternative '%.*s' is not a code in the data", (int)(length < 16 ? length : 16), item);
			return;
		}
		if (other == code || codes_hold(seen, count, other) || count == sizeof seen / sizeof *seen) {
			check_fail(check, "alternative %03d repeats a code of the row, or too many", other);
			return;
		}
		seen[count++] = (short)other;
	}
}

/*
 * Situations: rows in code order, each a code in the data, the origin of
 * the meaning it leads to, a phrase under 100 characters not given twice for
 * the code, alternatives in the data, and an https:// source.
 */
static void check_situations(struct checker *check, struct guides *guides)
{
	const struct csv_table *table = &guides->tables[GUIDE_SITUATIONS];
	int previous = -1;

	for (size_t r = 1; r < table->row_count; r++) {
		char **f = table->rows[r].fields;
		int code;

		check->line = table->rows[r].line;
		code = strlen(f[SITUATION_CODE]) == 3 ? code_parse(f[SITUATION_CODE], 3) : -1;
		if (code < 0 || dataset_row_of(guides->data, code) < 0) {
			check_fail(check, "'%s' is not a code in the data", f[SITUATION_CODE]);
			continue;
		}
		if (code < previous)
			check_fail(check, "%03d comes after %03d: rows go in code order", code, previous);
		previous = code;
		check_situation_origin(check, guides->data, code, f[SITUATION_ORIGIN]);
		if (f[SITUATION_TEXT][0] == '\0')
			check_fail(check, "empty situation");
		else if (utf8_columns(f[SITUATION_TEXT], strlen(f[SITUATION_TEXT])) > SITUATION_COLUMNS_MAX)
			check_fail(check, "situation is 100 characters or more");
		for (size_t earlier = 1; earlier < r; earlier++)
			if (strcmp(table->rows[earlier].fields[SITUATION_CODE], f[SITUATION_CODE]) == 0 &&
			    strcmp(table->rows[earlier].fields[SITUATION_TEXT], f[SITUATION_TEXT]) == 0)
				check_fail(check, "situation repeats line %zu", table->rows[earlier].line);
		check_situation_alternatives(check, guides->data, code, f[SITUATION_ALTERNATIVES]);
		if (strncmp(f[SITUATION_SOURCE], "https://", 8) != 0 ||
		    strpbrk(f[SITUATION_SOURCE], " \t\n\"<>") != NULL)
			check_fail(check, "source '%s' is not an https:// URL", f[SITUATION_SOURCE]);
	}
}

/* Each guide file: its name, its header and the check of its rows. */
static const struct {
	const char *name;
	const char *columns[CHOOSE_COLUMN_COUNT + 1];
	void (*check)(struct checker *check, struct guides *guides);
} guide_files[GUIDE_FILE_COUNT] = {
	[GUIDE_ADVICE] = { "advice.csv", { "codes", "advice" }, check_advice },
	[GUIDE_CHOOSE] = { "choose.csv", { CHOOSE_COLUMNS(CSV_COLUMN_NAME) }, check_choose },
	[GUIDE_SYNONYMS] = { "synonyms.csv", { "word", "means" }, check_synonyms },
	[GUIDE_SPELLINGS] = { "spellings.csv", { "variant", "standard" }, check_spellings },
	[GUIDE_SITUATIONS] = { "situations.csv", { SITUATION_COLUMNS(CSV_COLUMN_NAME) }, check_situations },
};

/* Reads the guide files in directory and checks them; 0, or -1 after reporting every defect. */
int guides_check(struct guides *guides, const char *directory, const struct dataset *data, struct diag *diag)
{
	struct checker check = { NULL, diag, 0, 0 };
	int errors = diag->errors;
	char paths[GUIDE_FILE_COUNT][4096];

	guides->data = data;
	for (int file = 0; file < GUIDE_FILE_COUNT; file++) {
		size_t columns = 0;
		FILE *in;
		int read;

		snprintf(paths[file], sizeof paths[file], "%s/%s", directory, guide_files[file].name);
		in = fopen(paths[file], "r");
		if (in == NULL) {
			diag_error(diag, paths[file], 0, "cannot be opened");
			return -1;
		}
		read = csv_rows_read(in, paths[file], &guides->tables[file], diag);
		fclose(in);
		while (guide_files[file].columns[columns] != NULL)
			columns++;
		if (read != 0 || dataset_check_shape(&guides->tables[file], paths[file],
						     guide_files[file].columns, columns, diag) != 0)
			return -1;
	}
	for (int file = 0; file < GUIDE_FILE_COUNT; file++) {
		check.path = paths[file];
		guide_files[file].check(&check, guides);
	}
	return diag->errors > errors ? -1 : 0;
}

static void emit_advice(FILE *out, const struct guides *guides)
{
	const struct csv_table *table = &guides->tables[GUIDE_ADVICE];

	fputs("const struct advice advice_table[] = {\n", out);
	for (size_t r = 1; r < table->row_count; r++) {
		size_t count = 1;

		fputs("\t{ { ", out);
		for (const char *c = table->rows[r].fields[0]; *c != '\0'; c++) {
			if (*c == ';')
				fputs(", ", out);
			else
				fputc(*c, out);
			count += *c == ';';
		}
		fprintf(out, " }, %zu,\n\t  ", count);
		emit_string(out, table->rows[r].fields[1]);
		fputs(" },\n", out);
	}
	fprintf(out, "};\n\nconst size_t advice_count = %zu;\n\n", table->row_count - 1);
}

/* The index of the first row after `after` whose parent is parent; CHOOSE_NONE if none. */
static long choose_next_with_parent(const struct csv_table *table, size_t after, const char *parent)
{
	for (size_t r = after + 1; r < table->row_count; r++)
		if (strcmp(table->rows[r].fields[CHOOSE_PARENT], parent) == 0)
			return (long)r - 1;
	return CHOOSE_NONE;
}

static void emit_choose(FILE *out, const struct guides *guides)
{
	const struct csv_table *table = &guides->tables[GUIDE_CHOOSE];

	fputs("const struct choose_node choose_nodes[] = {\n", out);
	for (size_t r = 1; r < table->row_count; r++) {
		char **f = table->rows[r].fields;
		long parent = choose_find(table, r, f[CHOOSE_PARENT]);

		fputs("\t{ ", out);
		emit_string(out, f[CHOOSE_ID]);
		fprintf(out, ", %ld, %ld, %ld, %zu, %d,\n\t  ", parent > 0 ? parent - 1 : CHOOSE_NONE,
			choose_next_with_parent(table, r, f[CHOOSE_ID]),
			parent > 0 ? choose_next_with_parent(table, r, f[CHOOSE_PARENT]) : CHOOSE_NONE,
			choose_depth(table, r), topic_class(guides->data, f[CHOOSE_TOPIC]));
		for (int c = CHOOSE_TOPIC; c <= CHOOSE_ANSWER; c++) {
			emit_string(out, f[c]);
			fputs(", ", out);
		}
		/* Not 0 for "no code": 000 (no response) is a code. */
		fprintf(out, "%d, ", f[CHOOSE_CODE][0] != '\0' ? code_parse(f[CHOOSE_CODE], strlen(f[CHOOSE_CODE])) : CHOOSE_NONE);
		emit_string(out, f[CHOOSE_REASON]);
		fputs(" },\n", out);
	}
	fprintf(out, "};\n\nconst size_t choose_node_count = %zu;\n\n", table->row_count - 1);
}

/* Variants are each given once (check_spellings), so the order is whole without a tie-break. */
static int compare_variants(const void *a, const void *b)
{
	return strcmp(((const struct spelling *)a)->variant, ((const struct spelling *)b)->variant);
}

/* The spellings by variant; the synonyms go into the search index, in its form (gen/search_index.c). */
static void emit_spellings(FILE *out, const struct guides *guides)
{
	const struct csv_table *table = &guides->tables[GUIDE_SPELLINGS];
	size_t count = table->row_count - 1;
	struct spelling *spellings = diag_check_alloc(malloc(table->row_count * sizeof *spellings));

	for (size_t i = 0; i < count; i++)
		spellings[i] = (struct spelling){ table->rows[i + 1].fields[0], table->rows[i + 1].fields[1] };
	qsort(spellings, count, sizeof *spellings, compare_variants);
	fputs("const struct spelling spellings[] = {\n", out);
	for (size_t i = 0; i < count; i++) {
		fputs("\t{ ", out);
		emit_string(out, spellings[i].variant);
		fputs(", ", out);
		emit_string(out, spellings[i].standard);
		fputs(" },\n", out);
	}
	fprintf(out, "};\n\nconst size_t spelling_count = %zu;\n\n", count);
	free(spellings);
}

static int compare_lengths(const void *a, const void *b)
{
	const struct gen_key *left = a, *right = b;
	size_t left_length = strlen(left->key), right_length = strlen(right->key);

	if (left_length != right_length)
		return (left_length > right_length) - (left_length < right_length);
	return strcmp(left->key, right->key);
}

/* The lookup keys gperf hashes, again as a list by length, for the nearest-key search. */
static void emit_suggest_keys(FILE *out, const struct dataset *data)
{
	struct gen_key *keys = diag_check_alloc(malloc(data->key_count * sizeof *keys + 1));

	memcpy(keys, data->keys, data->key_count * sizeof *keys);
	qsort(keys, data->key_count, sizeof *keys, compare_lengths);
	fputs("const struct suggest_key suggest_keys[] = {\n", out);
	for (size_t i = 0; i < data->key_count; i++)
		fprintf(out, "\t{ \"%s\", %zu, %zu },\n", keys[i].key, strlen(keys[i].key), keys[i].row);
	fprintf(out, "};\n\nconst size_t suggest_key_count = %zu;\n", data->key_count);
	free(keys);
}

void guides_emit(FILE *out, const struct guides *guides)
{
	fputs("/* Generated by httpstatus-gen from data/advice.csv, data/choose.csv,\n"
	      " * data/synonyms.csv, data/spellings.csv and data/status.csv.\n"
	      " * Do not edit: edit the CSV and rebuild. */\n\n"
	      "#include \"core/advice.h\"\n#include \"core/choose.h\"\n"
	      "#include \"core/suggest.h\"\n#include \"core/synonyms.h\"\n\n", out);
	emit_advice(out, guides);
	emit_choose(out, guides);
	emit_spellings(out, guides);
	emit_suggest_keys(out, guides->data);
}

void guides_free(struct guides *guides)
{
	for (int file = 0; file < GUIDE_FILE_COUNT; file++)
		csv_table_free(&guides->tables[file]);
}
