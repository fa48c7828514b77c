/*
 * annotate, a whole line at a time, for what the byte-by-byte annotator
 * (filters/annotate.c) cannot do: the layouts of filters/log_layout.c
 * (W3C, ALB, ELB, HAProxy, logfmt), and --at-end, which leaves every field
 * where it was and puts the phrase at the end of the line:
 *
 *   ... "GET / HTTP/1.1" 404 512 "Not Found"        (one quoted field)
 *   ... status=404 bytes=0 status_phrase="Not Found"  (logfmt)
 *
 * JSON lines keep their status_phrase member after the status either way.
 * While the layout is being detected, and for good once it is Common Log
 * Format or JSON lines without --at-end, lines go on to annotate_json.c
 * and the annotator, so the common logs keep their fast path.
 */
#ifndef ANNOTATE_LINES_H
#define ANNOTATE_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "filters/annotate.h"
#include "filters/annotate_json.h"
#include "filters/log_code.h"

struct annotate_lines {
	const struct log_format *format;
	struct annotate_json *json;
	struct annotator *annotator;
	bool at_end;		/* --at-end */
	bool fast;		/* every block goes on to annotate_json.c unlooked at */
	bool passing;		/* a line too long to hold: copied as it comes */
	uint64_t annotated;	/* lines given a phrase here */
	size_t length;
	char line[LOG_LINE_MAX];
};

void annotate_lines_init(struct annotate_lines *lines, const struct log_format *format,
			 struct annotate_json *json, struct annotator *annotator, bool at_end);
/* A new input: its layout is detected anew (format->layout may not be NULL). */
void annotate_lines_restart(struct annotate_lines *lines);
void annotate_lines_feed(struct annotate_lines *lines, const char *bytes, size_t length);
/* A last line without a newline; then annotate_json_finish. */
void annotate_lines_finish(struct annotate_lines *lines);

#endif
