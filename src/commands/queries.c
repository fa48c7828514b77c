/*
 * The queries of the bare form, explain and compare, read as a person means
 * them: from the operands, or from stdin when there are none and stdin is
 * not a terminal, or with "-" ("curl -sIL URL | httpstatus explain").
 * Adjacent words that name one thing are one query (core/query.c); a query
 * that names nothing is reported with what it may have meant, or with the
 * codes that are about it and how to search for them.
 */
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands/commands.h"
#include "commands/input.h"
#include "commands/queries.h"
#include "core/ascii.h"
#include "core/code.h"
#include "core/exit_status.h"
#include "core/search.h"
#include "core/suggest.h"
#include "core/synonyms.h"
#include "filters/heads.h"
#include "filters/stream.h"
#include "output/quote.h"

/* How many codes a concept's pointer names. */
#define CONCEPT_CODES_MAX 3

/* Stdin that explain or compare reads whole: far more than any chain of response heads. */
#define QUERIES_INPUT_MAX (16 << 20)

/* A word of prose: letters, and hyphens inside it ("rate-limit"). */
static bool is_letter_word(const char *word)
{
	return (ascii_is_upper(*word) || ascii_is_lower(*word)) && word[strspn(word, ASCII_LETTERS "-")] == '\0';
}

static int word_order(const void *word, const void *entry)
{
	return strcmp(word, search_word_of(entry));
}

/*
 * Whether the word is one the data's text holds, as search reads it
 * (spelled and stemmed as the index keeps words), not merely near one:
 * search reads a slip as the word it was meant for, and a concept must be
 * named.
 */
static bool indexed(const char *word)
{
	char raw[SEARCH_WORD_MAX + 1], typed[SEARCH_WORD_MAX + 1], standard[SEARCH_WORD_MAX + 1];

	if (!search_next_word(&word, raw) || search_next_word(&word, typed))
		return false;
	if (!spelling_normalise(raw, typed, sizeof typed))
		memcpy(typed, raw, sizeof typed);
	search_standard_word(NULL, 0, typed, standard);
	return bsearch(standard, search_words, search_word_count, sizeof *search_words, word_order) != NULL;
}

/* The codes whose text is about the words: the search's best few, one record a code. */
static size_t concept_codes(const char *const *words, size_t count,
			    const struct status *found[CONCEPT_CODES_MAX])
{
	static struct search_hit hits[STATUS_ROW_COUNT];
	size_t hit_count = search_run(words, (int)count, SIZE_MAX, 0, hits, NULL), taken = 0;

	for (size_t i = 0; i < hit_count && taken < CONCEPT_CODES_MAX; i++) {
		bool seen = false;

		for (size_t j = 0; j < taken; j++)
			seen = seen || found[j]->code == hits[i].status->code;
		if (!seen)
			found[taken++] = hits[i].status;
	}
	return taken;
}

/*
 * A miss: what it may have meant when a name or code is near it ("did you
 * mean 403 Forbidden?", core/suggest.c); else,
 * when the words are a concept that no code is named for ("timeout", "rate
 * limit"), the codes about it and the search that lists them all.
 */
static void report_miss(const struct output *output, const char *const *words, size_t count,
			const char *text)
{
	const struct status *found[CONCEPT_CODES_MAX > SUGGEST_MAX ? CONCEPT_CODES_MAX : SUGGEST_MAX];
	char quoted[QUOTE_BUFFER], names[OUTPUT_SUGGESTION_BUFFER];
	size_t found_count;
	bool concept = true;

	if (output->quiet)
		return;
	if ((found_count = suggest_for_query(text, found)) > 0) {
		warnx("no status code matches '%s'; did you mean %s?", quote_for_message(text, quoted),
		      output_suggestion(found, found_count, names));
		return;
	}
	for (size_t i = 0; i < count; i++)
		concept = concept && is_letter_word(words[i]) && indexed(words[i]);
	found_count = concept ? concept_codes(words, count, found) : 0;
	if (found_count == 0) {
		output_report_miss(output, text);
		return;
	}
	quote_for_message(text, quoted);
	warnx("no status code is named '%s'; codes about it: %s; see 'httpstatus search %s'", quoted,
	      output_suggestion(found, found_count, names), quoted);
}

/* The most words one concept may take: "too many redirects". */
#define CONCEPT_WORDS_MAX 3

/* Whether the search finds anything for the words, each of them a word of the data's. */
static bool searched(const char *const *words, size_t count)
{
	static struct search_hit hits[STATUS_ROW_COUNT];

	for (size_t i = 0; i < count; i++)
		if (!indexed(words[i]))
			return false;
	return search_run(words, (int)count, 0, 0, hits, NULL) > 0;
}

/*
 * Words that name nothing, one after the other, are one concept when they
 * are about something together ("rate limit"): how many from the first.
 * A word that starts a name of its own ends the concept before it.
 */
static size_t missed_words(struct query *query, const char *const *words, size_t count)
{
	size_t taken = 1;

	if (!is_letter_word(words[0]) || !searched(words, 1))
		return 1;
	while (taken < count && taken < CONCEPT_WORDS_MAX && is_letter_word(words[taken])) {
		struct query_group group;

		query_parse(words[taken], query);
		if (query->kind != QUERY_NONE || !searched(words + taken, 1))
			break;
		query_group(words + taken, count - taken, &group);
		if (group.words > 1)
			break;
		taken++;
	}
	while (taken > 1 && !searched(words, taken))
		taken--;
	query->kind = QUERY_NONE;
	return taken;
}

/*
 * A query too long to be one, cut as stream mode cuts it, so that its
 * miss's record is the same: its start, blanks trimmed. Only its miss uses
 * it: a name or a code is never that long.
 */
static void query_cut(const char *word, char text[QUERY_TEXT_MAX + 1])
{
	size_t length = strlen(word);

	code_trim(&word, &length);
	snprintf(text, QUERY_TEXT_MAX + 1, "%.*s", (int)(length < QUERY_MAX ? length : QUERY_MAX), word);
}

/* Reads one row of words (the operands, or a line of stdin) into queries for the reader. */
static int queries_read_row(struct query_reader *reader, const char *const *words, size_t count)
{
	static struct query query;
	char text[QUERY_TEXT_MAX + 1];
	int exit_status = EXIT_ANSWERED;

	for (size_t i = 0; i < count; reader->queries++) {
		struct query_group group;
		size_t taken;

		query_group(words + i, count - i, &group);
		if (group.ambiguous) {
			answers_report_ambiguous(reader->output, words + i, &group);
			taken = group.other_start + group.other_words;
			if (!query_join(words + i, taken, text, sizeof text))
				text[0] = '\0';
			reader->missed(reader->context, text);
			exit_status = EXIT_NOT_FOUND;
			i += taken;
			continue;
		}
		taken = group.words;
		if (!query_join(words + i, taken, text, sizeof text))
			query_cut(words[i], text);
		query_parse(text, &query);
		if (query.kind == QUERY_NONE) {
			if (taken == 1)
				taken = missed_words(&query, words + i, count - i);
			if (taken > 1 && !query_join(words + i, taken, text, sizeof text))
				text[0] = '\0';
			/* The message names the operand as typed, blanks and all; the record, the query read. */
			report_miss(reader->output, words + i, taken, taken == 1 ? words[i] : text);
			reader->missed(reader->context, text);
			exit_status = EXIT_NOT_FOUND;
		} else if (!reader->answer(reader->context, &query)) {
			output_report_miss(reader->output, text);
			reader->missed(reader->context, text);
			exit_status = EXIT_NOT_FOUND;
		}
		i += taken;
	}
	return exit_status;
}

/* Bytes read whole: stdin, or the codes of its response heads. */
struct gathered {
	char *bytes;
	size_t length;
	size_t capacity;
	bool too_long;		/* a block would have taken it past QUERIES_INPUT_MAX */
};

static bool gather(void *context, const char *block, size_t length)
{
	struct gathered *all = context;

	if (all->length + length > QUERIES_INPUT_MAX) {
		all->too_long = true;
		return false;
	}
	if (all->length + length + 1 > all->capacity) {
		all->capacity = (all->length + length + 1) * 2;
		all->bytes = realloc(all->bytes, all->capacity);
		if (all->bytes == NULL)
			err(EXIT_IO, NULL);
	}
	memcpy(all->bytes + all->length, block, length);
	all->length += length;
	return true;
}

/* Plain queries, a line at a time: words join into one query only within a line. */
static int queries_read_lines(struct query_reader *reader, char *bytes, size_t length)
{
	char **words = NULL;
	size_t capacity = 0;
	int exit_status = EXIT_ANSWERED;

	for (char *line = bytes; line < bytes + length;) {
		char *end = memchr(line, '\n', (size_t)(bytes + length - line));
		size_t count = 0;
		int status;

		if (end == NULL)
			end = bytes + length;
		*end = '\0';
		for (char *word = strtok(line, " \t\r\v\f"); word != NULL; word = strtok(NULL, " \t\r\v\f")) {
			if (count == capacity) {
				capacity = capacity > 0 ? capacity * 2 : 16;
				words = realloc(words, capacity * sizeof *words);
				if (words == NULL)
					err(EXIT_IO, NULL);
			}
			words[count++] = word;
		}
		status = queries_read_row(reader, (const char *const *)words, count);
		if (status > exit_status)
			exit_status = status;
		line = end + 1;
	}
	free(words);
	return exit_status;
}

/* A response of a chain of heads: its code, on a line of its own, as the query it stands for. */
static void collect_code(void *context, const struct heads_response *response)
{
	char code[5];

	snprintf(code, sizeof code, "%03d\n", response->status.code);
	gather(context, code, 4);
}

/* Each response of heads read from curl -sI, -sIL, -si or -sv: its code. */
static int queries_read_heads(struct query_reader *reader, enum heads_form form,
			      const char *bytes, size_t length)
{
	static struct heads heads;
	struct gathered codes = { NULL, 0, 0, false };
	int exit_status;

	heads_init(&heads, form, collect_code, &codes);
	heads_feed(&heads, bytes, length);
	heads_finish(&heads);
	exit_status = queries_read_lines(reader, codes.bytes != NULL ? codes.bytes : "", codes.length);
	free(codes.bytes);
	return exit_status;
}

/* Reads stdin whole: response heads, each response a query, or plain queries. */
static int queries_read_stdin(struct query_reader *reader)
{
	struct gathered all = { NULL, 0, 0, false };
	struct input input;
	enum heads_form form;
	int exit_status;

	input_open(&input, "-");
	exit_status = input_read(&input, gather, &all);
	if (exit_status == EXIT_ANSWERED && all.too_long) {
		warnx("stdin: more than %d MiB of queries; use httpstatus - for a stream", QUERIES_INPUT_MAX >> 20);
		exit_status = EXIT_IO;
	}
	form = heads_detect(all.bytes != NULL ? all.bytes : "", all.length, true);
	if (exit_status == EXIT_ANSWERED && (form == HEADS_PLAIN || form == HEADS_VERBOSE))
		exit_status = queries_read_heads(reader, form, all.bytes, all.length);
	else if (exit_status == EXIT_ANSWERED)
		exit_status = queries_read_lines(reader, all.bytes != NULL ? all.bytes : "", all.length);
	free(all.bytes);
	return exit_status;
}

/* Whether the operands ask for stdin: none with stdin not a terminal, or a lone "-". */
bool queries_from_stdin(const struct command_args *args)
{
	if (args->count == 0)
		return !isatty(STDIN_FILENO);
	return args->count == 1 && strcmp(args->operands[0], "-") == 0;
}

/* Reads the queries of the operands, or of stdin, and hands each to the reader. */
int queries_read(struct query_reader *reader, const struct command_args *args)
{
	reader->queries = 0;
	if (queries_from_stdin(args))
		return queries_read_stdin(reader);
	return queries_read_row(reader, (const char *const *)args->operands, (size_t)args->count);
}
