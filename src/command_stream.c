/*
 * Stream mode: queries read from stdin, separated by white space, each
 * answered as on the command line but with one line per query, so answers
 * line up with their queries. JSON becomes one object per line. Unknown
 * queries are reported as they come and the stream goes on.
 */
#include <err.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "exit_status.h"
#include "render.h"

#define READ_BLOCK (1 << 16)
/* No query is longer; a longer word is reported by its start. */
#define QUERY_MAX 255

struct stream_reader {
	struct answers answers;
	char query[QUERY_MAX + 1];
	size_t query_length;
	bool query_truncated;
	int status;
};

static bool is_separator(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static void stream_answer(struct stream_reader *reader)
{
	if (reader->query_length == 0)
		return;
	reader->query[reader->query_length] = '\0';
	if (reader->query_truncated || memchr(reader->query, '\0', reader->query_length) != NULL ||
	    !command_answer_query(&reader->answers, reader->query, true)) {
		command_report_miss(reader->answers.options, reader->query);
		reader->status = EXIT_NOT_FOUND;
	}
	reader->query_length = 0;
	reader->query_truncated = false;
}

static void stream_feed(struct stream_reader *reader, const char *bytes, size_t length)
{
	for (size_t i = 0; i < length; i++) {
		if (is_separator(bytes[i])) {
			stream_answer(reader);
		} else if (reader->query_length < QUERY_MAX) {
			reader->query[reader->query_length++] = bytes[i];
		} else {
			reader->query_truncated = true;
		}
	}
}

int command_stream(const struct options *options, const struct output *output,
		   int count, char **operands)
{
	static char block[READ_BLOCK];
	struct stream_reader reader = {
		{ options, output, render_answer_line, false, true, 0 }, "", 0, false, EXIT_ANSWERED,
	};
	ssize_t length;

	(void)count;
	(void)operands;
	answers_begin(&reader.answers);
	while ((length = read(STDIN_FILENO, block, sizeof block)) != 0 && !ferror(output->stream)) {
		if (length < 0) {
			if (errno == EINTR)
				continue;
			warn("stdin");
			return EXIT_NOT_FOUND;
		}
		stream_feed(&reader, block, (size_t)length);
	}
	stream_answer(&reader);
	answers_end(&reader.answers);
	return reader.status;
}
