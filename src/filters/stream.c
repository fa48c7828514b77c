/*
 * The stream reader: queries separated by white space, fed in blocks of
 * any size, each answered as on the command line but with one line per
 * query, so answers line up with their queries. JSON becomes one object
 * per line. An unknown query gets its line too (answers_add_miss), is
 * reported on stderr as it comes, and the stream goes on. command_stream.c feeds it stdin; the fuzzer feeds it directly.
 */
#include <stdio.h>
#include <string.h>

#include "filters/batch.h"
#include "core/code.h"
#include "core/exit_status.h"
#include "core/query.h"
#include "output/answers.h"
#include "output/render.h"
#include "core/status.h"
#include "filters/stream.h"

/* No query is longer; a longer word is reported by its start. */
#define QUERY_MAX 255

/*
 * The text answer to a plain code never changes, so in text mode each
 * code's line is rendered once, into static storage, and written from there
 * for every later query: a log has millions of queries but few codes.
 */
#define CACHED_LINE_MAX 512

/* How much of a cached line the hot loop copies at once. */
#define CACHED_COPY 128
_Static_assert(CACHED_COPY <= CACHED_LINE_MAX, "a copy stays inside the cached line");

struct cached_line {
	char text[CACHED_LINE_MAX];
	unsigned short length;	/* 0: not rendered yet, or too long to keep */
};

static struct cached_line line_cache[STATUS_CODE_MAX - STATUS_CODE_MIN + 1];

struct stream_reader {
	struct answers answers;
	struct batch batch;	/* cached lines on their way out */
	bool cache_lines;	/* plain text: no colour, no --field, no JSON or TSV */
	char query[QUERY_MAX + 1];
	size_t query_length;
	bool query_truncated;
	bool all;		/* -a: patterns match vendors' codes too */
	int status;
};

/* Space, or one of \t \n \v \f \r, which are consecutive in ASCII. */
static bool is_separator(char c)
{
	return c == ' ' || (unsigned char)(c - '\t') <= '\r' - '\t';
}

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
 * cached_line_of, rendering a plain code's line into the cache the first
 * time the code comes.
 */
static const struct cached_line *stream_cached_line(const struct stream_reader *reader,
						    const char *query, size_t length)
{
	int code = code_parse(query, length);
	struct cached_line *line;

	if (code < 0)
		return NULL;
	line = &line_cache[code - STATUS_CODE_MIN];
	if (line->length == 0)
		cached_line_render(line, code, reader->answers.output->width);
	return line->length != 0 ? line : NULL;
}

/*
 * The cached line of a plain code, or NULL when the query is not one or its
 * line is not cached. It renders nothing, and is inline, so the hot loop
 * below costs no call per code.
 */
static inline const struct cached_line *cached_line_of(const char *query, size_t length)
{
	int code = code_parse(query, length);

	if (code < 0 || line_cache[code - STATUS_CODE_MIN].length == 0)
		return NULL;
	return &line_cache[code - STATUS_CODE_MIN];
}

static void stream_answer(struct stream_reader *reader)
{
	if (reader->query_length == 0)
		return;
	if (reader->cache_lines && !reader->query_truncated) {
		const struct cached_line *line = stream_cached_line(reader, reader->query,
								    reader->query_length);

		if (line != NULL) {
			batch_add(&reader->batch, line->text, line->length);
			reader->query_length = 0;
			return;
		}
	}
	batch_flush(&reader->batch);
	reader->query[reader->query_length] = '\0';
	if (reader->query_truncated || memchr(reader->query, '\0', reader->query_length) != NULL ||
	    !query_answer(reader->query, true, reader->all, answers_found, &reader->answers)) {
		output_report_miss_bytes(reader->answers.output, reader->query, reader->query_length);
		answers_add_miss(&reader->answers, reader->query, reader->query_length);
		if (reader->status == EXIT_ANSWERED)
			reader->status = EXIT_NOT_FOUND;
	}
	reader->query_length = 0;
	reader->query_truncated = false;
}

/* Adds bytes to the query being gathered across reads; past QUERY_MAX it is cut. */
static void stream_gather(struct stream_reader *reader, const char *bytes, size_t length)
{
	size_t room = QUERY_MAX - reader->query_length;

	if (length > room) {
		length = room;
		reader->query_truncated = true;
	}
	memcpy(reader->query + reader->query_length, bytes, length);
	reader->query_length += length;
}

/*
 * Copies a cached line into the batch. Most are copied CACHED_COPY bytes at
 * a time whatever their length, which the compiler turns into a few wide
 * moves with no branch on the length: stream mode took 1.14 times as long
 * with batch_add (bench/README.md). The bytes past the line are overwritten
 * by the next piece, or never written.
 */
static void stream_add_cached(struct batch *batch, const struct cached_line *line)
{
	if (line->length > CACHED_COPY || BATCH_SIZE - batch->length < CACHED_COPY) {
		batch_add(batch, line->text, line->length);
		return;
	}
	memcpy(batch->bytes + batch->length, line->text, CACHED_COPY);
	batch->length += line->length;
}

/*
 * The hot loop of stream mode: answers plain codes one after the other, as
 * long as each is three digits and a separator wholly inside the block and
 * its line is cached. Returns where it stopped; the rest goes the general
 * way (stream_answer), which renders a line the first time its code comes.
 */
static const char *answer_codes(struct batch *batch, const char *cursor, const char *end)
{
	const struct cached_line *line;

	while (end - cursor > 3 && is_separator(cursor[3]) &&
	       (line = cached_line_of(cursor, 3)) != NULL) {
		stream_add_cached(batch, line);
		cursor += 4;
	}
	return cursor;
}

/*
 * Splits a block into queries. A plain code inside the block whose line is
 * cached is answered from the block itself; any other query is copied.
 */
static void stream_split(struct stream_reader *reader, const char *bytes, size_t length)
{
	const char *cursor = bytes, *end = bytes + length;

	while (cursor < end) {
		const char *start;

		if (reader->query_length == 0 && !reader->query_truncated && reader->cache_lines)
			cursor = answer_codes(&reader->batch, cursor, end);
		start = cursor;
		while (cursor < end && !is_separator(*cursor))
			cursor++;
		stream_gather(reader, start, (size_t)(cursor - start));
		if (cursor == end)
			break;
		stream_answer(reader);
		cursor++;
	}
}

static struct stream_reader reader;

void stream_begin(const struct output *output, struct answer_format format, bool all)
{
	reader.answers = (struct answers){ output, format, TEXT_LINE, true, 0 };
	reader.all = all;
	reader.cache_lines = format.format == FORMAT_TEXT && format.field == FIELD_NONE &&
			     !output->color;
	reader.query_length = 0;
	reader.query_truncated = false;
	reader.status = EXIT_ANSWERED;
	batch_start(&reader.batch, output->stream);
	answers_begin(&reader.answers);
}

/*
 * Answers the queries a block holds, and writes the answers out before the
 * caller waits for more input, so they keep up with a slow stream; false
 * once output has failed.
 */
bool stream_feed(const char *bytes, size_t length)
{
	FILE *out = reader.answers.output->stream;

	stream_split(&reader, bytes, length);
	batch_flush(&reader.batch);
	return !reader.batch.failed && fflush(out) == 0 && !ferror(out);
}

/* Answers the last query and writes what is left; returns the exit status. */
int stream_end(void)
{
	stream_answer(&reader);
	batch_flush(&reader.batch);
	answers_end(&reader.answers);
	return reader.batch.failed ? EXIT_IO : reader.status;
}

/* A read error outweighs a query not answered. */
void stream_read_failed(void)
{
	reader.status = EXIT_IO;
}
