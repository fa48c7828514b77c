/*
 * The command line's options, parsed with getopt_long into one struct.
 * Options may come before or after the subcommand and its operands; "--"
 * ends them, so "httpstatus -- -1" looks up "-1".
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/options.h"
#include "cli/subcommands.h"
#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/timestamp.h"
#include "output/quote.h"

enum long_only_option {
	OPTION_ALL_MEANINGS = 256,
	OPTION_AT_END,
	OPTION_CODES,
	OPTION_COLOR,
	OPTION_COLUMN,
	OPTION_EVERY,
	OPTION_FORMAT,
	OPTION_JSON,
	OPTION_KEY,
	OPTION_LIMIT,
	OPTION_LINE_BUFFERED,
	OPTION_LOG_FORMAT,
	OPTION_TSV,
};

/*
 * The one table of options: getopt_long's table, the short-option string,
 * the options part of --help and the completions are all made from it.
 */
const struct option_doc option_docs[] = {
	{ "all", no_argument, 'a', NULL, "include unofficial (vendor) codes in lists and patterns" },
	{ "all-meanings", no_argument, OPTION_ALL_MEANINGS, NULL, "-f, --tsv, --json and stdin: every meaning of a code\n"
	  "that several share (default: one record a query)" },
	{ "at-end", no_argument, OPTION_AT_END, NULL, "annotate: put the phrase at the end of the line,\n"
	  "so every field stays where it was" },
	{ "codes", no_argument, OPTION_CODES, NULL, "count --every: each code's count in every row" },
	{ "color", optional_argument, OPTION_COLOR, "WHEN", "colour the output: auto (default), always or never" },
	{ "column", required_argument, OPTION_COLUMN, "N", "annotate, count: the log field holding the code,\n"
	  "counted from 1, fields split at spaces and tabs" },
	{ "every", required_argument, OPTION_EVERY, "DURATION", "count: a row per DURATION of the log's own time\n"
	  "(30s, 1m, 1h, 1d), each written when it is over" },
	{ "field", required_argument, 'f', "NAME,...", "print only these fields of each answer, one line each,\n"
	  "tab-separated (annotate, count: --field=N is --column=N)" },
	{ "format", required_argument, OPTION_FORMAT, "FORMAT", "text (default), json or tsv" },
	{ "help", no_argument, 'h', NULL, "show this help and exit" },
	{ "json", no_argument, OPTION_JSON, NULL, "the same as --format=json" },
	{ "key", required_argument, OPTION_KEY, "NAME", "annotate, count: the JSON member holding the status\n"
	  "(dotted for nesting: response.status)" },
	{ "limit", required_argument, OPTION_LIMIT, "N", "search: show only the best N hits, 0 for all\n"
	  "(default: 10 on a terminal, all in a pipe)" },
	{ "line-buffered", no_argument, OPTION_LINE_BUFFERED, NULL,
	  "annotate: write each line as soon as it is read" },
	{ "log-format", required_argument, OPTION_LOG_FORMAT, "NAME", "annotate, count: the log's layout when detection\n"
	  "cannot tell: clf, json, w3c, alb, elb, haproxy, logfmt" },
	{ "quiet", no_argument, 'q', NULL, "print nothing; the exit status tells what was found" },
	{ "tsv", no_argument, OPTION_TSV, NULL, "the same as --format=tsv" },
	{ "version", no_argument, 'V', NULL, "show the version and exit" },
	{ NULL, 0, 0, NULL, NULL },
};

#define OPTION_COUNT (sizeof option_docs / sizeof option_docs[0] - 1)

/* In the order of enum color_mode and enum output_format, which parsing gives the index of. */
static const char *const color_words[] = { "auto", "always", "never", NULL };
static const char *const format_words[] = { "text", "json", "tsv", NULL };
static const char *const every_words[] = { "30s", "1m", "5m", "1h", "1d", NULL };

/* The options whose value is one of a few words: --help, parsing and completion read these. */
static const struct option_values {
	const char *option;
	const char *const *words;	/* NULL-terminated */
} option_values[] = {
	{ "color", color_words },
	{ "every", every_words },
	{ "format", format_words },
	{ "log-format", log_layout_words },
	{ NULL, NULL },
};

/* The words an option's value may be, or NULL when it takes any value. */
const char *const *options_values_of(const char *option)
{
	for (const struct option_values *values = option_values; values->option != NULL; values++)
		if (strcmp(values->option, option) == 0)
			return values->words;
	return NULL;
}

void options_usage(FILE *out)
{
	fprintf(out, "usage: httpstatus [options] %s\n", subcommand_bare.synopsis);
	fprintf(out, "       httpstatus [options] %s\n", subcommand_stream.synopsis);
	for (const struct subcommand *subcommand = subcommands; subcommand->name != NULL; subcommand++)
		fprintf(out, "       httpstatus [options] %s %s\n", subcommand->name, subcommand->synopsis);
}

/* "  -f, --field=NAME" or "      --color[=WHEN]", as --help shows it. */
static void option_synopsis(const struct option_doc *doc, char *buffer, size_t size)
{
	char short_part[4] = "   ";

	if (doc->value < 256)
		snprintf(short_part, sizeof short_part, "-%c,", doc->value);
	if (doc->argument == NULL)
		snprintf(buffer, size, "%s --%s", short_part, doc->name);
	else if (doc->has_arg == optional_argument)
		snprintf(buffer, size, "%s --%s[=%s]", short_part, doc->name, doc->argument);
	else
		snprintf(buffer, size, "%s --%s=%s", short_part, doc->name, doc->argument);
}

/*
 * Every description starts in one column, whose width the descriptions'
 * own line breaks are written for (80 columns in all). A synopsis too
 * wide for it gets a line of its own, as coreutils and argparse do.
 */
enum { HELP_SYNOPSIS_WIDTH = 20 };

static void options_help_table(FILE *out)
{
	char synopsis[64];

	for (const struct option_doc *doc = option_docs; doc->name != NULL; doc++) {
		const char *line = doc->description;

		option_synopsis(doc, synopsis, sizeof synopsis);
		if (strlen(synopsis) > HELP_SYNOPSIS_WIDTH)
			fprintf(out, "  %s\n  %-*s", synopsis, HELP_SYNOPSIS_WIDTH, "");
		else
			fprintf(out, "  %-*s", HELP_SYNOPSIS_WIDTH, synopsis);
		for (;;) {
			size_t length = strcspn(line, "\n");

			fprintf(out, "  %.*s\n", (int)length, line);
			if (line[length] == '\0')
				break;
			line += length + 1;
			fprintf(out, "  %-*s", HELP_SYNOPSIS_WIDTH, "");
		}
	}
}

void options_help(FILE *out)
{
	fputs("httpstatus - explain HTTP status codes\n\n", out);
	options_usage(out);
	fputs("\n"
	      "A QUERY is a code (404; 000 or 0 for no response), an IIS sub-status\n"
	      "(404.13; 404.x lists them), a pattern (4xx, 40x), a name (not found,\n"
	      "NotFound, teapot, SC_NOT_FOUND, HttpStatusCode.Redirect), a class\n"
	      "(redirect, server error) or a status line (HTTP/1.1 404 Not Found).\n"
	      "Words need no quotes: adjacent words that name one thing are one query.\n"
	      "With -, or with no QUERY and stdin not a terminal, queries are read from\n"
	      "stdin, one answer per query; stdin that starts with an HTTP status line\n"
	      "(curl -sI, -sIL, -si, -sv 2>&1) is read as response heads: each status\n"
	      "is answered, and a redirect shows its Location. explain and compare read\n"
	      "stdin the same way. -f, --tsv and --json give one record a query (JSON:\n"
	      "one object a line). annotate and count take Common or Combined Log\n"
	      "Format lines, --column N, or JSON lines (--key NAME); W3C, AWS ALB and\n"
	      "ELB, HAProxy and logfmt logs (--log-format NAME), gzip-compressed or not.\n"
	      "\nsubcommands:\n", out);
	for (const struct subcommand *subcommand = subcommands; subcommand->name != NULL; subcommand++)
		fprintf(out, "  %-10s%s\n", subcommand->name, subcommand->description);
	fputs("\noptions:\n", out);
	options_help_table(out);
	fputs("\n"
	      "Exit status: 0 all answered, 1 something not found, 2 usage error,\n"
	      "3 input could not be read or output written. See httpstatus(1).\n", out);
}

static void options_getopt_tables(struct option long_options[OPTION_COUNT + 1],
				  char short_options[2 * OPTION_COUNT + 3])
{
	size_t used = 0;

	/*
	 * '-': operands come back in order as option 1, so options after them
	 * work with every libc, and with glibc even when POSIXLY_CORRECT is set
	 * (which would otherwise stop at the first operand). ':': a missing
	 * value is told apart from an unknown option.
	 */
	short_options[used++] = '-';
	short_options[used++] = ':';
	for (size_t i = 0; i < OPTION_COUNT; i++) {
		const struct option_doc *doc = &option_docs[i];

		long_options[i] = (struct option){ doc->name, doc->has_arg, NULL, doc->value };
		if (doc->value < 256) {
			short_options[used++] = (char)doc->value;
			if (doc->has_arg == required_argument)
				short_options[used++] = ':';
		}
	}
	long_options[OPTION_COUNT] = (struct option){ NULL, 0, NULL, 0 };
	short_options[used] = '\0';
}

/* After a usage error: where the whole usage is, as git and coreutils say it. */
int options_try_help(void)
{
	fputs("Try 'httpstatus --help' for more information.\n", stderr);
	return EXIT_USAGE;
}

/* Says on one line what is wrong, the value made safe to show, then where help is; returns EXIT_USAGE. */
int options_usage_error(const char *format, const char *value)
{
	quote_warn(format, value);
	return options_try_help();
}

/* Ends message with the choices, each after prefix, " a, b or c", and a closing parenthesis. */
static void append_choices(char *message, size_t size, const char *prefix, const char *const *words,
			   size_t count)
{
	size_t used = strlen(message);

	for (size_t i = 0; i < count && used < size; i++)
		used += (size_t)snprintf(message + used, size - used, "%s%s%s",
					 i == 0 ? " " : i + 1 == count ? " or " : ", ", prefix, words[i]);
	if (used < size)
		snprintf(message + used, size - used, ")");
}

/*
 * argument is the one getopt_long was reading when it failed (a cluster of
 * short options such as -zq stays there until its last letter). A long
 * option that exists but was given a value ("--json=yes") is told apart
 * from one that does not exist by its name, and an abbreviation that fits
 * several options names them.
 */
static int unknown_option(const char *argument)
{
	char name[64], message[256];
	const char *candidates[OPTION_COUNT];
	size_t length, count = 0;

	if (strncmp(argument, "--", 2) != 0) {
		char short_option[3] = { '-', (char)optopt, '\0' };

		return options_usage_error("unknown option '%s'", short_option);
	}
	snprintf(name, sizeof name, "%.*s", (int)strcspn(argument, "="), argument);
	length = strlen(name + 2);
	for (const struct option_doc *doc = option_docs; doc->name != NULL; doc++) {
		if (strcmp(name + 2, doc->name) == 0)
			return options_usage_error("option '%s' takes no value", name);
		if (strncmp(name + 2, doc->name, length) == 0)
			candidates[count++] = doc->name;
	}
	if (count < 2 || length == 0)
		return options_usage_error("unknown option '%s'", name);
	snprintf(message, sizeof message, "ambiguous option '%%s' (could be");
	append_choices(message, sizeof message, "--", candidates, count);
	return options_usage_error(message, name);
}

/*
 * Names the option getopt found without its value as the user typed it
 * ("--field", "--fi" or "-f"). Only the last argument can lack its value,
 * since a value may be the next argument whatever it holds; libcs differ
 * on optind here, so it is not used.
 */
static int missing_value(int value, const char *last)
{
	char name[64];

	if (strncmp(last, "--", 2) == 0)
		snprintf(name, sizeof name, "%.*s", (int)strcspn(last, "="), last);
	else
		snprintf(name, sizeof name, "-%c", value);
	return options_usage_error("option '%s' needs a value", name);
}

/* The index of word in the option's value list; EXIT_USAGE's -1 after naming the choices. */
static int parse_value(const char *option, const char *word)
{
	const char *const *words = options_values_of(option);
	char message[160];
	int count = 0;

	for (; words[count] != NULL; count++)
		if (strcmp(words[count], word) == 0)
			return count;
	snprintf(message, sizeof message, "invalid --%s value '%%s' (expected", option);
	append_choices(message, sizeof message, "", words, (size_t)count);
	options_usage_error(message, word);
	return -1;
}

/* Finds the fields --field names, comma-separated; 0, or EXIT_USAGE after listing the fields. */
static int options_fields(const char *list, struct answer_format *format)
{
	char name[64], quoted[QUOTE_BUFFER];

	format->field_count = 0;
	for (const char *item = list;; item += strcspn(item, ",") + 1) {
		int field;

		snprintf(name, sizeof name, "%.*s", (int)strcspn(item, ","), item);
		field = strlen(name) == strcspn(item, ",") ? schema_field_by_name(name) : FIELD_NONE;
		if (field == FIELD_NONE) {
			fprintf(stderr, "httpstatus: unknown field '%s'; the fields are:", quote_for_message(name, quoted));
			for (int f = 0; f < FIELD_COUNT; f++)
				fprintf(stderr, " %s", schema_fields[f].name);
			fputc('\n', stderr);
			return options_try_help();
		}
		if (format->field_count == ANSWER_FIELDS_MAX)
			return options_usage_error("%s", "--field names too many fields");
		format->fields[format->field_count++] = field;
		if (item[strcspn(item, ",")] == '\0')
			break;
	}
	format->field = format->fields[0];
	return 0;
}

/*
 * annotate's and count's log field, 1 to 1000: --column N, or --field N,
 * kept working for the scripts that use it; 0 when neither is given.
 * EXIT_USAGE when invalid.
 */
static int options_column(const struct options *options, const char *subcommand, int *column)
{
	const char *option = options->column != NULL ? "--column" : "--field";
	const char *value = options->column != NULL ? options->column : options->field;
	char message[128], *end;
	long number;

	*column = 0;
	if (value == NULL)
		return 0;
	if (options->column != NULL && options->field != NULL)
		return options_usage_error("%s", "--column and --field may not be combined");
	number = strtol(value, &end, 10);
	if (*end == '\0' && end != value && number >= 1 && number <= 1000) {
		*column = (int)number;
		return 0;
	}
	snprintf(message, sizeof message, "invalid %s '%%s' for %s (expected a field number from 1 to 1000)",
		 option, subcommand);
	return options_usage_error(message, value);
}

/*
 * What the options ask of the subcommand, checked against it: --column and
 * --key are annotate's and count's, and there --field is the log field;
 * elsewhere --field names fields. The one place where the options meet
 * the subcommand; returns 0, or EXIT_USAGE after saying what is wrong.
 */
int options_apply(const struct options *options, const struct subcommand *subcommand,
		  struct command_args *args)
{
	/* What cannot be combined whatever the subcommand. */
	if (options->quiet && options->field != NULL)
		return options_usage_error("%s", "-q and --field may not be combined");
	if (options->field != NULL && options->format != FORMAT_TEXT)
		return options_usage_error("%s", "--field and --format=json or tsv may not be combined");
	args->format = (struct answer_format){ .format = options->format, .field = FIELD_NONE,
					       .all_meanings = options->all_meanings };
	args->all = options->all;
	args->line_buffered = options->line_buffered;
	args->limit = options->limit;
	if (options->limit >= 0 && subcommand->run != command_search)
		return options_usage_error("%s", "--limit applies to search only");
	if (options->every != NULL || options->codes) {
		if (strcmp(subcommand->name, "count") != 0)
			return options_usage_error("%s", "--every and --codes apply to count only");
		if (options->every == NULL)
			return options_usage_error("%s", "--codes applies to count --every only");
		if (!timestamp_parse_duration(options->every, &args->every))
			return options_usage_error("invalid --every '%s' (expected a number and s, m, h or d: 30s, 1m, 1h, 1d)",
						   options->every);
		args->codes = options->codes;
	}
	if (options->at_end && strcmp(subcommand->name, "annotate") != 0)
		return options_usage_error("%s", "--at-end applies to annotate only");
	args->at_end = options->at_end;
	if (subcommand->operands == OPERANDS_FILES) {
		args->json_key = options->key;
		args->log_format = options->log_format;
		return options_column(options, subcommand->name, &args->log_column);
	}
	if (options->log_format != NULL)
		return options_usage_error("%s", "--log-format applies to annotate and count only");
	if (options->column != NULL)
		return options_usage_error("%s", "--column applies to annotate and count only");
	if (options->key != NULL)
		return options_usage_error("%s", "--key applies to annotate and count only");
	if (options->field != NULL)
		return options_fields(options->field, &args->format);
	return 0;
}

/* Fills options from argv; returns 0, or EXIT_USAGE after saying what is wrong. */
int options_parse(int argc, char **argv, struct options *options)
{
	struct option long_options[OPTION_COUNT + 1];
	char short_options[2 * OPTION_COUNT + 3];
	char *end;
	int option, choice, operand_count = 0;

	options_getopt_tables(long_options, short_options);
	memset(options, 0, sizeof *options);
	options->color = COLOR_AUTO;
	options->limit = -1;
	opterr = 0;
	optind = 1;
	for (;;) {
		/* The argument getopt reads next: a cluster such as -zq stays there until its end. */
		int reading = optind;

		option = getopt_long(argc, argv, short_options, long_options, NULL);
		/* musl's getopt ends the options at a lone "-" (stdin), which is an operand here. */
		if (option == -1 && optind < argc && strcmp(argv[optind], "-") == 0 &&
		    strcmp(argv[optind - 1], "--") != 0) {
			argv[1 + operand_count++] = argv[optind++];
			continue;
		}
		if (option == -1)
			break;
		switch (option) {
		case 1:
			/* An operand. getopt is past it, so its slot can take it, packed to the front. */
			argv[1 + operand_count++] = optarg;
			break;
		case 'V':
			options->version = true;
			break;
		case 'a':
			options->all = true;
			break;
		case 'f':
			options->field = optarg;
			break;
		case 'h':
			options->help = true;
			break;
		case 'q':
			options->quiet = true;
			break;
		case OPTION_ALL_MEANINGS:
			options->all_meanings = true;
			break;
		case OPTION_AT_END:
			options->at_end = true;
			break;
		case OPTION_CODES:
			options->codes = true;
			break;
		case OPTION_COLOR:
			/* --color alone is --color=always. */
			if ((choice = optarg == NULL ? COLOR_ALWAYS : parse_value("color", optarg)) < 0)
				return EXIT_USAGE;
			options->color = (enum color_mode)choice;
			break;
		case OPTION_COLUMN:
			options->column = optarg;
			break;
		case OPTION_EVERY:
			options->every = optarg;
			break;
		case OPTION_FORMAT:
			if ((choice = parse_value("format", optarg)) < 0)
				return EXIT_USAGE;
			options->format = (enum output_format)choice;
			break;
		case OPTION_JSON:
			options->format = FORMAT_JSON;
			break;
		case OPTION_KEY:
			options->key = optarg;
			break;
		case OPTION_LIMIT:
			options->limit = strtol(optarg, &end, 10);
			if (end == optarg || *end != '\0' || options->limit < 0 || options->limit > 1000000)
				return options_usage_error("invalid --limit value '%s' (expected a number of hits, 0 for all)",
							   optarg);
			break;
		case OPTION_LINE_BUFFERED:
			options->line_buffered = true;
			break;
		case OPTION_LOG_FORMAT:
			options->log_format = optarg;
			break;
		case OPTION_TSV:
			options->format = FORMAT_TSV;
			break;
		case ':':
			return missing_value(optopt, argv[argc - 1]);
		default:
			return unknown_option(argv[reading < argc ? reading : argc - 1]);
		}
	}
	/* After "--", the rest are operands too. */
	while (optind < argc)
		argv[1 + operand_count++] = argv[optind++];
	options->operand_count = operand_count;
	options->operands = argv + 1;
	return 0;
}
