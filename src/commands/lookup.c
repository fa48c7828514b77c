/*
 * The bare form (httpstatus 404) and explain: each query is answered by
 * every record it names, one line each or the whole entry.
 */
#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/query.h"

static int answer_all(const struct command_args *args, enum answer_text text)
{
	struct answers answers = { args->output, args->format, text, false, 0 };
	int exit_status = EXIT_ANSWERED;

	answers_begin(&answers);
	for (int i = 0; i < args->count; i++) {
		if (!query_answer(args->operands[i], false, args->all, answers_found, &answers)) {
			output_report_miss_suggesting(args->output, args->operands[i]);
			exit_status = EXIT_NOT_FOUND;
		}
	}
	answers_end(&answers);
	return exit_status;
}

int command_lookup(const struct command_args *args)
{
	return answer_all(args, TEXT_LINE);
}

int command_explain(const struct command_args *args)
{
	return answer_all(args, TEXT_ENTRY);
}
