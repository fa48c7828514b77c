/* The command line's options, parsed into one struct. */
#ifndef OPTIONS_H
#define OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

#include "output/fields.h"
#include "output/output.h"

enum output_format {
	FORMAT_TEXT,
	FORMAT_JSON,
	FORMAT_TSV,
};

struct options {
	bool all;
	bool help;
	bool line_buffered;
	bool quiet;
	bool version;
	enum color_mode color;
	enum output_format format;
	int field;	/* FIELD_NONE unless --field */
	const char *field_argument;	/* --field as given; annotate reads a number */
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

int options_parse(int argc, char **argv, struct options *options);
void options_usage(FILE *out);
int options_usage_error(const char *format, const char *value);
void options_help(FILE *out);

#endif
