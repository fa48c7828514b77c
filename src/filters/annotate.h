/* Adding the reason phrase after the status code of log lines. */
#ifndef ANNOTATE_H
#define ANNOTATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "filters/batch.h"

enum annotate_state {
	ANNOTATE_SEEK_QUOTE,	/* Common Log Format: before the quoted request */
	ANNOTATE_IN_QUOTE,	/* inside it */
	ANNOTATE_AFTER_QUOTE,	/* just after its closing quote */
	ANNOTATE_SEEK_FIELD,	/* --field N: before field N */
	ANNOTATE_DIGITS,	/* reading what may be the code */
	ANNOTATE_LINE_DONE,	/* copying the rest of the line */
};

struct annotator {
	int field;		/* 0: the field after the quoted request */
	bool line_buffered;	/* flush after every line */
	enum annotate_state state;
	bool escaped;		/* in the quote, the block's first byte is escaped by a backslash */
	bool in_field;		/* --field: inside a field, not in the spaces between */
	int fields_seen;
	int code;
	int digits;
	struct batch batch;	/* the output; batch.failed once a write fails */
};

void annotator_init(struct annotator *annotator, int field, bool line_buffered, FILE *out);
void annotator_feed(struct annotator *annotator, const char *bytes, size_t length);
void annotator_finish(struct annotator *annotator);

#endif
