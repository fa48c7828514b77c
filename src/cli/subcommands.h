/* The subcommands: their names, what they need and what they do. */
#ifndef SUBCOMMANDS_H
#define SUBCOMMANDS_H

#include <stdbool.h>

/* The commands themselves are only pointed to: --help needs no more than the table. */
struct command_args;

/* What a subcommand's operands are, for the completions. */
enum operand_kind {
	OPERANDS_QUERIES,	/* codes, names, patterns */
	OPERANDS_CLASSES,	/* 4xx, client error */
	OPERANDS_WORDS,		/* free text: nothing to complete */
	OPERANDS_TOPICS,	/* choose's topics */
	OPERANDS_FILES,		/* logs; takes --column N, and --field N is the same */
};

struct subcommand {
	const char *name;
	int (*run)(const struct command_args *args);
	const char *synopsis;	/* what the usage shows after the name */
	int operands_min;	/* fewer is a usage error */
	enum operand_kind operands;
	bool reads_pipe;	/* with no operand and stdin not a terminal, reads its queries from stdin */
	const char *description;	/* for --help and the completions */
};

extern const struct subcommand subcommands[];
extern const struct subcommand subcommand_bare;
extern const struct subcommand subcommand_stream;

const struct subcommand *subcommand_find(const char *name);

#endif
