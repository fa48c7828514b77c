/*
 * The status code of one whole log line, for `count`: where annotate would
 * put the phrase. A line starting with "{" is a JSON log line (the status
 * member); with --field N, the Nth blank-separated field; a line holding a
 * quote, Common or Combined Log Format (the word after the quoted request);
 * any other line, its first word (one code per line).
 */
#ifndef LOG_CODE_H
#define LOG_CODE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/tally.h"
#include "filters/json_status.h"

struct log_format {
	int field;				/* --field N; 0 for the rules above */
	const struct json_status_keys *keys;	/* the JSON members to look for */
};

/* The tally slot of the line's code (see tally_slot_of), or -1 for a line without one. */
int log_code_slot(const struct log_format *format, const char *line, size_t length);

/* Lines longer than this are judged by their first LOG_LINE_MAX bytes. */
#define LOG_LINE_MAX (1 << 16)

/* Counts the codes of lines fed in blocks of any size. */
struct log_counter {
	const struct log_format *format;
	struct tally *tally;
	size_t carry_length;		/* the start of a line the last block cut */
	bool carry_cut;			/* ... longer than LOG_LINE_MAX */
	char carry[LOG_LINE_MAX];
};

void log_counter_init(struct log_counter *counter, const struct log_format *format,
		      struct tally *tally);
void log_counter_feed(struct log_counter *counter, const char *bytes, size_t length);
/* Counts a last line without a newline. */
void log_counter_finish(struct log_counter *counter);

#endif
