/*
 * count: how many lines of each status a log holds. Reads the FILEs (or
 * stdin) line by line in constant memory, finds each line's code as
 * annotate does (filters/log_code.c), and writes the tally at the end.
 */
#include "commands/commands.h"
#include "commands/input.h"
#include "core/exit_status.h"
#include "filters/lines.h"

struct counter {
	const struct log_format *format;
	struct tally tally;
	struct line_reader lines;
};

static void count_line(struct counter *counter, const struct line *line)
{
	struct log_code found;

	if (line->rest)
		return;
	if (log_code_find(counter->format, line, &found))
		tally_add(&counter->tally, tally_slot_of(&found.token));
	else
		tally_add_without_code(&counter->tally);
}

static bool count_block(void *context, const char *block, size_t length)
{
	struct counter *counter = context;
	const char *cursor = block, *end = block + length;
	struct line line;

	while (line_next(&counter->lines, &cursor, end, &line))
		count_line(counter, &line);
	return true;
}

/* Counts one file's lines; false when it could not be read. */
static bool count_path(struct counter *counter, const char *path)
{
	struct input input;
	struct line line;
	bool read_all;

	if (!input_open(&input, path))
		return false;
	read_all = input_read(&input, count_block, counter) == EXIT_ANSWERED;
	if (line_last(&counter->lines, &line))
		count_line(counter, &line);
	input_close(&input);
	return read_all;
}

int command_count(const struct command_args *args)
{
	static char *standard_input[] = { "-" };
	static struct counter counter;
	struct json_status_keys keys;
	struct log_format format;
	struct answers answers = { .output = args->output, .format = args->format };
	char **operands = args->operands;
	int count = args->count, exit_status;
	bool read_all = true;

	exit_status = command_log_format(args, &format, &keys);
	if (exit_status != EXIT_ANSWERED)
		return exit_status;
	if (count == 0) {
		count = 1;
		operands = standard_input;
	}
	counter.format = &format;
	tally_init(&counter.tally);
	line_reader_init(&counter.lines);
	for (int i = 0; i < count; i++)
		read_all &= count_path(&counter, operands[i]);
	answers_count(&answers, &counter.tally);
	if (!read_all)
		return EXIT_IO;
	return counter.tally.total > 0 ? EXIT_ANSWERED : EXIT_NOT_FOUND;
}
