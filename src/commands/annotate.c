/* annotate: copies log lines, adding the reason phrase after each status code. */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "filters/annotate.h"
#include "filters/annotate_json.h"
#include "commands/commands.h"
#include "core/exit_status.h"
#include "output/quote.h"

#define READ_BLOCK (1 << 17)

static struct annotate_json json_lines;

/*
 * Copies a file through the annotator, a block at a time, JSON lines
 * through filters/annotate_json.c; false when it could not be read (name
 * is for the message). It stops early once output has failed.
 */
static bool annotate_fd(struct annotator *annotator, int fd, const char *name)
{
	static char block[READ_BLOCK];
	ssize_t length;

	while ((length = read(fd, block, sizeof block)) != 0) {
		if (length < 0) {
			if (errno == EINTR)
				continue;
			warn("%s", name);
			return false;
		}
		annotate_json_feed(&json_lines, annotator, block, (size_t)length);
		if (annotator->batch.failed || ferror(annotator->batch.out))
			break;
	}
	return true;
}

static bool annotate_path(struct annotator *annotator, const char *path)
{
	char quoted[QUOTE_BUFFER];
	int fd;
	bool read_all;

	if (strcmp(path, "-") == 0)
		return annotate_fd(annotator, STDIN_FILENO, "stdin");
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		warn("%s", quote_for_message(path, quoted));
		return false;
	}
	read_all = annotate_fd(annotator, fd, quote_for_message(path, quoted));
	close(fd);
	return read_all;
}

int command_annotate(const struct command_args *args)
{
	static char *standard_input[] = { "-" };
	static struct annotator annotator;
	const struct output *output = args->output;
	struct json_status_keys keys;
	struct log_format format;
	int exit_status, count = args->count;
	char **operands = args->operands;

	exit_status = command_log_format(args, "annotate", &format, &keys);
	if (exit_status != EXIT_ANSWERED)
		return exit_status;
	if (args->format.format != FORMAT_TEXT) {
		quote_warn("%s", "annotate writes text only; --format, --json and --tsv do not apply");
		return EXIT_USAGE;
	}
	if (count == 0) {
		count = 1;
		operands = standard_input;
	}
	annotator_init(&annotator, format.field, args->line_buffered || output->is_terminal,
		       output->stream);
	annotate_json_init(&json_lines, &keys);
	for (int i = 0; i < count && !annotator.batch.failed && !ferror(output->stream); i++) {
		if (!annotate_path(&annotator, operands[i]))
			exit_status = EXIT_NOT_FOUND;
	}
	annotate_json_finish(&json_lines, &annotator);
	annotator_finish(&annotator);
	return annotator.batch.failed ? EXIT_OUTPUT : exit_status;
}
