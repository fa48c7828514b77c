/*
 * httpstatus: explains HTTP status codes, offline.
 *
 * Parses the options, picks the subcommand, runs it, and makes sure the
 * answer reached stdout before reporting success.
 */
#include <err.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "cli/complete.h"
#include "cli/options.h"
#include "cli/subcommands.h"
#include "commands/commands.h"
#include "commands/queries.h"
#include "core/exit_status.h"
#include "core/query.h"
#include "core/suggest.h"
#include "output/output.h"
#include "version.h"

/*
 * The subcommand a mistyped word is close to ("explian", "serach"), when
 * the word names nothing itself; else NULL. Closeness, not the word's
 * case, tells a typo from a query, so "not found" stays a query.
 */
static const struct subcommand *mistyped_subcommand(const char *word)
{
	static struct query query;
	size_t length = strlen(word);

	if (length < 4)
		return NULL;
	query_parse(word, &query);
	if (query.kind != QUERY_NONE)
		return NULL;
	for (const struct subcommand *s = subcommands; s->name != NULL; s++)
		if (suggest_edit_distance(word, length, s->name, strlen(s->name), length < 6 ? 1 : 2) <=
		    (length < 6 ? 1u : 2u))
			return s;
	return NULL;
}

/* The subcommand the operands ask for; args gets the operands left for it. */
static const struct subcommand *pick_subcommand(const struct options *options,
						struct command_args *args)
{
	static char *standard_input[] = { "-" };
	const struct subcommand *subcommand = &subcommand_bare;

	args->count = options->operand_count;
	args->operands = options->operands;
	/* "httpstatus -", or a bare httpstatus on a pipe ("cut -f9 log | httpstatus"): stream mode. */
	if (queries_from_stdin(args)) {
		subcommand = &subcommand_stream;
	} else if (args->count > 0 && subcommand_find(args->operands[0]) != NULL) {
		subcommand = subcommand_find(args->operands[0]);
		args->count--;
		args->operands++;
	}
	/* annotate and count read stdin when no FILE is named, as cat does. */
	if (subcommand->operands == OPERANDS_FILES && args->count == 0) {
		args->count = 1;
		args->operands = standard_input;
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
	struct command_args args = { .output = &output, .format = { .format = FORMAT_TEXT, .field = FIELD_NONE } };
	const struct subcommand *subcommand, *mistyped;
	int exit_status;
	FILE *out;

	hold_standard_descriptors();
	output_stderr();
	out = output_stdout();
	/* The completion scripts' entry point: not an option users type. */
	if (argc > 1 && strcmp(argv[1], "--complete") == 0) {
		exit_status = complete_run(out, argc - 2, argv + 2);
		return output_close(out) ? exit_status : EXIT_IO;
	}
	exit_status = options_parse(argc, argv, &options);
	if (exit_status != 0)
		return exit_status;
	if (options.help || options.version) {
		if (options.help)
			options_help(out);
		else
			fprintf(out, "httpstatus %s (IANA registry checked %s, JSON schema %d)\n",
			       HTTPSTATUS_VERSION, HTTPSTATUS_DATA_CHECKED, ANSWERS_JSON_SCHEMA);
		return output_close(out) ? EXIT_ANSWERED : EXIT_IO;
	}
	subcommand = pick_subcommand(&options, &args);
	if (options_apply(&options, subcommand, &args) != 0)
		return EXIT_USAGE;
	output_open(&output, options.quiet ? output_discard() : out, options.color);
	output.quiet = options.quiet;
	mistyped = subcommand == &subcommand_bare && args.count > 0 ? mistyped_subcommand(args.operands[0]) : NULL;
	if (mistyped != NULL) {
		char message[128];

		snprintf(message, sizeof message, "unknown subcommand '%%s'; did you mean '%s'?", mistyped->name);
		return options_usage_error(message, args.operands[0]);
	}
	if (args.count < subcommand->operands_min && !(subcommand->reads_pipe && queries_from_stdin(&args))) {
		/* Nothing at all asked: the usage is the answer, as git gives it. */
		if (subcommand == &subcommand_bare) {
			options_usage(stderr);
			return EXIT_USAGE;
		}
		return options_usage_error("%s needs an operand", subcommand->name);
	}
	exit_status = subcommand->run(&args);
	/* A subcommand has said on one line what was wrong with its operands. */
	if (exit_status == EXIT_USAGE)
		options_try_help();
	if (!output_close(output.stream))
		return EXIT_IO;
	return exit_status;
}
