/* The command line's options, parsed into one struct. */
#ifndef OPTIONS_H
#define OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

#include "output.h"

struct options {
	bool all;
	bool help;
	bool json;
	bool version;
	enum color_mode color;
	int operand_count;
	char **operands;
};

int options_parse(int argc, char **argv, struct options *options);
void options_usage(FILE *out);
void options_help(FILE *out);

#endif
