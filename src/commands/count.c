/*
 * count: how many lines of each status a log holds. Reads the FILEs (or
 * stdin) line by line in constant memory, finds each line's code as
 * annotate would (filters/log_code.c), and writes the tally at the end.
 */
#include "commands/commands.h"
#include "commands/input.h"
#include "core/exit_status.h"
#include "filters/log_code.h"

static bool count_block(void *counter, const char *block, size_t length)
{
	log_counter_feed(counter, block, length);
	return true;
}

/* Counts one file's lines; false when it could not be read. */
static bool count_path(struct log_counter *counter, const char *path)
{
	struct input input;
	bool read_all;

	if (!input_open(&input, path))
		return false;
	read_all = input_read(&input, count_block, counter) == EXIT_ANSWERED;
	log_counter_finish(counter);
	input_close(&input);
	return read_all;
}

int command_count(const struct command_args *args)
{
	static char *standard_input[] = { "-" };
	static struct log_counter counter;
	static struct tally tally;
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
	tally_init(&tally);
	log_counter_init(&counter, &format, &tally);
	for (int i = 0; i < count; i++)
		read_all &= count_path(&counter, operands[i]);
	answers_count(&answers, &tally);
	if (!read_all)
		return EXIT_IO;
	return tally.total > 0 ? EXIT_ANSWERED : EXIT_NOT_FOUND;
}
