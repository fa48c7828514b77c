/* annotate: copies log lines, adding the reason phrase after each status code. */
#include <err.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "filters/annotate.h"
#include "commands/commands.h"
#include "commands/exit_status.h"
#include "output/quote.h"

static bool annotate_path(struct annotator *annotator, const char *path)
{
	char quoted[QUOTE_BUFFER];
	int fd;
	bool read_all;

	if (strcmp(path, "-") == 0)
		return annotator_copy_fd(annotator, STDIN_FILENO, "stdin");
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		warn("%s", quote_for_message(path, quoted));
		return false;
	}
	read_all = annotator_copy_fd(annotator, fd, quote_for_message(path, quoted));
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

int command_annotate(const struct options *options, const struct output *output,
		     int count, char **operands)
{
	static char *standard_input[] = { "-" };
	static struct annotator annotator;
	int field = annotate_field_number(options->field_argument);
	int status = EXIT_ANSWERED;

	if (field < 0)
		return options_usage_error("invalid --field '%s' for annotate (expected a field number from 1 to 1000)",
					   options->field_argument);
	if (options->format != FORMAT_TEXT)
		return options_usage_error("%s", "annotate writes text only; --format, --json and --tsv do not apply");
	if (count == 0) {
		count = 1;
		operands = standard_input;
	}
	annotator_init(&annotator, field, options->line_buffered || output->is_terminal,
		       output->stream);
	for (int i = 0; i < count && !annotator.batch.failed && !ferror(output->stream); i++) {
		if (!annotate_path(&annotator, operands[i]))
			status = EXIT_NOT_FOUND;
	}
	annotator_finish(&annotator);
	return annotator.batch.failed ? EXIT_OUTPUT : status;
}
