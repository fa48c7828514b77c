/*
 * The layouts of the access logs that annotate and count read, and where
 * each puts the status code. A layout is named by the user (--log-format)
 * or detected from the lines themselves: a W3C "#Fields:" directive, or
 * the shape of the first line that one layout recognises; it then holds for
 * the rest of that input. Common Log Format and JSON lines keep the rules
 * of filters/log_code.c; the others are found here:
 *
 *   w3c      #Fields: names the columns (IIS, CloudFront); sc-status, and
 *            sc-substatus when there is one (404 13 is 404.13)
 *   alb      AWS Application Load Balancer: elb_status_code, field 9
 *   elb      AWS Classic Load Balancer: elb_status_code, field 8
 *   haproxy  HAProxy's HTTP log: the field after the timers (Tq/Tw/Tc/Tr/Tt)
 *   logfmt   key=value pairs: status=503 (Heroku's router, Go, Rails)
 *
 * For alb and elb, --column 10 and --column 9 take the target's code
 * (target_status_code, backend_status_code) instead of the load balancer's.
 */
#ifndef LOG_LAYOUT_H
#define LOG_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum log_layout_name {
	LOG_LAYOUT_AUTO,	/* not known yet: detected from the lines */
	LOG_LAYOUT_CLF,		/* Common and Combined Log Format (log_code.c's rules) */
	LOG_LAYOUT_JSON,	/* JSON lines (log_code.c's rules) */
	LOG_LAYOUT_W3C,
	LOG_LAYOUT_ALB,
	LOG_LAYOUT_ELB,
	LOG_LAYOUT_HAPROXY,
	LOG_LAYOUT_LOGFMT,
	LOG_LAYOUT_COUNT
};

/* How many lines detection looks at before it settles on Common Log Format's rules. */
#define LOG_LAYOUT_DETECT_LINES 16

/* The most columns a #Fields: line may name that are looked at. */
#define LOG_LAYOUT_FIELDS_MAX 255

struct log_layout {
	enum log_layout_name name;	/* as named or detected; AUTO until then */
	bool named;			/* given by the user: never detected */
	/* w3c, from the last #Fields: line, counted from 1; 0 where there is none. */
	int status_field;
	int substatus_field;
	int date_field;
	int time_field;
	unsigned undetected_lines;	/* lines read while the layout was AUTO */
	uint64_t fields_without_status;	/* #Fields: lines naming no sc-status */
	uint64_t mismatched;		/* lines that do not have the named layout's shape */
};

/* The names as --log-format takes them, by enum log_layout_name; NULL-terminated. */
extern const char *const log_layout_words[LOG_LAYOUT_COUNT + 1];
/* The name as --log-format takes it and messages write it: "w3c", "alb". */
const char *log_layout_name_text(enum log_layout_name name);
/* What the layout is and where it looks, for messages: "AWS ALB (elb_status_code, field 9)". */
const char *log_layout_description(const struct log_layout *layout);
/* The layouts' names but "auto", for messages: "clf, json, w3c, ...". */
const char *log_layout_names(void);
/* --log-format's word; false for a word that names no layout. */
bool log_layout_parse_name(const char *word, enum log_layout_name *name);

void log_layout_init(struct log_layout *layout, enum log_layout_name name);
/* A new input (the next file): what was detected is forgotten, what was named stays. */
void log_layout_restart(struct log_layout *layout);

enum log_line_kind {
	LOG_LINE_CODE,		/* found: see struct log_location */
	LOG_LINE_NO_CODE,	/* a line of the layout without a code, or not of it */
	LOG_LINE_DIRECTIVE,	/* a W3C directive (#Fields:, #Date:): not a log line */
	LOG_LINE_GENERIC,	/* not a layout of this file: log_code.c's rules decide */
};

struct log_location {
	size_t code_offset;	/* the code's bytes in the line */
	size_t code_length;
	int substatus;		/* w3c's sc-substatus, 0 to 999; -1 when there is none */
};

/*
 * Finds the code of one line (without its newline), detecting the layout
 * first while it is not known. A line of the named layout's shape that
 * holds no code is LOG_LINE_NO_CODE; one without that shape is counted in
 * mismatched too.
 */
enum log_line_kind log_layout_locate(struct log_layout *layout, const char *line, size_t length,
				     struct log_location *found);

/* Whether log_code.c's own rules read every line from now on: a check without a call, for the common logs. */
static inline bool log_layout_is_generic(const struct log_layout *layout)
{
	return layout->name == LOG_LAYOUT_CLF || layout->name == LOG_LAYOUT_JSON;
}

/*
 * The time of a line, in seconds since the epoch (UTC), for count --every:
 * W3C's date and time fields; the first ISO 8601 time of an ALB, ELB,
 * logfmt or JSON line; the first bracketed [30/Nov/2026:10:00:01 +0000]
 * of the others (HAProxy's accept date too). False for a line without one.
 */
bool log_layout_time(const struct log_layout *layout, const char *line, size_t length,
		     int64_t *seconds);

/* The start of field n (from 1) of the blank-separated fields, or NULL; its length in *length. */
const char *log_layout_field(const char *line, const char *end, int n, size_t *length);

/* Which layout one line has, by its shape alone; AUTO when none is recognised (CLF included). */
enum log_layout_name log_layout_detect(const char *line, size_t length);

#endif
