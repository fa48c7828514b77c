/*
 * Where a log line's status code is: the one finder of count and
 * annotate. A line starting with "{" is a JSON log line (its status
 * member, filters/json_status.c); with --column N, the Nth field, fields
 * being separated by runs of spaces and tabs; in a line holding a double
 * quote, Common or Combined Log Format, the field after the quoted request
 * and one space; in any other line, its first field (one code per line).
 * The field is read by the token rule of core/code.h. The other layouts
 * (W3C, ALB, ELB, HAProxy, logfmt) are found by filters/log_layout.c
 * first, when the log is one of them.
 */
#ifndef LOG_CODE_H
#define LOG_CODE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/code.h"
#include "filters/json_status.h"
#include "filters/lines.h"
#include "filters/log_layout.h"

struct log_format {
	int field;				/* --column N; 0 for the rules above */
	const struct json_status_keys *keys;	/* the JSON members to look for */
	struct log_layout *layout;		/* detected or named; NULL: the rules above only */
	bool at_end;				/* annotate --at-end: the phrase at the end of the line */
	struct json_status_shape *json_shape;	/* the last JSON line's shape; NULL: none kept */
};

struct log_code {
	struct code_token token;	/* its offset is in the line */
	size_t insert_offset;		/* where annotate inserts: after the token, or the JSON value */
	bool json;			/* found in a JSON line */
	bool has_phrase;		/* ... which already holds a status_phrase member */
	bool directive;			/* a W3C directive (#Fields:): no log line at all */
};

/*
 * Finds the code of a line (or of the head of a cut one, where a field
 * running into the cut is not read, and JSON never is); false when it has
 * none.
 */
bool log_code_find(const struct log_format *format, const struct line *line,
		   struct log_code *found);

#endif
