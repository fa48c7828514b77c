/*
 * count: how many lines of each status a log holds. Reads the FILEs (or
 * stdin) line by line in constant memory, finds each line's code as
 * annotate does (filters/log_code.c), and writes the tally at the end; with
 * --every, a row for each bucket of the log's own time as it closes
 * (filters/log_buckets.c).
 */
#include "commands/commands.h"
#include "commands/input.h"
#include "core/exit_status.h"
#include "filters/lines.h"
#include "filters/log_buckets.h"
#include "output/render_buckets.h"
#include "output/render_count.h"

struct counter {
	const struct log_format *format;
	struct tally tally;
	struct log_buckets *buckets;	/* --every; NULL without it */
	bool show_progress;		/* not with -q, which prints nothing */
	struct line_reader lines;
};

static void count_line(struct counter *counter, const struct line *line)
{
	struct log_code found;
	int slot = -1;

	if (line->rest)
		return;
	if (log_code_find(counter->format, line, &found)) {
		slot = tally_slot_of(&found.token);
		tally_add(&counter->tally, slot);
		if (found.token.substatus > 0)
			tally_add_substatus(&counter->tally, slot, found.token.substatus);
	} else if (found.directive) {
		/* A W3C directive (#Fields:) is no log line. */
		return;
	} else {
		tally_add_without_code(&counter->tally);
	}
	if (counter->buckets != NULL)
		log_buckets_add(counter->buckets, counter->format->layout, line->text, line->length,
				slot);
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
	input.show_progress = counter->show_progress;
	log_layout_restart(counter->format->layout);
	read_all = input_read(&input, count_block, counter) == EXIT_ANSWERED;
	if (line_last(&counter->lines, &line))
		count_line(counter, &line);
	command_log_report_input(input.name, counter->format->layout);
	input_close(&input);
	return read_all;
}

/* Writes a closed bucket's row. */
static void bucket_closed(void *context, const struct log_bucket *bucket)
{
	render_bucket(context, bucket->start, bucket->width, &bucket->tally);
}

int command_count(const struct command_args *args)
{
	static struct counter counter;
	static struct log_layout layout;
	static struct log_buckets buckets;
	struct json_status_keys keys;
	struct log_format format;
	struct bucket_rows rows = { args->output, args->format.format, args->codes };
	int exit_status;
	bool read_all = true;

	exit_status = command_log_format(args, &format, &keys, &layout);
	if (exit_status != EXIT_ANSWERED)
		return exit_status;
	counter.format = &format;
	counter.buckets = args->every > 0 ? &buckets : NULL;
	counter.show_progress = !args->output->quiet;
	tally_init(&counter.tally);
	line_reader_init(&counter.lines);
	/* --every: a row per bucket of time as each closes; the tally is kept all the same. */
	if (counter.buckets != NULL) {
		log_buckets_init(&buckets, args->every, bucket_closed, &rows);
		render_buckets_begin(&rows);
	}
	for (int i = 0; i < args->count; i++)
		read_all &= count_path(&counter, args->operands[i]);
	if (counter.buckets != NULL) {
		log_buckets_finish(&buckets);
		render_buckets_end(&rows, buckets.without_time);
	} else {
		render_count(args->output, args->format.format, &counter.tally);
	}
	if (counter.tally.total == 0)
		command_log_explain_nothing(args, &format, counter.tally.without_code);
	if (!read_all)
		return EXIT_IO;
	return counter.tally.total > 0 ? EXIT_ANSWERED : EXIT_NOT_FOUND;
}
