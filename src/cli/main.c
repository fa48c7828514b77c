/*
 * httpstatus: explains HTTP status codes, offline.
 *
 * Parses the options, picks the subcommand, runs it, and makes sure the
 * answer reached stdout before reporting success.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands/commands.h"
#include "cli/complete.h"
#include "commands/exit_status.h"
#include "cli/options.h"
#include "output/output.h"
#include "core/query.h"
#include "cli/subcommands.h"
#include "version.h"

/*
 * "httpstatus -" reads queries from stdin, and so does a bare httpstatus
 * whose stdin is a pipe or file: "cut -f9 log | httpstatus".
 */
static bool is_stream_mode(int count, char **operands)
{
	if (count == 0)
		return !isatty(STDIN_FILENO);
	return count == 1 && strcmp(operands[0], "-") == 0;
}

/*
 * The bare form takes any word as a name, so a mistyped subcommand would
 * read as a query. A lower-case word that names nothing, followed by more
 * operands ("httpstatus explian 404"), is taken as a subcommand instead.
 */
static bool is_unknown_subcommand(int count, char **operands)
{
	struct query query;

	if (count < 2 || strspn(operands[0], "abcdefghijklmnopqrstuvwxyz") != strlen(operands[0]))
		return false;
	query_parse(operands[0], &query);
	return query.kind == QUERY_NONE;
}

int main(int argc, char **argv)
{
	struct options options;
	struct output output;
	const struct subcommand *subcommand = &subcommand_bare;
	int operand_count, status;
	char **operands;

	/* The completion scripts' entry point: not an option users type. */
	if (argc > 1 && strcmp(argv[1], "--complete") == 0) {
		status = complete_run(stdout, argc - 2, argv + 2);
		return output_close(stdout) ? status : EXIT_OUTPUT;
	}
	status = options_parse(argc, argv, &options);
	if (status != 0)
		return status;
	output_open(&output, options.quiet ? output_discard() : stdout, options.color);
	if (options.help || options.version) {
		if (options.help)
			options_help(stdout);
		else
			printf("httpstatus %s (IANA registry checked %s)\n", HTTPSTATUS_VERSION,
			       HTTPSTATUS_DATA_CHECKED);
		return output_close(stdout) ? EXIT_ANSWERED : EXIT_OUTPUT;
	}
	operand_count = options.operand_count;
	operands = options.operands;
	if (is_stream_mode(operand_count, operands)) {
		subcommand = &subcommand_stream;
	} else if (operand_count > 0 && subcommand_find(operands[0]) != NULL) {
		subcommand = subcommand_find(operands[0]);
		operand_count--;
		operands++;
	}
	if (subcommand == &subcommand_bare && is_unknown_subcommand(operand_count, operands))
		return options_usage_error("unknown subcommand '%s'", operands[0]);
	if (operand_count < subcommand->operands_min) {
		if (subcommand == &subcommand_bare) {
			options_usage(stderr);
			return EXIT_USAGE;
		}
		return options_usage_error("%s needs an operand", subcommand->name);
	}
	status = subcommand->run(&options, &output, operand_count, operands);
	if (!output_close(output.stream))
		return EXIT_OUTPUT;
	return status;
}
