/*
 * annotate: copies log lines, adding the reason phrase after each status
 * code (filters/annotate.c says what goes where). The bytes go out in
 * runs: a run of the block is copied whole up to where a phrase goes in,
 * so a block costs a few copies and one write, whatever its lines.
 */
#include <err.h>
#include <sys/stat.h>

#include "commands/commands.h"
#include "commands/input.h"
#include "core/exit_status.h"
#include "filters/annotate.h"
#include "output/batch.h"
#include "output/quote.h"

struct annotator {
	const struct log_format *format;
	bool line_buffered;	/* each line written as soon as it is complete */
	struct line_reader lines;
	struct batch batch;	/* batch.failed once a write fails */
	/*
	 * The last file read ended in the middle of a line. Its last line is its
	 * own all the same: the next file with content starts by ending it with
	 * a newline, as awk would. After the last file none is added, so a lone
	 * file's last line keeps its missing newline.
	 */
	bool newline_owed;
	bool any_input;		/* a byte was read */
	uint64_t coded;		/* lines holding a code: none, and annotate says why */
};

/* What goes into a line, counting it when it holds a code; false for nothing. */
static bool annotator_insertion(struct annotator *annotator, const struct line *line,
				struct insertion *insertion)
{
	bool insert;

	if (line->rest)
		return false;
	insert = annotate_line(annotator->format, line, insertion);
	annotator->coded += insertion->coded;
	return insert;
}

/* A line copied from the line reader (it began in an earlier block), annotated. */
static void add_held_line(struct annotator *annotator, const struct line *line)
{
	struct insertion insertion;
	size_t done = 0;

	if (annotator_insertion(annotator, line, &insertion)) {
		batch_add(&annotator->batch, line->text, insertion.offset);
		batch_add(&annotator->batch, insertion.text, insertion.length);
		done = insertion.offset;
	}
	batch_add(&annotator->batch, line->text + done, line->length - done);
	if (line->ended)
		batch_add(&annotator->batch, "\n", 1);
}

bool annotator_block(void *context, const char *block, size_t length)
{
	struct annotator *annotator = context;
	const char *cursor = block, *end = block + length, *run = block, *start = block;
	struct insertion insertion;
	struct line line;

	annotator->any_input = true;
	if (annotator->newline_owed) {
		annotator->newline_owed = false;
		if (line_last(&annotator->lines, &line))
			add_held_line(annotator, &line);
		batch_add(&annotator->batch, "\n", 1);
	}
	for (; line_next(&annotator->lines, &cursor, end, &line); start = cursor) {
		if (!line.in_place) {
			/* Its start was held back from the run of an earlier block. */
			add_held_line(annotator, &line);
			run = cursor;
		} else if (annotator_insertion(annotator, &line, &insertion)) {
			batch_add(&annotator->batch, run, (size_t)(line.text + insertion.offset - run));
			batch_add(&annotator->batch, insertion.text, insertion.length);
			run = line.text + insertion.offset;
		}
		if (annotator->line_buffered && line.ended) {
			batch_add(&annotator->batch, run, (size_t)(cursor - run));
			batch_flush(&annotator->batch);
			run = cursor;
		}
	}
	/* What the line reader holds from start on goes out with its line. */
	batch_add(&annotator->batch, run, (size_t)(start - run));
	batch_flush(&annotator->batch);
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
	int exit_status;

	if (!input_open(&input, path))
		return EXIT_IO;
	if (is_output_file(input.fd, annotator->batch.out)) {
		warnx("%s: input file is output file", input.name);
		exit_status = EXIT_IO;
	} else {
		log_layout_restart(annotator->format->layout);
		exit_status = input_read(&input, annotator_block, annotator);
		command_log_report_input(input.name, annotator->format->layout);
	}
	input_close(&input);
	annotator->newline_owed = annotator->lines.held > 0 || annotator->lines.in_rest;
	return exit_status;
}

struct annotator *annotator_begin(const struct log_format *format, bool line_buffered, FILE *out)
{
	static struct annotator annotator;

	annotator.format = format;
	annotator.line_buffered = line_buffered;
	annotator.newline_owed = false;
	annotator.any_input = false;
	annotator.coded = 0;
	line_reader_init(&annotator.lines);
	batch_start(&annotator.batch, out);
	return &annotator;
}

bool annotator_end(struct annotator *annotator)
{
	struct line line;

	if (line_last(&annotator->lines, &line))
		add_held_line(annotator, &line);
	batch_flush(&annotator->batch);
	return !annotator->batch.failed;
}

int command_annotate(const struct command_args *args)
{
	const struct output *output = args->output;
	struct annotator *annotator;
	struct json_status_keys keys;
	struct log_format format;
	struct log_layout layout;
	int exit_status;

	exit_status = command_log_format(args, &format, &keys, &layout);
	if (exit_status != EXIT_ANSWERED)
		return exit_status;
	if (args->format.format != FORMAT_TEXT) {
		quote_warn("%s", "annotate writes text only; --format, --json and --tsv do not apply");
		return EXIT_USAGE;
	}
	annotator = annotator_begin(&format, args->line_buffered || output->is_terminal,
				    output->stream);
	for (int i = 0; i < args->count && !annotator->batch.failed && !ferror(output->stream); i++) {
		int file_status = annotate_path(annotator, args->operands[i]);

		if (file_status > exit_status)
			exit_status = file_status;
	}
	if (!annotator_end(annotator))
		return EXIT_IO;
	if (annotator->any_input && annotator->coded == 0) {
		command_log_explain_nothing(args, &format, COMMAND_LINES_UNKNOWN);
		if (exit_status == EXIT_ANSWERED)
			exit_status = EXIT_NOT_FOUND;
	}
	return exit_status;
}
