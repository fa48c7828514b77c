/*
 * Stream mode (httpstatus -, or no query with stdin not a terminal): reads
 * stdin in large blocks and hands them to filters/stream.c, which answers
 * the queries they hold.
 */
#include <err.h>
#include <errno.h>
#include <unistd.h>

#include "commands/commands.h"
#include "filters/stream.h"

#define READ_BLOCK (1 << 16)

int command_stream(const struct command_args *args)
{
	static char block[READ_BLOCK];
	ssize_t length;

	stream_begin(args->output, args->format, args->all);
	while ((length = read(STDIN_FILENO, block, sizeof block)) != 0) {
		if (length < 0) {
			if (errno == EINTR)
				continue;
			warn("stdin");
			stream_read_failed();
			break;
		}
		if (!stream_feed(block, (size_t)length))
			break;
	}
	return stream_end();
}
