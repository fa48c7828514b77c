/*
 * Stream mode (httpstatus -, or no query with stdin not a terminal): the
 * queries on stdin, split by filters/stream.c, each answered as on the
 * command line but with one line per query, so answers line up with their
 * queries; JSON becomes one object per line. An unknown query gets its
 * line too, is reported on stderr as it comes, and the stream goes on.
 * Input that starts with an HTTP status line is response heads (curl -sI,
 * -sIL, -si, -sv 2>&1): filters/heads.c reads them, and each response's
 * status is answered, with its Location.
 */
#include <stdio.h>
#include <string.h>

#include "commands/commands.h"
#include "commands/input.h"
#include "compat/mem.h"
#include "core/code.h"
#include "core/exit_status.h"
#include "core/name.h"
#include "core/query.h"
#include "filters/heads.h"
#include "filters/stream.h"
#include "output/batch.h"
#include "output/render.h"

/*
 * The text answer to a plain code never changes, so in text mode each
 * code's line is rendered once, into static storage, and written from there
 * for every later query: a log has millions of queries but few codes.
 */
#define CACHED_LINE_MAX 512
_Static_assert(MEM_PADDED <= CACHED_LINE_MAX, "a padded copy stays inside the cached line");

struct cached_line {
	char text[CACHED_LINE_MAX];
	unsigned short length;	/* 0: not rendered yet, or too long to keep */
};

static struct cached_line line_cache[STATUS_CODE_MAX - STATUS_CODE_MIN + 1];

struct stream_reader {
	struct answers answers;
	struct batch batch;	/* answers on their way out */
	bool cache_lines;	/* plain text: no colour, no --field, no JSON or TSV */
	bool all;		/* -a: patterns match vendors' codes too */
	int exit_status;
	struct stream_splitter splitter;
	/* Words of the line that may join into one query ("not found"), not yet answered. */
	char pending[QUERY_GROUP_WORDS_MAX][QUERY_MAX + 1];
	size_t pending_count;
	int line_code;		/* the code just answered on this line, whose name may follow it; -1 */
	enum heads_form form;	/* HEADS_UNDECIDED until the first bytes tell */
	struct heads heads;
	size_t undecided_length;	/* the first bytes, kept until they tell */
	char undecided[LINE_CAP];
};

static void cached_line_render(struct cached_line *line, int code, size_t width)
{
	FILE *memory = fmemopen(line->text, CACHED_LINE_MAX, "w");
	struct output plain = { .stream = memory, .width = width };
	long length;

	if (memory == NULL)
		return;
	render_answer_line(&plain, &(struct answer){ code, status_by_code(code), NULL });
	length = ftell(memory);
	if (fclose(memory) == 0 && length > 0 && length < CACHED_LINE_MAX)
		line->length = (unsigned short)length;
}

/*
 * The cached line of a plain code, or NULL when the query is not one or its
 * line is not rendered yet. Inline, so the hot loop below costs no call per
 * code.
 */
static inline const struct cached_line *cached_line_rendered(const char *query, size_t length)
{
	int code = code_parse(query, length);

	if (code < 0 || line_cache[code - STATUS_CODE_MIN].length == 0)
		return NULL;
	return &line_cache[code - STATUS_CODE_MIN];
}

/* The cached line of a plain code, rendered the first time the code comes; NULL for other queries. */
static const struct cached_line *cached_line_rendering(const struct stream_reader *reader,
						       const char *query, size_t length)
{
	int code = code_parse(query, length);

	if (code >= 0 && line_cache[code - STATUS_CODE_MIN].length == 0)
		cached_line_render(&line_cache[code - STATUS_CODE_MIN], code, reader->answers.output->width);
	return cached_line_rendered(query, length);
}

/* Answers a query as the command line would, with one record (--all-meanings: every one). */
static bool answer_text(struct stream_reader *reader, const char *text)
{
	static struct query query;

	query_parse(text, &query);
	return answers_query(&reader->answers, &query, answers_query_flags(&reader->answers, reader->all));
}

/* Answers a query, or records its miss: its record, its report, the exit status. */
static void answer_or_miss(struct stream_reader *reader, const char *text, size_t length, bool cut)
{
	batch_flush(&reader->batch);
	if (!cut && memchr(text, '\0', length) == NULL && answer_text(reader, text))
		return;
	output_report_miss_bytes(reader->answers.output, text, length);
	answers_add_miss(&reader->answers, text, length);
	if (reader->exit_status == EXIT_ANSWERED)
		reader->exit_status = EXIT_NOT_FOUND;
}

/*
 * Whether words name the code just answered, as the reason phrase after it
 * does ("404 Not Found"), or add nothing to it ("404 error").
 */
static bool names_line_code(const struct stream_reader *reader, const char *words)
{
	static struct query query;
	char line[QUERY_TEXT_MAX + 1];

	if (reader->line_code < 0 ||
	    (size_t)snprintf(line, sizeof line, "%03d %s", reader->line_code, words) >= sizeof line)
		return false;
	query_parse(line, &query);
	return query.kind == QUERY_CODE && (query.reason == NULL || query_reason_matches(&query));
}

/*
 * Answers the pending words of a line as queries, as the command line reads
 * its operands (core/query.c: words that name one thing together are one
 * query): all of them at a line's end, or the first query once the words
 * are as many as one query may take.
 */
static void answer_pending(struct stream_reader *reader, bool line_end)
{
	while (reader->pending_count > 0 && (line_end || reader->pending_count == QUERY_GROUP_WORDS_MAX)) {
		const char *words[QUERY_GROUP_WORDS_MAX];
		char text[QUERY_TEXT_MAX + 1];
		struct query_group group;
		size_t taken;

		for (size_t i = 0; i < reader->pending_count; i++)
			words[i] = reader->pending[i];
		query_group(words, reader->pending_count, &group);
		taken = group.ambiguous ? group.other_start + group.other_words : group.words;
		if (!query_join(words, taken, text, sizeof text))
			text[0] = '\0';
		if (group.ambiguous) {
			batch_flush(&reader->batch);
			answers_report_ambiguous(reader->answers.output, words, &group);
			answers_add_miss(&reader->answers, text, strlen(text));
			if (reader->exit_status == EXIT_ANSWERED)
				reader->exit_status = EXIT_NOT_FOUND;
		} else if (!names_line_code(reader, text)) {
			answer_or_miss(reader, text, strlen(text), false);
		}
		reader->line_code = -1;
		reader->pending_count -= taken;
		memmove(reader->pending, reader->pending + taken, reader->pending_count * sizeof reader->pending[0]);
		if (!line_end)
			break;
	}
}

static bool is_http_version(const char *word, size_t length)
{
	return length > 5 && memcmp(word, "HTTP/", 5) == 0 && code_digit(word[5]) >= 0;
}

/* Whether the pending words are all words put before a code that add nothing: "error 404". */
static bool pending_add_nothing(const struct stream_reader *reader)
{
	for (size_t i = 0; i < reader->pending_count; i++)
		if (!query_word_adds_nothing(reader->pending[i]))
			return false;
	return reader->pending_count > 0;
}

/*
 * Whether a word may be part of a query of several words: a word a name
 * may hold, an HTTP version that starts a status line, or a code after one
 * or after words that add nothing to it.
 */
static bool may_join(const struct stream_reader *reader, const char *word, size_t length, bool cut)
{
	const char *last = reader->pending_count > 0 ? reader->pending[reader->pending_count - 1] : "";

	if (cut || length == 0)
		return false;
	if (is_http_version(word, length))
		return true;
	if (code_digit(word[0]) >= 0)
		return code_parse(word, length) >= 0 &&
		       (is_http_version(last, strlen(last)) || pending_add_nothing(reader));
	return name_invalid_at(word, length) == length;
}

/*
 * Answers one word the splitter hands on. A code, and any word that cannot
 * be part of a name (4xx, 404.13, a byte no name holds), is answered at
 * once, so a stream of codes never waits; other words wait for the rest of
 * their line, since together they may be one name or one status line.
 */
static void answer_query(void *context, const char *query, size_t length, bool cut, char separator)
{
	struct stream_reader *reader = context;
	const struct cached_line *line;
	char text[QUERY_MAX + 1];

	if (may_join(reader, query, length, cut)) {
		memcpy(reader->pending[reader->pending_count], query, length);
		reader->pending[reader->pending_count++][length] = '\0';
		answer_pending(reader, false);
	} else if (length > 0 || cut) {
		answer_pending(reader, true);
		reader->line_code = code_parse(query, length);
		if (reader->cache_lines && !cut &&
		    (line = cached_line_rendering(reader, query, length)) != NULL) {
			batch_add(&reader->batch, line->text, line->length);
		} else {
			memcpy(text, query, length);
			text[length] = '\0';
			answer_or_miss(reader, text, length, cut);
		}
	}
	/* A line's end: its pending words are answered, and a code's name no longer follows it. */
	if (separator == '\n' || separator == '\0') {
		answer_pending(reader, true);
		reader->line_code = -1;
	}
}

/*
 * The hot loop of stream mode: answers plain codes one after the other, as
 * long as each is three digits and a separator wholly inside the block and
 * its line is rendered. Returns where it stopped; the rest goes through the
 * splitter, which renders a line the first time its code comes.
 */
static const char *answer_codes(struct batch *batch, const char *cursor, const char *end)
{
	const struct cached_line *line;

	while (end - cursor > 3 && code_is_space(cursor[3]) &&
	       (line = cached_line_rendered(cursor, 3)) != NULL) {
		size_t length = line->length;

		if (length > MEM_PADDED || BATCH_SIZE - batch->length < MEM_PADDED) {
			batch_add(batch, line->text, length);
		} else {
			mem_copy_padded(batch->bytes + batch->length, line->text, length);
			batch->length += length;
		}
		cursor += 4;
	}
	return cursor;
}

static void answer_queries(struct stream_reader *reader, const char *bytes, size_t length)
{
	const char *cursor = bytes, *end = bytes + length;

	while (cursor < end) {
		if (reader->cache_lines && stream_splitter_between(&reader->splitter) &&
		    reader->pending_count == 0) {
			const char *before = cursor;

			cursor = answer_codes(&reader->batch, cursor, end);
			if (cursor != before)
				reader->line_code = cursor[-1] == '\n' ? -1 : code_parse(cursor - 4, 3);
		}
		cursor = stream_split_next(&reader->splitter, cursor, end);
	}
}

static void copy_text(char *to, const char *from, size_t length)
{
	memcpy(to, from, length);
	to[length] = '\0';
}

static void answer_response(void *context, const struct heads_response *response)
{
	static char status_line[LINE_CAP + 1], location[LINE_CAP + sizeof "..."];
	struct stream_reader *reader = context;
	int code = response->status.code;
	char version[4];
	struct response_facts facts = { status_line, version, NULL };

	copy_text(status_line, response->line, response->line_length);
	copy_text(version, response->line + response->status.version_offset,
		  response->status.version_length);
	if (response->location != NULL) {
		copy_text(location, response->location, response->location_length);
		/* A NUL would end the value unseen: it shows as the other control bytes do. */
		for (char *nul = memchr(location, '\0', response->location_length); nul != NULL;
		     nul = memchr(nul, '\0', response->location_length - (size_t)(nul - location)))
			*nul = '?';
		if (response->location_cut)
			strcat(location, "...");
		facts.location = location;
	}
	answers_add_response(&reader->answers, &(struct answer){ code, status_by_code(code), NULL },
			     &facts);
}

/* Hands bytes to the reader of the form the input has. */
static void stream_bytes(struct stream_reader *reader, const char *bytes, size_t length)
{
	if (reader->form == HEADS_PLAIN || reader->form == HEADS_VERBOSE)
		heads_feed(&reader->heads, bytes, length);
	else
		answer_queries(reader, bytes, length);
}

/*
 * Tells the form from the first bytes, once they can tell (or fill the
 * room kept for them), and hands them on.
 */
static void stream_decide(struct stream_reader *reader, bool at_end)
{
	at_end |= reader->undecided_length == sizeof reader->undecided;
	reader->form = heads_detect(reader->undecided, reader->undecided_length, at_end);
	if (reader->form == HEADS_UNDECIDED)
		return;
	if (reader->form != HEADS_NONE)
		heads_init(&reader->heads, reader->form, answer_response, reader);
	stream_bytes(reader, reader->undecided, reader->undecided_length);
}

/*
 * Answers the queries or responses a block holds, and writes the answers
 * out before the next read waits for more input, so they keep up with a
 * slow stream; false once output has failed.
 */
bool stream_reader_block(void *context, const char *block, size_t length)
{
	struct stream_reader *reader = context;
	FILE *out = reader->answers.output->stream;

	if (reader->form == HEADS_UNDECIDED) {
		size_t piece = sizeof reader->undecided - reader->undecided_length;

		piece = piece < length ? piece : length;
		memcpy(reader->undecided + reader->undecided_length, block, piece);
		reader->undecided_length += piece;
		block += piece;
		length -= piece;
		stream_decide(reader, false);
	}
	/* Bytes left over have come after the form was told. */
	if (length > 0)
		stream_bytes(reader, block, length);
	batch_flush(&reader->batch);
	return !reader->batch.failed && fflush(out) == 0 && !ferror(out);
}

struct stream_reader *stream_reader_begin(const struct command_args *args)
{
	static struct stream_reader reader;

	reader.answers = (struct answers){ .output = args->output, .format = args->format,
					   .text = TEXT_LINE, .stream = true };
	reader.all = args->all;
	reader.cache_lines = args->format.format == FORMAT_TEXT && args->format.field == FIELD_NONE &&
			     !args->format.all_meanings && !args->output->color;
	reader.exit_status = EXIT_ANSWERED;
	reader.form = HEADS_UNDECIDED;
	reader.undecided_length = 0;
	reader.pending_count = 0;
	reader.line_code = -1;
	stream_splitter_init(&reader.splitter, answer_query, &reader);
	batch_start(&reader.batch, args->output->stream);
	answers_begin(&reader.answers);
	return &reader;
}

int stream_reader_end(struct stream_reader *reader)
{
	if (reader->form == HEADS_UNDECIDED)
		stream_decide(reader, true);
	if (reader->form == HEADS_NONE)
		stream_split_end(&reader->splitter);
	else
		heads_finish(&reader->heads);
	batch_flush(&reader->batch);
	return reader->batch.failed ? EXIT_IO : reader->exit_status;
}

int command_stream(const struct command_args *args)
{
	struct stream_reader *reader = stream_reader_begin(args);
	struct input input;

	input_open(&input, "-");
	if (input_read(&input, stream_reader_block, reader) != EXIT_ANSWERED)
		reader->exit_status = EXIT_IO;
	return stream_reader_end(reader);
}
