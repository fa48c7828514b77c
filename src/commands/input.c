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
#include "commands/input.h"
#include "compat/compat.h"
#include "core/exit_status.h"

/* Large enough that a log is read in few calls, small enough to stay in cache. */
#define READ_BLOCK (1 << 17)

/* Opens path, or takes stdin for "-"; false, having said why, when it cannot. */
bool input_open(struct input *input, const char *path)
{
	input->fd = STDIN_FILENO;
	input->name = "stdin";
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

/*
 * Hands the input to feed a block at a time, as soon as each is read, until
 * its end or until feed returns false. A read interrupted by a signal is
 * made again; a non-blocking descriptor with nothing yet is waited for.
 * EXIT_IO, having said why, when it could not be read.
 */
int input_read(struct input *input, input_feed_function *feed, void *context)
{
	static char block[READ_BLOCK];
	ssize_t length;

	while ((length = read(input->fd, block, sizeof block)) != 0) {
		if (length > 0) {
			if (!feed(context, block, (size_t)length))
				break;
		} else if (errno != EINTR && (errno != EAGAIN || !compat_wait_ready(input->fd, false))) {
			warn("%s", input->name);
			return EXIT_IO;
		}
	}
	return EXIT_ANSWERED;
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
