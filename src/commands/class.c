/* class: what a class means, and its members. */
#include "commands/commands.h"
#include "core/exit_status.h"

int command_class(const struct command_args *args)
{
	struct answers answers = { args->output, args->format, TEXT_LINE, false, 0, 0 };
	int exit_status = EXIT_ANSWERED;

	answers_begin(&answers);
	for (int i = 0; i < args->count; i++) {
		const struct status_class *class = status_class_by_name(args->operands[i]);

		if (class != NULL) {
			answers_add_class(&answers, class, args->all);
		} else {
			output_report_miss(args->output, args->operands[i]);
			exit_status = EXIT_NOT_FOUND;
		}
	}
	return exit_status;
}
