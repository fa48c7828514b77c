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
	OPTION_FORMAT,
	OPTION_JSON,
	OPTION_LINE_BUFFERED,
	OPTION_TSV,
};

static const struct option long_options[] = {
	{ "all", no_argument, NULL, 'a' },
	{ "color", optional_argument, NULL, OPTION_COLOR },
	{ "field", required_argument, NULL, 'f' },
	{ "format", required_argument, NULL, OPTION_FORMAT },
	{ "help", no_argument, NULL, 'h' },
	{ "json", no_argument, NULL, OPTION_JSON },
	{ "line-buffered", no_argument, NULL, OPTION_LINE_BUFFERED },
	{ "quiet", no_argument, NULL, 'q' },
	{ "tsv", no_argument, NULL, OPTION_TSV },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

void options_usage(FILE *out)
{
	fputs("usage: httpstatus [options] QUERY...\n"
	      "       httpstatus [options] -\n"
	      "       httpstatus [options] explain QUERY...\n"
	      "       httpstatus [options] class CLASS...\n"
	      "       httpstatus [options] list [PATTERN...]\n"
	      "       httpstatus [options] search WORD...\n"
	      "       httpstatus [options] compare [QUERY...]\n"
	      "       httpstatus [options] annotate [--field N] [FILE...]\n", out);
}

void options_help(FILE *out)
{
	fputs("httpstatus - explain HTTP status codes\n\n", out);
	options_usage(out);
	fputs("\n"
	      "A QUERY is a code (404), a pattern (4xx, 40x) or a name (not found,\n"
	      "NotFound, teapot, SC_NOT_FOUND). With -, or with no QUERY and stdin\n"
	      "not a terminal, queries are read from stdin, one answer per line.\n"
	      "\n"
	      "subcommands:\n"
	      "  explain   the whole entry of each code: description, notes, headers\n"
	      "  class     a class (4, 4xx, client error): its meaning and its codes\n"
	      "  list      every code, or those matching PATTERN\n"
	      "  search    codes whose text holds every WORD, best match first\n"
	      "  compare   the codes side by side (default: 301 302 303 307 308)\n"
	      "  annotate  copy log lines, adding the reason phrase after each status\n"
	      "\n"
	      "options:\n"
	      "  -a, --all             include unofficial (vendor) codes in lists and patterns\n"
	      "      --color[=WHEN]    colour the output: auto (default), always or never\n"
	      "  -f, --field=NAME      print only this field of each answer, one per line\n"
	      "                        (annotate: --field=N is the log field holding the code)\n"
	      "      --format=FORMAT   text (default), json or tsv\n"
	      "  -h, --help            show this help and exit\n"
	      "      --json            the same as --format=json\n"
	      "      --line-buffered   annotate: write each line as soon as it is read\n"
	      "  -q, --quiet           print nothing; the exit status tells what was found\n"
	      "      --tsv             the same as --format=tsv\n"
	      "  -V, --version         show the version and exit\n"
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

static int parse_format(const char *word, enum output_format *format)
{
	if (strcmp(word, "text") == 0)
		*format = FORMAT_TEXT;
	else if (strcmp(word, "json") == 0)
		*format = FORMAT_JSON;
	else if (strcmp(word, "tsv") == 0)
		*format = FORMAT_TSV;
	else
		return usage_error("invalid --format value '%s' (expected text, json or tsv)", word);
	return 0;
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

static int unknown_field(const char *name)
{
	char quoted[QUOTE_BUFFER];

	fprintf(stderr, "httpstatus: unknown field '%s'; the fields are:", quote_for_message(name, quoted));
	for (int field = 0; field < FIELD_COUNT; field++)
		fprintf(stderr, " %s", field_name((enum field)field));
	fputc('\n', stderr);
	options_usage(stderr);
	return EXIT_USAGE;
}

/* Rejects what cannot be combined, and a --field that names no field. */
static int options_check(struct options *options)
{
	bool annotating = options->operand_count > 0 &&
			  strcmp(options->operands[0], "annotate") == 0;

	if (options->quiet && options->field_argument != NULL)
		return usage_error("%s", "-q and --field may not be combined");
	if (options->field_argument != NULL && options->format != FORMAT_TEXT)
		return usage_error("%s", "--field and --format=json or tsv may not be combined");
	if (options->field_argument != NULL && !annotating) {
		options->field = field_by_name(options->field_argument);
		if (options->field == FIELD_NONE)
			return unknown_field(options->field_argument);
	}
	return 0;
}

/* Fills options from argv; returns 0, or EXIT_USAGE after saying what is wrong. */
int options_parse(int argc, char **argv, struct options *options)
{
	int option;

	memset(options, 0, sizeof *options);
	options->color = COLOR_AUTO;
	options->field = FIELD_NONE;
	opterr = 0;
	optind = 1;
	while ((option = getopt_long(argc, argv, ":Vaf:hq", long_options, NULL)) != -1) {
		switch (option) {
		case 'V':
			options->version = true;
			break;
		case 'a':
			options->all = true;
			break;
		case 'f':
			options->field_argument = optarg;
			break;
		case 'h':
			options->help = true;
			break;
		case 'q':
			options->quiet = true;
			break;
		case OPTION_COLOR:
			if (parse_color(optarg, &options->color) != 0)
				return EXIT_USAGE;
			break;
		case OPTION_FORMAT:
			if (parse_format(optarg, &options->format) != 0)
				return EXIT_USAGE;
			break;
		case OPTION_JSON:
			options->format = FORMAT_JSON;
			break;
		case OPTION_LINE_BUFFERED:
			options->line_buffered = true;
			break;
		case OPTION_TSV:
			options->format = FORMAT_TSV;
			break;
		case ':':
			return usage_error("option '%s' needs a value", argv[optind - 1]);
		default:
			return unknown_option(argv[optind - 1]);
		}
	}
	options->operand_count = argc - optind;
	options->operands = argv + optind;
	return options_check(options);
}
