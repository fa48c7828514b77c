/*
 * compare: the given codes side by side (output/render_compare.c draws the
 * table, as many blocks of columns as the width needs), then the advice on
 * the codes compared. There is no limit on how many.
 */
#include <err.h>
#include <stdlib.h>

#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/query.h"
#include "output/render.h"

static const char *const default_codes[] = { "301", "302", "303", "307", "308" };

struct columns {
	const struct status **statuses;
	int *codes;
	int count;
	int capacity;
};

static void columns_add(struct columns *columns, const struct status *status)
{
	if (columns->count == columns->capacity) {
		columns->capacity = columns->capacity > 0 ? columns->capacity * 2 : 16;
		columns->statuses = realloc(columns->statuses, (size_t)columns->capacity * sizeof *columns->statuses);
		columns->codes = realloc(columns->codes, (size_t)columns->capacity * sizeof *columns->codes);
		if (columns->statuses == NULL || columns->codes == NULL)
			err(EXIT_IO, NULL);
	}
	columns->codes[columns->count] = status->code;
	columns->statuses[columns->count++] = status;
}

/* Adds the records a query names: a code's first meaning, a name's, or a pattern's codes. */
static bool compare_collect(bool all, const char *text, struct columns *columns)
{
	struct query query;
	bool found = false;

	query_parse(text, &query);
	if (query.kind != QUERY_PATTERN) {
		if (query.status != NULL)
			columns_add(columns, query.status);
		return query.status != NULL;
	}
	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		if (query_pattern_matches(&query, status->code) && status_listed(status, all)) {
			columns_add(columns, status);
			found = true;
		}
	}
	return found;
}

int command_compare(const struct command_args *args)
{
	struct columns columns = { NULL, NULL, 0, 0 };
	struct answers answers = { args->output, args->format, TEXT_LINE, false, 0, 0 };
	int exit_status = EXIT_ANSWERED, count = args->count;
	char **operands = args->operands;

	if (count == 0) {
		count = (int)(sizeof default_codes / sizeof default_codes[0]);
		operands = (char **)default_codes;
	}
	for (int i = 0; i < count; i++) {
		if (!compare_collect(args->all, operands[i], &columns)) {
			output_report_miss_suggesting(args->output, operands[i]);
			exit_status = EXIT_NOT_FOUND;
		}
	}
	answers_compare(&answers, columns.statuses, columns.codes, columns.count);
	free(columns.statuses);
	free(columns.codes);
	return exit_status;
}
