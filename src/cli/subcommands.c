/*
 * The one table of subcommands: main() dispatches through it, and the
 * usage, --help and the completions list it, so none of them can miss one.
 */
#include <string.h>

#include "cli/subcommands.h"
#include "commands/commands.h"

const struct subcommand subcommands[] = {
	{ "explain", command_explain, "[QUERY...]", 1, OPERANDS_QUERIES, true,
	  "the whole entry of each code: description, notes, headers" },
	{ "class", command_class, "CLASS...", 1, OPERANDS_CLASSES, false,
	  "a class (4, 4xx, client error): its meaning and its codes" },
	{ "list", command_list, "[PATTERN...]", 0, OPERANDS_CLASSES, false,
	  "every code, or those matching PATTERN" },
	{ "search", command_search, "WORD...", 1, OPERANDS_WORDS, false,
	  "the codes ranked for the WORDs or a question, best first" },
	{ "compare", command_compare, "[QUERY...]", 0, OPERANDS_QUERIES, true,
	  "the codes side by side (default: 301 302 303 307 308)" },
	{ "choose", command_choose, "[TOPIC]", 0, OPERANDS_TOPICS, false,
	  "which code to send: the outline for TOPIC or all, or for a situation" },
	{ "annotate", command_annotate, "[--column N] [--key NAME] [--log-format NAME] [--at-end] [FILE...]", 0, OPERANDS_FILES, false,
	  "copy log lines, adding the reason phrase after each status" },
	{ "count", command_count, "[--column N] [--key NAME] [--log-format NAME] [--every DURATION [--codes]] [FILE...]", 0, OPERANDS_FILES, false,
	  "how many lines of each status a log holds, most frequent first" },
	{ NULL, NULL, NULL, 0, OPERANDS_WORDS, false, NULL },
};

/* The forms without a subcommand word: httpstatus QUERY... and httpstatus -. */
const struct subcommand subcommand_bare = { "", command_lookup, "QUERY...", 1, OPERANDS_QUERIES, false, "" };
const struct subcommand subcommand_stream = { "-", command_stream, "-", 0, OPERANDS_QUERIES, false, "" };

const struct subcommand *subcommand_find(const char *name)
{
	for (const struct subcommand *subcommand = subcommands; subcommand->name != NULL; subcommand++)
		if (strcmp(subcommand->name, name) == 0)
			return subcommand;
	return NULL;
}
