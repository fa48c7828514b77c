/*
 * Stream mode (httpstatus -, or no query with stdin not a terminal): reads
 * stdin in large blocks and hands them to filters/stream.c, which answers
 * the queries they hold. Input that starts with an HTTP status line is
 * response heads (curl -sI, -sIL, -si, -sv 2>&1): filters/heads.c reads
 * them, and each response's status is answered, with its Location.
 */
#include <err.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/query.h"
#include "filters/heads.h"
#include "filters/stream.h"

#define READ_BLOCK (1 << 16)

static char block[READ_BLOCK];

/* What the heads reader's reports go to. */
struct heads_answers {
	struct answers answers;
	int exit_status;
};

static void copy_text(char *to, const char *from, size_t length)
{
	memcpy(to, from, length);
	to[length] = '\0';
}

static void answer_response(void *context, const struct heads_response *response)
{
	static char status_line[HEADS_LINE_MAX + 1], location[HEADS_LINE_MAX + 1];
	struct heads_answers *heads_answers = context;
	int code = response->status.code;
	char version[4];
	struct response_facts facts = { status_line, version, NULL };
	struct answer answer = { code, status_by_code(code), NULL };

	copy_text(status_line, response->line, response->line_length);
	copy_text(version, response->line + response->status.version_offset,
		  response->status.version_length);
	if (response->location != NULL) {
		copy_text(location, response->location, response->location_length);
		facts.location = location;
	}
	answers_add_response(&heads_answers->answers, &answer, &facts);
}

/* Reads stdin to its end through the heads reader, from the length bytes already in block. */
static int stream_heads(const struct command_args *args, enum heads_form form, size_t length)
{
	static struct heads heads;
	struct heads_answers context = {
		.answers = { .output = args->output, .format = args->format, .ndjson = true },
		.exit_status = EXIT_ANSWERED,
	};
	ssize_t got = (ssize_t)length;

	answers_begin(&context.answers);
	heads_init(&heads, form, answer_response, &context);
	do {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			warn("stdin");
			context.exit_status = EXIT_IO;
			break;
		}
		heads_feed(&heads, block, (size_t)got);
		if (ferror(args->output->stream))
			break;
	} while ((got = read(STDIN_FILENO, block, sizeof block)) != 0);
	heads_finish(&heads);
	answers_end(&context.answers);
	return context.exit_status;
}

int command_stream(const struct command_args *args)
{
	enum heads_form form = HEADS_UNDECIDED;
	size_t length = 0;
	ssize_t got;

	/* Enough of the input to tell whether it is response heads: its first lines, or all of it. */
	while (form == HEADS_UNDECIDED && length < sizeof block) {
		got = read(STDIN_FILENO, block + length, sizeof block - length);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		length += (size_t)got;
		form = heads_detect(block, length, false);
	}
	if (form == HEADS_UNDECIDED)
		form = heads_detect(block, length, true);
	if (form == HEADS_PLAIN || form == HEADS_VERBOSE)
		return stream_heads(args, form, length);

	stream_begin(args->output, args->format, args->all);
	got = (ssize_t)length;
	do {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			warn("stdin");
			stream_read_failed();
			break;
		}
		if (got > 0 && !stream_feed(block, (size_t)got))
			break;
	} while ((got = read(STDIN_FILENO, block, sizeof block)) != 0);
	return stream_end();
}
