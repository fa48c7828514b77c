/*
 * The one table of subcommands: main() dispatches through it, and --help
 * and the completions list it, so none of them can miss one.
 */
#include <string.h>

#include "cli/subcommands.h"
#include "commands/commands.h"

const struct subcommand subcommands[] = {
	{ "explain", command_explain, 1, false, true, "the whole entry of each code: description, notes, headers" },
	{ "class", command_class, 1, false, false, "a class (4, 4xx, client error): its meaning and its codes" },
	{ "list", command_list, 0, false, false, "every code, or those matching PATTERN" },
	{ "search", command_search, 1, false, false, "the codes ranked for the WORDs or a question, best first" },
	{ "compare", command_compare, 0, false, true, "the codes side by side (default: 301 302 303 307 308)" },
	{ "choose", command_choose, 0, false, false, "which code to send: the outline for TOPIC or all, or for a situation" },
	{ "annotate", command_annotate, 0, true, false, "copy log lines, adding the reason phrase after each status" },
	{ "count", command_count, 0, true, false, "how many lines of each status a log holds, most frequent first" },
	{ NULL, NULL, 0, false, false, NULL },
};

/* The forms without a subcommand word: httpstatus QUERY... and httpstatus -. */
const struct subcommand subcommand_bare = { "", command_lookup, 1, false, false, "" };
const struct subcommand subcommand_stream = { "-", command_stream, 0, false, false, "" };

const struct subcommand *subcommand_find(const char *name)
{
	for (const struct subcommand *subcommand = subcommands; subcommand->name != NULL; subcommand++)
		if (strcmp(subcommand->name, name) == 0)
			return subcommand;
	return NULL;
}
