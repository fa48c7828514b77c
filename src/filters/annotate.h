/*
 * What annotate inserts in a log line: " (Not Found)" after the code found
 * by filters/log_code.c, or, in a JSON line, the sibling member
 * ,"status_phrase":"Not Found" after the status value. Nothing for a line
 * without a code, for a code without a record, and for a line annotated
 * already (the code followed by its annotation, or a JSON line holding the
 * member), so annotating annotate's output changes nothing.
 *
 * With --at-end the phrase goes at the end of the line instead, quoted, so
 * every field keeps its place (... 404 512 "-" "curl/8.5.0" "Not Found");
 * a logfmt line gets a pair of its own (status=503 status_phrase="Service
 * Unavailable"), and a W3C line's sub-status the data knows is named
 * (404 (Not Found; 404.13 ...) 13). JSON lines are annotated as always.
 */
#ifndef ANNOTATE_H
#define ANNOTATE_H

#include <stdbool.h>
#include <stddef.h>

#include "filters/lines.h"
#include "filters/log_code.h"

struct insertion {
	size_t offset;		/* in the line */
	const char *text;
	size_t length;
	bool coded;		/* the line holds a code, whether or not anything goes in */
};

/* What goes into line, and where; false when nothing does. */
bool annotate_line(const struct log_format *format, const struct line *line,
		   struct insertion *insertion);

#endif
