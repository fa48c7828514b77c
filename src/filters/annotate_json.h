/*
 * JSON log lines in annotate: a line starting with "{" is held whole, its
 * status member found (filters/json_status.c), and the phrase inserted as
 * a sibling member, ,"status_phrase":"Not Found", right after the status
 * value; every other byte stays as it was. A line that is not valid JSON,
 * has no status member, a code the data does not know, or is longer than
 * ANNOTATE_JSON_LINE_MAX passes through untouched. The other lines go to
 * the annotator as before.
 */
#ifndef ANNOTATE_JSON_H
#define ANNOTATE_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "filters/annotate.h"
#include "filters/json_status.h"

#define ANNOTATE_JSON_LINE_MAX (1 << 16)

struct annotate_json {
	const struct json_status_keys *keys;
	bool at_line_start;
	bool in_json;		/* inside a line that started with "{" */
	bool passing;		/* ... too long to hold: its bytes are copied as they come */
	size_t length;
	char line[ANNOTATE_JSON_LINE_MAX];
};

void annotate_json_init(struct annotate_json *json, const struct json_status_keys *keys);
void annotate_json_feed(struct annotate_json *json, struct annotator *annotator,
			const char *bytes, size_t length);
/* A last JSON line without a newline; then annotator_finish as before. */
void annotate_json_finish(struct annotate_json *json, struct annotator *annotator);

#endif
