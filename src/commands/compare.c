/* compare: the given codes side by side (output/render_compare.c draws the table). */
#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/query.h"

#include "output/render.h"

static const char *const default_codes[] = { "301", "302", "303", "307", "308" };

/* Adds the records a query names: a code's first meaning, a name's, or a pattern's codes. */
static bool compare_collect(bool all, const char *text,
			    const struct status **columns, int *count)
{
	struct query query;
	bool found = false;

	query_parse(text, &query);
	if (query.kind != QUERY_PATTERN) {
		if (query.status == NULL || *count >= COMPARE_MAX)
			return query.status != NULL;
		columns[(*count)++] = query.status;
		return true;
	}
	for (size_t i = 0; i < status_count && *count < COMPARE_MAX; i++) {
		const struct status *status = &status_table[i];

		if (query_pattern_matches(&query, status->code) && status_listed(status, all)) {
			columns[(*count)++] = status;
			found = true;
		}
	}
	return found;
}

int command_compare(const struct command_args *args)
{
	const struct status *columns[COMPARE_MAX];
	struct answers answers = { args->output, args->format, TEXT_LINE, false, 0 };
	int column_count = 0, exit_status = EXIT_ANSWERED, count = args->count;
	char **operands = args->operands;

	if (count == 0) {
		count = (int)(sizeof default_codes / sizeof default_codes[0]);
		operands = (char **)default_codes;
	}
	for (int i = 0; i < count; i++) {
		if (!compare_collect(args->all, operands[i], columns, &column_count)) {
			output_report_miss(args->output, operands[i]);
			exit_status = EXIT_NOT_FOUND;
		}
	}
	answers_compare(&answers, columns, column_count);
	return exit_status;
}
