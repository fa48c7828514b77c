/*
 * httpstatus: explains HTTP status codes, offline.
 *
 * Parses the options, picks the subcommand, runs it, and makes sure the
 * answer reached stdout before reporting success.
 */
#include <err.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/complete.h"
#include "cli/options.h"
#include "cli/subcommands.h"
#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/query.h"
#include "core/timestamp.h"
#include "output/output.h"
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

/* The subcommand the operands ask for; args gets the operands left for it. */
static const struct subcommand *pick_subcommand(const struct options *options,
						struct command_args *args)
{
	const struct subcommand *subcommand = &subcommand_bare;

	args->count = options->operand_count;
	args->operands = options->operands;
	if (is_stream_mode(args->count, args->operands)) {
		subcommand = &subcommand_stream;
	} else if (args->count > 0 && subcommand_find(args->operands[0]) != NULL) {
		subcommand = subcommand_find(args->operands[0]);
		args->count--;
		args->operands++;
	}
	return subcommand;
}

/*
 * A closed descriptor 0, 1 or 2 would go to the first file opened (annotate
 * would take its input for its own output). /dev/null, opened the other way
 * round, holds it: reading stdin or writing stdout still fails with EBADF.
 */
static void hold_standard_descriptors(void)
{
	for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++)
		if (fcntl(fd, F_GETFD) == -1 && open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY) != fd)
			err(EXIT_IO, "/dev/null");
}

int main(int argc, char **argv)
{
	struct options options;
	struct output output;
	struct command_args args = { .output = &output, .format = { FORMAT_TEXT, FIELD_NONE } };
	const struct subcommand *subcommand;
	int exit_status;

	hold_standard_descriptors();
	/* The completion scripts' entry point: not an option users type. */
	if (argc > 1 && strcmp(argv[1], "--complete") == 0) {
		exit_status = complete_run(stdout, argc - 2, argv + 2);
		return output_close(stdout) ? exit_status : EXIT_IO;
	}
	exit_status = options_parse(argc, argv, &options);
	if (exit_status != 0)
		return exit_status;
	subcommand = pick_subcommand(&options, &args);
	/* annotate's and count's --field is --column, a log field number; elsewhere it names a field. */
	if (subcommand->log_field) {
		if (options_column(&options, subcommand->name, &args.log_column) != 0)
			return EXIT_USAGE;
		args.json_key = options.key;
		args.log_format = options.log_format;
	} else if (options.log_format != NULL) {
		return options_usage_error("%s", "--log-format applies to annotate and count only");
	} else if (options.column != NULL) {
		return options_usage_error("%s", "--column applies to annotate and count only");
	} else if (options.key != NULL) {
		return options_usage_error("%s", "--key applies to annotate and count only");
	} else if (options.field != NULL && options_field(options.field, &args.format.field) != 0)
		return EXIT_USAGE;
	if (options.limit >= 0 && subcommand->run != command_search)
		return options_usage_error("%s", "--limit applies to search only");
	args.limit = options.limit;
	args.format.format = options.format;
	args.all = options.all;
	args.line_buffered = options.line_buffered;
	args.at_end = options.at_end;
	if (options.every != NULL || options.codes) {
		if (strcmp(subcommand->name, "count") != 0)
			return options_usage_error("%s", "--every and --codes apply to count only");
		if (options.every == NULL)
			return options_usage_error("%s", "--codes applies to count --every only");
		if (!timestamp_parse_duration(options.every, &args.every))
			return options_usage_error("invalid --every '%s' (expected a number and s, m, h or d: 30s, 1m, 1h, 1d)",
						   options.every);
		args.codes = options.codes;
	}
	output_open(&output, options.quiet ? output_discard() : stdout, options.color);
	output.quiet = options.quiet;
	if (options.help || options.version) {
		if (options.help)
			options_help(stdout);
		else
			printf("httpstatus %s (IANA registry checked %s)\n", HTTPSTATUS_VERSION,
			       HTTPSTATUS_DATA_CHECKED);
		return output_close(stdout) ? EXIT_ANSWERED : EXIT_IO;
	}
	if (subcommand == &subcommand_bare && is_unknown_subcommand(args.count, args.operands))
		return options_usage_error("unknown subcommand '%s'", args.operands[0]);
	if (args.count < subcommand->operands_min) {
		if (subcommand == &subcommand_bare) {
			options_usage(stderr);
			return EXIT_USAGE;
		}
		return options_usage_error("%s needs an operand", subcommand->name);
	}
	exit_status = subcommand->run(&args);
	/* A subcommand has said what was wrong with its operands; the usage follows. */
	if (exit_status == EXIT_USAGE)
		options_usage(stderr);
	if (!output_close(output.stream))
		return EXIT_IO;
	return exit_status;
}
