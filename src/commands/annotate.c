/* annotate: copies log lines, adding the reason phrase after each status code. */
#include <err.h>
#include <sys/stat.h>

#include "filters/annotate.h"
#include "filters/annotate_json.h"
#include "commands/commands.h"
#include "commands/input.h"
#include "core/exit_status.h"
#include "output/quote.h"

static struct annotate_json json_lines;

/*
 * The last file read ended in the middle of a line. Its last line is its
 * own all the same: the next file with content starts by ending it with a
 * newline, which annotates it, as awk would. After the last file none is
 * added, so a lone file's last line keeps its missing newline.
 */
static bool newline_owed;
static char last_byte = '\n';	/* of the last block read */

/*
 * Takes a block of a file into the annotator, JSON lines through
 * filters/annotate_json.c; false once output has failed.
 */
static bool annotate_block(void *context, const char *block, size_t length)
{
	struct annotator *annotator = context;

	if (newline_owed)
		annotate_json_feed(&json_lines, annotator, "\n", 1);
	annotate_json_feed(&json_lines, annotator, block, length);
	/* Owed only once the file has ended; the next block of this one does not owe it. */
	newline_owed = false;
	last_byte = block[length - 1];
	return !annotator->batch.failed && !ferror(annotator->batch.out);
}

/*
 * True when fd is the regular file that out writes to: annotating it would
 * read back its own output for ever (annotate *.log > all.log, run twice).
 */
static bool is_output_file(int fd, FILE *out)
{
	struct stat input, output;

	return fstat(fileno(out), &output) == 0 && S_ISREG(output.st_mode) &&
	       fstat(fd, &input) == 0 && input.st_dev == output.st_dev &&
	       input.st_ino == output.st_ino;
}

/* Annotates one operand; returns the exit status it calls for. */
static int annotate_path(struct annotator *annotator, const char *path)
{
	struct input input;
	int status;

	if (!input_open(&input, path))
		return EXIT_IO;
	if (is_output_file(input.fd, annotator->batch.out)) {
		warnx("%s: input file is output file", input.name);
		status = EXIT_IO;
	} else {
		status = input_read(&input, annotate_block, annotator);
	}
	input_close(&input);
	return status;
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

	exit_status = command_log_format(args, &format, &keys);
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
		int file_status = annotate_path(&annotator, operands[i]);

		newline_owed = last_byte != '\n';

		if (file_status > exit_status)
			exit_status = file_status;
	}
	annotate_json_finish(&json_lines, &annotator);
	annotator_finish(&annotator);
	return annotator.batch.failed ? EXIT_IO : exit_status;
}
