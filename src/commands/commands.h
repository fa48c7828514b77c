/*
 * The subcommands. Each finds records and hands them to the output layer,
 * and returns an exit status from core/exit_status.h; on EXIT_USAGE it has
 * said on one line what is wrong, and the caller says where help is.
 */
#ifndef COMMANDS_H
#define COMMANDS_H

#include "filters/log_code.h"
#include "output/answers.h"
#include "output/output.h"

/* What a subcommand is asked to do. */
struct command_args {
	const struct output *output;
	struct answer_format format;
	bool all;			/* -a: vendors' codes too */
	bool line_buffered;		/* annotate: each line as soon as it is read */
	int log_column;			/* annotate, count: --column N, the log field holding the code; 0 if not given */
	const char *json_key;		/* annotate, count: --key NAME, the JSON member holding it */
	long limit;			/* search: --limit N, at most N hits (0: all); -1 when not given */
	const char *log_format;		/* annotate, count: --log-format NAME, the log's layout */
	bool at_end;			/* annotate: --at-end, the phrase at the end of the line */
	int64_t every;			/* count: --every DURATION, in seconds; 0 if not given */
	bool codes;			/* count --every: --codes, each code's count per row */
	int count;
	char **operands;
};

typedef int command_function(const struct command_args *args);

command_function command_lookup;
command_function command_explain;
command_function command_class;
command_function command_list;
command_function command_search;
command_function command_compare;
command_function command_choose;

command_function command_annotate;
command_function command_count;
command_function command_stream;

/* The operands joined by single spaces, cut to fit size: "client error". */
void command_join_operands(const struct command_args *args, char *text, size_t size);

/*
 * annotate's and count's --column N and --key NAME into format, with keys
 * filled for it; EXIT_USAGE after saying what is wrong.
 */
int command_log_format(const struct command_args *args, struct log_format *format,
		       struct json_status_keys *keys, struct log_layout *layout);

/*
 * When no line held a code: says on stderr what was tried and what to
 * try. After each input: what its layout could not read (a #Fields: line
 * without sc-status, lines not of the named layout), once.
 */
#define COMMAND_LINES_UNKNOWN UINT64_MAX	/* annotate does not count its lines */
void command_log_explain_nothing(const struct command_args *args, const struct log_format *format,
				 uint64_t lines);
void command_log_report_input(const char *name, struct log_layout *layout);

/*
 * annotate's and stream mode's readers, fed a block at a time (the commands
 * feed them what they read; the unit tests and fuzzers feed them directly).
 * A block function returns false once output has failed.
 */
struct annotator *annotator_begin(const struct log_format *format, bool line_buffered, FILE *out);
bool annotator_block(void *annotator, const char *block, size_t length);
bool annotator_end(struct annotator *annotator);	/* false when output failed */

struct stream_reader *stream_reader_begin(const struct command_args *args);
bool stream_reader_block(void *reader, const char *block, size_t length);
int stream_reader_end(struct stream_reader *reader);	/* the exit status */

#endif
