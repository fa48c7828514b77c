/*
 * Reading HTTP response heads as curl writes them: `curl -sI`, `curl -sIL`
 * (one head per hop of a redirect chain), `curl -si` (the head, then the
 * body) and `curl -sv 2>&1` (response lines marked "< ", request lines
 * "> ", curl's own notes "* "). A push parser: fed the bytes in blocks of
 * any size, it reports each response, 1xx interim answers included, with
 * its status line and its Location, and ignores the other header fields
 * and any body. Its memory is fixed: lines come from filters/lines.c, so a
 * line longer than LINE_CAP is read by its first LINE_CAP bytes (a status
 * line too, its reason cut; a Location is then marked as cut).
 */
#ifndef HEADS_H
#define HEADS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/status_line.h"
#include "filters/lines.h"


enum heads_form {
	HEADS_NONE,		/* not response heads */
	HEADS_PLAIN,		/* -I, -IL, -i: the input starts with a status line */
	HEADS_VERBOSE,		/* -v: the first "< " line is a status line */
	HEADS_UNDECIDED,	/* more bytes are needed to tell */
};

/*
 * Tells from the first length bytes of the input which form it has. The
 * first line must be a status line (HEADS_PLAIN), or every line up to the
 * first "< " line must be one curl -v writes before a response ("* ",
 * "> ", "{ ", "} ") and that line a status line (HEADS_VERBOSE). A line not
 * yet ended is judged as soon as its bytes cannot begin such a line, and
 * otherwise when at_end says no byte follows.
 */
enum heads_form heads_detect(const char *bytes, size_t length, bool at_end);

struct heads_response {
	const char *line;		/* the status line, without its line end */
	size_t line_length;
	struct status_line status;	/* its parts; offsets into line */
	const char *location;		/* the Location value, or NULL */
	size_t location_length;
	bool location_cut;		/* the Location was longer than its line could hold */
};

typedef void heads_report_function(void *context, const struct heads_response *response);

struct heads {
	enum heads_form form;
	int state;
	heads_report_function *report;
	void *context;
	struct line_reader lines;
	struct status_line status;	/* the response whose head is being read */
	size_t status_length;
	char status_text[LINE_CAP];
	bool in_location;		/* the last field read was Location: a folded line goes on with it */
	bool location_cut;
	size_t location_length;		/* 0: no Location yet */
	char location[LINE_CAP];
};

void heads_init(struct heads *heads, enum heads_form form, heads_report_function *report,
		void *context);
void heads_feed(struct heads *heads, const char *bytes, size_t length);
/* Reads a last line without a line end and reports a head without its final blank line. */
void heads_finish(struct heads *heads);

#endif
