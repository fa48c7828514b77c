/*
 * Stream mode (httpstatus -, or no query with stdin not a terminal): reads
 * stdin in large blocks and hands them to the stream reader (stream.c).
 */
#include <err.h>
#include <errno.h>
#include <unistd.h>

#include "commands/commands.h"
#include "filters/stream.h"

#define READ_BLOCK (1 << 16)

int command_stream(const struct options *options, const struct output *output,
		   int count, char **operands)
{
	static char block[READ_BLOCK];
	ssize_t length;

	(void)count;
	(void)operands;
	stream_begin(options, output);
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
