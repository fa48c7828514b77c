/* The command line's options, parsed into one struct. */
#ifndef OPTIONS_H
#define OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

#include "output/answers.h"
#include "output/output.h"

struct options {
	bool all;
	bool all_meanings;
	bool at_end;		/* --at-end: annotate's phrase at the end of the line */
	bool codes;		/* --codes: count --every's rows by code too */
	bool help;
	bool line_buffered;
	bool quiet;
	bool version;
	enum color_mode color;
	enum output_format format;
	const char *column;	/* --column N: annotate's and count's log field, as given */
	const char *field;	/* --field as given: a field name, or annotate's and count's log field */
	const char *every;	/* --every DURATION: count's rows of time, as given */
	const char *log_format;	/* --log-format: the log's layout (annotate, count), as given */
	const char *key;	/* --key: the JSON member holding the status (annotate, count) */
	long limit;		/* --limit N: search's most hits, 0 for all; -1 when not given */
	int operand_count;
	char **operands;
};

struct option_doc {
	const char *name;	/* the long name */
	int has_arg;		/* no_argument, required_argument or optional_argument */
	int value;		/* the short option, or a value above 255 for long-only ones */
	const char *argument;	/* what --help calls the value */
	const char *description;
};

extern const struct option_doc option_docs[];

struct command_args;
struct subcommand;

int options_parse(int argc, char **argv, struct options *options);
int options_apply(const struct options *options, const struct subcommand *subcommand,
		  struct command_args *args);
const char *const *options_values_of(const char *option);
void options_usage(FILE *out);
int options_usage_error(const char *format, const char *value);
int options_try_help(void);
void options_help(FILE *out);

#endif
