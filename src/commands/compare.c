/*
 * compare: the given codes side by side (output/render_compare.c draws the
 * table, as many blocks of columns as the width needs), then the advice on
 * the codes compared. There is no limit on how many. The queries come from
 * the operands or from stdin, as explain's do.
 */
#include <err.h>
#include <stdlib.h>

#include "commands/commands.h"
#include "commands/queries.h"
#include "core/exit_status.h"
#include "core/query.h"

static char *default_codes[] = { "301", "302", "303", "307", "308" };

struct columns {
	const struct status **statuses;
	int *codes;
	int count;
	int capacity;
	bool all;
};

static void columns_add(void *context, const struct answer *answer)
{
	struct columns *columns = context;

	if (answer->status == NULL)
		return;
	if (columns->count == columns->capacity) {
		columns->capacity = columns->capacity > 0 ? columns->capacity * 2 : 16;
		columns->statuses = realloc(columns->statuses, (size_t)columns->capacity * sizeof *columns->statuses);
		columns->codes = realloc(columns->codes, (size_t)columns->capacity * sizeof *columns->codes);
		if (columns->statuses == NULL || columns->codes == NULL)
			err(EXIT_IO, NULL);
	}
	columns->codes[columns->count] = answer->code;
	columns->statuses[columns->count++] = answer->status;
}

/* Adds the records a query names: a code's first meaning, a name's, or a pattern's or class's codes. */
static bool compare_collect(void *context, const struct query *query)
{
	struct columns *columns = context;
	int before = columns->count;

	query_answer(query, QUERY_FIRST_MEANING | (columns->all ? QUERY_VENDOR_CODES : 0), columns_add,
		     columns);
	return columns->count > before;
}

static void compare_missed(void *context, const char *text)
{
	(void)context;
	(void)text;
}

int command_compare(const struct command_args *args)
{
	struct columns columns = { NULL, NULL, 0, 0, args->all };
	struct answers answers = { args->output, args->format, TEXT_LINE, false, 0, 0 };
	struct query_reader reader = { args->output, compare_collect, compare_missed, &columns, 0 };
	struct command_args defaults = *args;
	int exit_status = EXIT_ANSWERED;

	if (args->count > 0 || queries_from_stdin(args))
		exit_status = queries_read(&reader, args);
	/* No operand, or a pipe that held no query: what the bare subcommand compares. */
	if (reader.queries == 0 && exit_status == EXIT_ANSWERED) {
		defaults.count = (int)(sizeof default_codes / sizeof default_codes[0]);
		defaults.operands = default_codes;
		exit_status = queries_read(&reader, &defaults);
	}
	answers_compare(&answers, columns.statuses, columns.codes, columns.count);
	free(columns.statuses);
	free(columns.codes);
	return exit_status;
}
