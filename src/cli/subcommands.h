/* The subcommands: their names, what they need and what they do. */
#ifndef SUBCOMMANDS_H
#define SUBCOMMANDS_H

#include <stdbool.h>

/* The commands themselves are only pointed to: --help needs no more than the table. */
struct command_args;

struct subcommand {
	const char *name;
	int (*run)(const struct command_args *args);
	int operands_min;	/* fewer is a usage error */
	bool log_field;		/* takes --column N, and --field N is the same, not a field name */
	bool reads_pipe;	/* with no operand and stdin not a terminal, reads its queries from stdin */
	const char *description;	/* for --help and the completions */
};

extern const struct subcommand subcommands[];
extern const struct subcommand subcommand_bare;
extern const struct subcommand subcommand_stream;

const struct subcommand *subcommand_find(const char *name);

#endif
