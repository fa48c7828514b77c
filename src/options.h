/* The command line's options, parsed into one struct. */
#ifndef OPTIONS_H
#define OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

#include "fields.h"
#include "output.h"

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
	enum field field;	/* FIELD_NONE unless --field */
	const char *field_argument;	/* --field as given; annotate reads a number */
	int operand_count;
	char **operands;
};

int options_parse(int argc, char **argv, struct options *options);
void options_usage(FILE *out);
void options_help(FILE *out);

#endif
