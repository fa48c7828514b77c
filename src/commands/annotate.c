/* annotate: copies log lines, adding the reason phrase after each status code. */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "filters/annotate.h"
#include "filters/annotate_ahead.h"
#include "commands/commands.h"
#include "core/exit_status.h"
#include "output/quote.h"
#include "filters/reader.h"

/* Copies one file through the annotator; false when it could not be read. */
static bool annotate_fd(struct annotator *annotator, int fd, const char *name, FILE *out)
{
	static struct reader reader;
	static struct annotate_ahead ahead;
	bool read_all = true;

	annotate_ahead_start(&ahead, annotator);
	/* Line buffered, each line is written as it comes: none is annotated ahead. */
	reader_open(&reader, fd, annotator->line_buffered ? NULL : annotate_ahead_work, &ahead);
	for (;;) {
		const struct reader_block *block = reader_next(&reader);

		if (block->length <= 0) {
			if (block->length < 0) {
				errno = block->error;
				warn("%s", name);
				read_all = false;
			}
			break;
		}
		annotate_ahead_feed(&ahead, annotator, block);
		reader_done(&reader);
		if (annotator->batch.failed || ferror(out))
			break;
	}
	reader_close(&reader);
	return read_all;
}

static bool annotate_path(struct annotator *annotator, const char *path, FILE *out)
{
	char quoted[QUOTE_BUFFER];
	int fd;
	bool read_all;

	if (strcmp(path, "-") == 0)
		return annotate_fd(annotator, STDIN_FILENO, "stdin", out);
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		warn("%s", quote_for_message(path, quoted));
		return false;
	}
	read_all = annotate_fd(annotator, fd, quote_for_message(path, quoted), out);
	close(fd);
	return read_all;
}

/* --field N, for annotate, is a field number from 1. */
static int annotate_field_number(const char *argument)
{
	char *end;
	long number;

	if (argument == NULL)
		return 0;
	number = strtol(argument, &end, 10);
	if (*end != '\0' || end == argument || number < 1 || number > 1000)
		return -1;
	return (int)number;
}

int command_annotate(const struct command_args *args)
{
	static char *standard_input[] = { "-" };
	static struct annotator annotator;
	const struct output *output = args->output;
	int field = annotate_field_number(args->log_field);
	int exit_status = EXIT_ANSWERED, count = args->count;
	char **operands = args->operands;

	if (field < 0) {
		quote_warn("invalid --field '%s' for annotate (expected a field number from 1 to 1000)",
			   args->log_field);
		return EXIT_USAGE;
	}
	if (args->format.format != FORMAT_TEXT) {
		quote_warn("%s", "annotate writes text only; --format, --json and --tsv do not apply");
		return EXIT_USAGE;
	}
	if (count == 0) {
		count = 1;
		operands = standard_input;
	}
	annotator_init(&annotator, field, args->line_buffered || output->is_terminal,
		       output->stream);
	for (int i = 0; i < count && !annotator.batch.failed && !ferror(output->stream); i++) {
		if (!annotate_path(&annotator, operands[i], output->stream))
			exit_status = EXIT_NOT_FOUND;
	}
	annotator_finish(&annotator);
	return annotator.batch.failed ? EXIT_OUTPUT : exit_status;
}
