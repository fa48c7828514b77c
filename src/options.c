/*
 * The command line's options, parsed with getopt_long into one struct.
 * Options may come before or after the subcommand and its operands; "--"
 * ends them, so "httpstatus -- -1" looks up "-1".
 */
#include <err.h>
#include <getopt.h>
#include <string.h>

#include "exit_status.h"
#include "options.h"
#include "quote.h"

enum long_only_option {
	OPTION_COLOR = 256,
	OPTION_JSON,
};

static const struct option long_options[] = {
	{ "all", no_argument, NULL, 'a' },
	{ "color", optional_argument, NULL, OPTION_COLOR },
	{ "help", no_argument, NULL, 'h' },
	{ "json", no_argument, NULL, OPTION_JSON },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

void options_usage(FILE *out)
{
	fputs("usage: httpstatus [options] QUERY...\n"
	      "       httpstatus [options] explain QUERY...\n"
	      "       httpstatus [options] class CLASS...\n"
	      "       httpstatus [options] list [PATTERN...]\n"
	      "       httpstatus [options] search WORD...\n"
	      "       httpstatus [options] compare [QUERY...]\n", out);
}

void options_help(FILE *out)
{
	fputs("httpstatus - explain HTTP status codes\n\n", out);
	options_usage(out);
	fputs("\n"
	      "A QUERY is a code (404), a pattern (4xx, 40x) or a name (not found,\n"
	      "NotFound, teapot, SC_NOT_FOUND).\n"
	      "\n"
	      "subcommands:\n"
	      "  explain   the whole entry of each code: description, notes, headers\n"
	      "  class     a class (4, 4xx, client error): its meaning and its codes\n"
	      "  list      every code, or those matching PATTERN\n"
	      "  search    codes whose text holds every WORD, best match first\n"
	      "  compare   the codes side by side (default: 301 302 303 307 308)\n"
	      "\n"
	      "options:\n"
	      "  -a, --all           include unofficial (vendor) codes in lists and patterns\n"
	      "      --color[=WHEN]  colour the output: auto (default), always or never\n"
	      "  -h, --help          show this help and exit\n"
	      "      --json          write the answer as one JSON document\n"
	      "  -V, --version       show the version and exit\n"
	      "\n"
	      "Exit status: 0 all answered, 1 something not found, 2 usage error,\n"
	      "3 output could not be written. See httpstatus(1).\n", out);
}

static int usage_error(const char *format, const char *value)
{
	char quoted[QUOTE_BUFFER];

	warnx(format, quote_for_message(value, quoted));
	options_usage(stderr);
	return EXIT_USAGE;
}

/*
 * getopt_long leaves the offending argument at optind - 1. A long option
 * that exists but was given a value ("--json=yes") is told apart from one
 * that does not exist by its name.
 */
static int unknown_option(const char *argument)
{
	char name[64];

	if (optopt > 0 && optopt < 256 && argument[1] != '-') {
		char short_option[3] = { '-', (char)optopt, '\0' };

		return usage_error("unknown option '%s'", short_option);
	}
	snprintf(name, sizeof name, "%.*s", (int)strcspn(argument, "="), argument);
	for (const struct option *option = long_options; option->name != NULL; option++)
		if (strcmp(name + 2, option->name) == 0)
			return usage_error("option '%s' takes no value", name);
	return usage_error("unknown option '%s'", name);
}

static int parse_color(const char *word, enum color_mode *mode)
{
	if (word == NULL || strcmp(word, "always") == 0)
		*mode = COLOR_ALWAYS;
	else if (strcmp(word, "auto") == 0)
		*mode = COLOR_AUTO;
	else if (strcmp(word, "never") == 0)
		*mode = COLOR_NEVER;
	else
		return usage_error("invalid --color value '%s' (expected auto, always or never)", word);
	return 0;
}

/* Fills options from argv; returns 0, or EXIT_USAGE after saying what is wrong. */
int options_parse(int argc, char **argv, struct options *options)
{
	int option;

	memset(options, 0, sizeof *options);
	options->color = COLOR_AUTO;
	opterr = 0;
	optind = 1;
	while ((option = getopt_long(argc, argv, ":ahV", long_options, NULL)) != -1) {
		switch (option) {
		case 'a':
			options->all = true;
			break;
		case 'h':
			options->help = true;
			break;
		case 'V':
			options->version = true;
			break;
		case OPTION_COLOR:
			if (parse_color(optarg, &options->color) != 0)
				return EXIT_USAGE;
			break;
		case OPTION_JSON:
			options->json = true;
			break;
		case ':':
			return usage_error("option '%s' needs a value", argv[optind - 1]);
		default:
			return unknown_option(argv[optind - 1]);
		}
	}
	options->operand_count = argc - optind;
	options->operands = argv + optind;
	return 0;
}
