/*
 * The operands of the subcommands: the FILEs that annotate and count read,
 * "-" being stdin, and the words of choose and search taken as one text.
 */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "commands/commands.h"
#include "commands/compressed.h"
#include "commands/input.h"
#include "compat/compat.h"
#include "core/exit_status.h"

/* Large enough that a log is read in few calls, small enough to stay in cache. */
#define READ_BLOCK (1 << 17)

/* Opens path, or takes stdin for "-"; false, having said why, when it cannot. */
bool input_open(struct input *input, const char *path)
{
	*input = (struct input){ .fd = STDIN_FILENO, .name = "stdin" };
	if (strcmp(path, "-") == 0)
		return true;
	input->name = quote_for_message(path, input->quoted);
	input->fd = open(path, O_RDONLY);
	if (input->fd < 0) {
		warn("%s", input->name);
		return false;
	}
	return true;
}

/* One read: 0 at the input's end, -1 after saying why it failed. */
static ssize_t input_read_block(struct input *input, char *block, size_t size)
{
	for (;;) {
		ssize_t length = read(input->fd, block, size);

		if (length >= 0)
			return length;
		if (errno != EINTR && (errno != EAGAIN || !compat_wait_ready(input->fd, false))) {
			warn("%s", input->name);
			return -1;
		}
	}
}

/*
 * Whether the input's first bytes, block, are gzip data; a first read of
 * one byte is topped up, by a read that waits as the others do, so the two
 * magic bytes can be seen. Other compressors' data is refused, *length set
 * to -1, having said which tool reads it; a failed read sets it so too.
 */
static bool input_compressed(struct input *input, char *block, ssize_t *length)
{
	const char *tool;

	if (*length == 1 && (unsigned char)block[0] == 0x1f) {
		ssize_t more = input_read_block(input, block + 1, READ_BLOCK - 1);

		if (more < 0) {
			*length = -1;
			return false;
		}
		*length += more;
	}
	if (compressed_is_gzip(block, (size_t)*length))
		return true;
	tool = compressed_other_tool(block, (size_t)*length);
	if (tool != NULL) {
		warnx("%s: compressed data this tool does not read: try %s %s | httpstatus ...",
		      input->name, tool, input->fd == STDIN_FILENO ? "FILE" : input->name);
		*length = -1;
	}
	return false;
}

/*
 * Hands the input to feed a block at a time, as soon as each is read, until
 * its end or until feed returns false. A read interrupted by a signal is
 * made again; a non-blocking descriptor with nothing yet is waited for.
 * EXIT_IO, having said why, when it could not be read.
 */
int input_read(struct input *input, input_feed_function *feed, void *context)
{
	static char block[READ_BLOCK];
	ssize_t length = 0;
	uint64_t total = 0;
	bool first = true, gzip = false;
	int status = EXIT_ANSWERED;	/* -1 once feed has stopped the reading */

	if (input->show_progress)
		progress_start(&input->progress, input->fd, input->name);
	while (status == EXIT_ANSWERED && (length = input_read_block(input, block, sizeof block)) > 0) {
		total += (uint64_t)length;
		progress_update(&input->progress, total);
		/* gzip is read through zlib from its first block on. */
		if (first && (gzip = input_compressed(input, block, &length)))
			status = compressed_gzip_start(input->name);
		first = false;
		if (length < 0 || status != EXIT_ANSWERED)
			break;
		if (gzip)
			status = compressed_gzip_block(input->name, block, (size_t)length, feed, context);
		else if (!feed(context, block, (size_t)length))
			status = -1;
	}
	if (length < 0)
		status = EXIT_IO;
	if (gzip && compressed_gzip_end(input->name, length == 0 && status == EXIT_ANSWERED) !=
			    EXIT_ANSWERED)
		status = EXIT_IO;
	progress_end(&input->progress);
	return status < 0 ? EXIT_ANSWERED : status;
}

void input_close(struct input *input)
{
	if (input->fd != STDIN_FILENO)
		close(input->fd);
}

void command_join_operands(const struct command_args *args, char *text, size_t size)
{
	size_t used = 0;

	text[0] = '\0';
	for (int i = 0; i < args->count && used < size; i++)
		used += (size_t)snprintf(text + used, size - used, "%s%s", i > 0 ? " " : "",
					 args->operands[i]);
}
