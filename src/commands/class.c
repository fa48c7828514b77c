/* class: what a class means, and its members. */
#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/status_sizes.h"

int command_class(const struct command_args *args)
{
	static const struct status *members[STATUS_ROW_COUNT];
	struct answers answers = { args->output, args->format, TEXT_LINE, false, 0, 0 };
	int exit_status = EXIT_ANSWERED;

	answers_begin(&answers);
	for (int i = 0; i < args->count; i++) {
		const struct status_class *class = status_class_by_name(args->operands[i]);
		size_t count = 0;

		if (class == NULL) {
			output_report_miss(args->output, args->operands[i]);
			exit_status = EXIT_NOT_FOUND;
			continue;
		}
		for (size_t s = 0; s < status_count; s++)
			if (status_class_of(status_table[s].code) == class &&
			    status_listed(&status_table[s], args->all))
				members[count++] = &status_table[s];
		answers_add_class(&answers, class, members, count);
	}
	return exit_status;
}
