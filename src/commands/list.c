/* list: every code, one per line, or those matching the patterns given. */
#include <err.h>

#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/query.h"
#include "output/quote.h"

#define PATTERNS_MAX 64

static bool list_wants(const struct query *patterns, int pattern_count, bool *matched,
		       const struct status *status)
{
	bool wanted = pattern_count == 0;

	for (int p = 0; p < pattern_count; p++) {
		if (query_pattern_matches(&patterns[p], status->code)) {
			matched[p] = true;
			wanted = true;
		}
	}
	return wanted;
}

int command_list(const struct command_args *args)
{
	struct query patterns[PATTERNS_MAX];
	bool matched[PATTERNS_MAX] = { false };
	struct answers answers = { args->output, args->format, TEXT_NAME, false, 0, 0 };
	int exit_status = EXIT_ANSWERED;

	if (args->count > PATTERNS_MAX) {
		warnx("too many patterns (at most %d)", PATTERNS_MAX);
		return EXIT_USAGE;
	}
	for (int p = 0; p < args->count; p++) {
		if (!query_parse_pattern(args->operands[p], &patterns[p])) {
			quote_warn("invalid pattern '%s' (expected a class such as 4xx or 40x)",
				   args->operands[p]);
			return EXIT_USAGE;
		}
	}
	answers_begin(&answers);
	for (size_t i = 0; i < status_count; i++)
		if (status_listed(&status_table[i], args->all) &&
		    list_wants(patterns, args->count, matched, &status_table[i]))
			answers_add(&answers, &(struct answer){ status_table[i].code, &status_table[i], NULL });
	for (int p = 0; p < args->count; p++) {
		if (!matched[p]) {
			output_report_miss(args->output, args->operands[p]);
			exit_status = EXIT_NOT_FOUND;
		}
	}
	return exit_status;
}
