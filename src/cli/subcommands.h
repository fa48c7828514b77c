/* The subcommands: their names, what they need and what they do. */
#ifndef SUBCOMMANDS_H
#define SUBCOMMANDS_H

#include "commands/commands.h"

struct subcommand {
	const char *name;
	command_function *run;
	int operands_min;	/* fewer is a usage error */
	const char *description;	/* for --help and the completions */
};

extern const struct subcommand subcommands[];
extern const struct subcommand subcommand_bare;
extern const struct subcommand subcommand_stream;

const struct subcommand *subcommand_find(const char *name);

#endif
