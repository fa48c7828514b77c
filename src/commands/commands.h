/* The subcommands. Each returns an exit status from exit_status.h. */
#ifndef COMMANDS_H
#define COMMANDS_H

#include "output/answers.h"
#include "cli/options.h"
#include "output/output.h"

typedef int command_function(const struct options *options, const struct output *output,
			     int count, char **operands);

command_function command_lookup;
command_function command_explain;
command_function command_class;
command_function command_list;
command_function command_search;
command_function command_compare;

command_function command_annotate;
command_function command_stream;

bool command_answer_query(struct answers *answers, const char *text, bool first_meaning_only);
void command_report_miss(const struct options *options, const char *query);

#endif
