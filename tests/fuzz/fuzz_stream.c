/*
 * libFuzzer harness: stream mode's reader over the input, in the format the
 * first byte picks (text, JSON, TSV or --field), cut into two blocks where
 * the second byte says. The answers must be the same as when the input
 * comes one byte at a time, and with --field there is one line for every
 * query, found or not, unless a query stands for several codes; words that
 * name one thing together are one query, so there are no more lines than
 * words.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "commands/commands.h"
#include "core/query.h"
#include "filters/heads.h"

static struct stream_reader *reader;

static void feed_stream(const char *bytes, size_t length)
{
	stream_reader_block(reader, bytes, length);
}

/* Answers data[2..size) fed in blocks of at most block bytes, cut once at cut. */
static char *answer(const uint8_t *data, size_t size, size_t cut, size_t block, size_t *length)
{
	struct answer_format format = { .format = (enum output_format)(data[0] % 3), .field = FIELD_NONE };
	struct output output;
	char *text;
	FILE *out = memory_output_open(&text, length);

	if (data[0] % 7 == 0) {
		format.format = FORMAT_TEXT;
		format.field = format.fields[0] = schema_field_by_name("phrase");
		format.field_count = 1;
	}
	/* quiet: misses on stderr would only slow the fuzzer */
	output = (struct output){ out, 80, data[0] & 0x80, false, true };
	reader = stream_reader_begin(&(struct command_args){ .output = &output, .format = format });
	feed_in_blocks(feed_stream, data, 2, size, cut, block);
	stream_reader_end(reader);
	memory_output_close(out);
	return text;
}

static bool is_separator(uint8_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * Whether the word, or the word and the next, stand for several codes: a
 * pattern (4xx) or a class (redirect, server error).
 */
static bool is_several(const uint8_t *data, size_t word, size_t end, size_t size)
{
	static struct query query;
	char text[64];
	size_t next = end;

	while (next < size && is_separator(data[next]) && data[next] != '\n')
		next++;
	while (next < size && !is_separator(data[next]))
		next++;
	for (size_t stop = end;; stop = next) {
		size_t length = stop - word < sizeof text - 1 ? stop - word : sizeof text - 1;

		memcpy(text, data + word, length);
		text[length] = '\0';
		query_parse(text, &query);
		if (query.kind == QUERY_PATTERN || query.kind == QUERY_CLASS)
			return true;
		if (stop == next)
			return false;
	}
}

/*
 * The number of words in data[start..size), or SIZE_MAX when one may stand
 * for several codes. Words that name one thing together are one query, so
 * there are at most as many queries as words.
 */
static size_t query_count(const uint8_t *data, size_t start, size_t size)
{
	size_t count = 0;

	for (size_t i = start; i < size;) {
		size_t word = i;

		while (i < size && !is_separator(data[i]))
			i++;
		if (i > word && is_several(data, word, i, size))
			return SIZE_MAX;
		count += i > word;
		while (i < size && is_separator(data[i]))
			i++;
	}
	return count;
}

static size_t line_count(const char *text, size_t length)
{
	size_t count = 0;

	for (size_t i = 0; i < length; i++)
		count += text[i] == '\n';
	return count;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t cut, in_blocks_length, bytewise_length;
	char *in_blocks, *bytewise;

	if (size < 2)
		return 0;
	cut = 2 + data[1] % (size - 1);
	in_blocks = answer(data, size, cut, SIZE_MAX, &in_blocks_length);
	bytewise = answer(data, size, cut, 1, &bytewise_length);
	/* Response heads answer each response, not each word. */
	if (data[0] % 7 == 0 && heads_detect((const char *)data + 2, size - 2, true) == HEADS_NONE) {
		size_t queries = query_count(data, 2, size);

		size_t lines = line_count(in_blocks, in_blocks_length);

		if (queries != SIZE_MAX && (lines > queries || (queries > 0 && lines == 0)))
			abort();
	}
	require_same_output(in_blocks, in_blocks_length, bytewise, bytewise_length);
	return 0;
}
