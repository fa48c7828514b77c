/* The layouts of access logs and where each holds the status: see log_layout.h. */
#include "filters/log_layout.h"

#include <stdio.h>
#include <string.h>

#include "core/code.h"
#include "core/timestamp.h"

const char *const log_layout_words[LOG_LAYOUT_COUNT + 1] = {
	[LOG_LAYOUT_AUTO] = "auto",     [LOG_LAYOUT_CLF] = "clf",   [LOG_LAYOUT_JSON] = "json",
	[LOG_LAYOUT_W3C] = "w3c",       [LOG_LAYOUT_ALB] = "alb",   [LOG_LAYOUT_ELB] = "elb",
	[LOG_LAYOUT_HAPROXY] = "haproxy", [LOG_LAYOUT_LOGFMT] = "logfmt",
};

/* The request types an ALB log line starts with (the "type" field). */
static const char *const alb_types[] = { "http", "https", "h2", "grpcs", "ws", "wss" };

const char *log_layout_name_text(enum log_layout_name name)
{
	return log_layout_words[name];
}

/* Every name but "auto", which is what happens when no layout is named. */
const char *log_layout_names(void)
{
	static char names[LOG_LAYOUT_COUNT * 10];
	size_t used = 0;

	if (names[0] != '\0')
		return names;
	for (int i = LOG_LAYOUT_AUTO + 1; i < LOG_LAYOUT_COUNT && used < sizeof names; i++)
		used += (size_t)snprintf(names + used, sizeof names - used, "%s%s",
					 i == LOG_LAYOUT_AUTO + 1 ? "" : ", ", log_layout_words[i]);
	return names;
}

bool log_layout_parse_name(const char *word, enum log_layout_name *name)
{
	for (int i = 0; i < LOG_LAYOUT_COUNT; i++) {
		if (strcmp(word, log_layout_words[i]) == 0) {
			*name = (enum log_layout_name)i;
			return true;
		}
	}
	return false;
}

const char *log_layout_description(const struct log_layout *layout)
{
	static char text[64];

	switch (layout->name) {
	case LOG_LAYOUT_W3C:
		if (layout->status_field == 0)
			return "W3C extended, no sc-status in #Fields:";
		snprintf(text, sizeof text, "W3C extended, sc-status in field %d", layout->status_field);
		return text;
	case LOG_LAYOUT_ALB:
		return "AWS ALB, elb_status_code in field 9";
	case LOG_LAYOUT_ELB:
		return "AWS classic ELB, elb_status_code in field 8";
	case LOG_LAYOUT_HAPROXY:
		return "HAProxy HTTP log, the field after the timers";
	case LOG_LAYOUT_LOGFMT:
		return "logfmt, status=";
	case LOG_LAYOUT_JSON:
		return "JSON lines, the status member";
	case LOG_LAYOUT_CLF:
		return "Common Log Format, the field after the quoted request";
	default:
		return "Common Log Format, JSON lines, one code per line";
	}
}

void log_layout_init(struct log_layout *layout, enum log_layout_name name)
{
	memset(layout, 0, sizeof *layout);
	layout->name = name;
	layout->named = name != LOG_LAYOUT_AUTO;
}

void log_layout_restart(struct log_layout *layout)
{
	if (!layout->named)
		layout->name = LOG_LAYOUT_AUTO;
	layout->status_field = layout->substatus_field = 0;
	layout->date_field = layout->time_field = 0;
	layout->undetected_lines = 0;
}

const char *log_layout_field(const char *line, const char *end, int n, size_t *length)
{
	const char *cursor = line;

	for (int field = 1; cursor < end; field++) {
		const char *start;

		while (cursor < end && code_is_blank(*cursor))
			cursor++;
		if (cursor == end)
			break;
		start = cursor;
		while (cursor < end && !code_is_blank(*cursor))
			cursor++;
		if (field == n) {
			*length = (size_t)(cursor - start);
			return start;
		}
	}
	return NULL;
}

/* Whether text begins with digits in the pattern, where '9' stands for any digit. */
static bool matches_digits(const char *text, const char *end, const char *pattern)
{
	size_t length = strlen(pattern);

	if (text > end || (size_t)(end - text) < length)
		return false;
	for (size_t i = 0; i < length; i++) {
		if (pattern[i] == '9' ? !code_is_digit(text[i]) : text[i] != pattern[i])
			return false;
	}
	return true;
}

/* 2026-11-30T10:00:01, as ISO 8601 starts. */
static bool is_iso_timestamp(const char *text, const char *end)
{
	return matches_digits(text, end, "9999-99-99T99:99:99");
}

/* The code at field n, as the status field of a line of this layout must hold: a code or "-". */
static bool is_code_or_dash(const char *text, size_t length)
{
	struct code_token token;

	return (length == 1 && text[0] == '-') || code_token_read(text, length, &token);
}

static bool is_alb(const char *line, const char *end)
{
	size_t length, status_length;
	const char *type = log_layout_field(line, end, 1, &length), *time, *status;

	if (type == NULL || (time = log_layout_field(type + length, end, 1, &status_length)) == NULL ||
	    !is_iso_timestamp(time, end))
		return false;
	for (size_t i = 0; i < sizeof alb_types / sizeof alb_types[0]; i++) {
		if (strlen(alb_types[i]) == length && memcmp(type, alb_types[i], length) == 0)
			return (status = log_layout_field(line, end, 9, &status_length)) != NULL &&
			       is_code_or_dash(status, status_length);
	}
	return false;
}

/* A processing time of an ELB line: 0.000073, or -1 when the request never reached a backend. */
static bool is_seconds(const char *text, size_t length)
{
	for (size_t i = 0; i < length; i++)
		if (!code_is_digit(text[i]) && text[i] != '.' && text[i] != '-')
			return false;
	return length > 0;
}

/* time elb client:port backend:port three processing times, then elb_status_code. */
static bool is_elb(const char *line, const char *end)
{
	size_t length;
	const char *field;

	if (!is_iso_timestamp(line, end) || (field = log_layout_field(line, end, 3, &length)) == NULL ||
	    memchr(field, ':', length) == NULL)
		return false;
	for (int n = 5; n <= 7; n++)
		if ((field = log_layout_field(line, end, n, &length)) == NULL || !is_seconds(field, length))
			return false;
	field = log_layout_field(line, end, 8, &length);
	return field != NULL && is_code_or_dash(field, length);
}

/* Tq/Tw/Tc/Tr/Tt: five numbers (-1 where a step did not happen, + before a logasap Tt). */
static bool is_haproxy_timers(const char *text, size_t length)
{
	int slashes = 0;

	for (size_t i = 0; i < length; i++) {
		if (text[i] == '/')
			slashes++;
		else if (!code_is_digit(text[i]) && text[i] != '-' && text[i] != '+')
			return false;
	}
	return slashes == 4;
}

/* The field after "[06/Feb/2009:12:14:14.655]", HAProxy's accept date; NULL when there is none. */
static const char *haproxy_after_date(const char *line, const char *end)
{
	const char *cursor = line;

	while ((cursor = memchr(cursor, '[', (size_t)(end - cursor))) != NULL) {
		cursor++;
		if (matches_digits(cursor, end, "99/") &&
		    matches_digits(cursor + 6, end, "/9999:99:99:99.")) {
			const char *close = memchr(cursor, ']', (size_t)(end - cursor));

			if (close != NULL && close + 1 < end && close[1] == ' ')
				return close + 2;
		}
	}
	return NULL;
}

/* The status of an HAProxy HTTP log line: the fourth field after the accept date. */
static const char *haproxy_status(const char *line, const char *end, size_t *length)
{
	const char *after = haproxy_after_date(line, end), *timers;
	size_t timers_length;

	if (after == NULL || (timers = log_layout_field(after, end, 3, &timers_length)) == NULL ||
	    !is_haproxy_timers(timers, timers_length))
		return NULL;
	return log_layout_field(timers + timers_length, end, 1, length);
}

/* The value of logfmt's status= (quotes taken off), or NULL when no pair has that key. */
static const char *logfmt_status(const char *line, const char *end, size_t *length)
{
	static const char key[] = "status=";
	const char *cursor = line;

	while (end - cursor >= (ptrdiff_t)sizeof key - 1) {
		const char *found = memchr(cursor, 's', (size_t)(end - cursor));
		const char *value;

		if (found == NULL || end - found < (ptrdiff_t)sizeof key - 1)
			return NULL;
		cursor = found + 1;
		if (memcmp(found, key, sizeof key - 1) != 0 || (found > line && !code_is_blank(found[-1])))
			continue;
		value = found + sizeof key - 1;
		if (value < end && *value == '"') {
			const char *close = memchr(value + 1, '"', (size_t)(end - value - 1));

			if (close == NULL)
				return NULL;
			*length = (size_t)(close - value - 1);
			return value + 1;
		}
		*length = 0;
		while (value + *length < end && !code_is_blank(value[*length]))
			(*length)++;
		return value;
	}
	return NULL;
}

enum log_layout_name log_layout_detect(const char *line, size_t length)
{
	const char *end = line + length;
	size_t value_length;

	if (length > 0 && end[-1] == '\r')
		end--;
	if (line < end && line[0] == '{')
		return LOG_LAYOUT_JSON;
	if (is_alb(line, end))
		return LOG_LAYOUT_ALB;
	if (is_elb(line, end))
		return LOG_LAYOUT_ELB;
	if (haproxy_status(line, end, &value_length) != NULL)
		return LOG_LAYOUT_HAPROXY;
	if (logfmt_status(line, end, &value_length) != NULL)
		return LOG_LAYOUT_LOGFMT;
	return LOG_LAYOUT_AUTO;
}

/* A W3C directive: "#" and a name, then ":" ("#Fields:", "#Version:", "#Remark:"). */
static bool is_directive(const char *line, const char *end)
{
	const char *cursor = line + 1;

	if (line == end || line[0] != '#')
		return false;
	while (cursor < end && ((*cursor >= 'A' && *cursor <= 'Z') || (*cursor >= 'a' && *cursor <= 'z')))
		cursor++;
	return cursor > line + 1 && cursor < end && *cursor == ':';
}

static bool word_is(const char *word, size_t length, const char *name)
{
	return strlen(name) == length && memcmp(word, name, length) == 0;
}

/* Reads the columns a "#Fields:" line names. */
static void read_fields(struct log_layout *layout, const char *line, const char *end)
{
	const char *cursor = line + sizeof "#Fields:" - 1;
	size_t length;
	const char *word;

	layout->status_field = layout->substatus_field = 0;
	layout->date_field = layout->time_field = 0;
	for (int n = 1; n <= LOG_LAYOUT_FIELDS_MAX && (word = log_layout_field(cursor, end, 1, &length)) != NULL;
	     n++) {
		if (word_is(word, length, "sc-status"))
			layout->status_field = n;
		else if (word_is(word, length, "sc-substatus"))
			layout->substatus_field = n;
		else if (word_is(word, length, "date"))
			layout->date_field = n;
		else if (word_is(word, length, "time"))
			layout->time_field = n;
		cursor = word + length;
	}
	if (layout->status_field == 0)
		layout->fields_without_status++;
}

static enum log_line_kind directive(struct log_layout *layout, const char *line, const char *end)
{
	if ((size_t)(end - line) >= sizeof "#Fields:" - 1 && memcmp(line, "#Fields:", 8) == 0 &&
	    (!layout->named || layout->name == LOG_LAYOUT_W3C)) {
		layout->name = LOG_LAYOUT_W3C;
		read_fields(layout, line, end);
	}
	return LOG_LINE_DIRECTIVE;
}

static enum log_line_kind found_code(const char *line, const char *code, size_t length,
				     struct log_location *found)
{
	struct code_token token;

	if (code == NULL || !code_token_read(code, length, &token))
		return LOG_LINE_NO_CODE;
	found->code_offset = (size_t)(code - line);
	found->code_length = length;
	found->substatus = token.substatus;
	return LOG_LINE_CODE;
}

static enum log_line_kind locate_w3c(const struct log_layout *layout, const char *line,
				     const char *end, struct log_location *found)
{
	size_t length = 0, sub_length;
	const char *code, *sub;
	enum log_line_kind kind;

	if (layout->status_field == 0)
		return LOG_LINE_NO_CODE;
	code = log_layout_field(line, end, layout->status_field, &length);
	kind = found_code(line, code, length, found);
	if (kind == LOG_LINE_CODE && layout->substatus_field > 0 &&
	    (sub = log_layout_field(line, end, layout->substatus_field, &sub_length)) != NULL) {
		int value = 0;
		bool digits = sub_length > 0 && sub_length <= 3;

		for (size_t i = 0; digits && i < sub_length; i++) {
			digits = code_is_digit(sub[i]);
			value = value * 10 + (sub[i] - '0');
		}
		if (digits)
			found->substatus = value;
	}
	return kind;
}

enum log_line_kind log_layout_locate(struct log_layout *layout, const char *line, size_t length,
				     struct log_location *found)
{
	const char *end = line + length, *code = NULL;
	size_t code_length = 0;
	bool shaped;	/* the line has the shape of a layout the user named (w3c lines have none to check) */

	if (length > 0 && end[-1] == '\r')
		end--;
	found->substatus = -1;
	if (is_directive(line, end))
		return directive(layout, line, end);
	if (layout->name == LOG_LAYOUT_AUTO) {
		layout->name = log_layout_detect(line, (size_t)(end - line));
		/*
		 * Detection reads the whole line; past the first lines, a log
		 * that no layout recognised is taken for what log_code.c reads.
		 */
		if (layout->name == LOG_LAYOUT_AUTO && ++layout->undetected_lines >= LOG_LAYOUT_DETECT_LINES)
			layout->name = LOG_LAYOUT_CLF;
	}
	switch (layout->name) {
	case LOG_LAYOUT_W3C:
		return locate_w3c(layout, line, end, found);
	case LOG_LAYOUT_ALB:
		shaped = !layout->named || is_alb(line, end);
		code = log_layout_field(line, end, 9, &code_length);
		break;
	case LOG_LAYOUT_ELB:
		shaped = !layout->named || is_elb(line, end);
		code = log_layout_field(line, end, 8, &code_length);
		break;
	case LOG_LAYOUT_HAPROXY:
		shaped = (code = haproxy_status(line, end, &code_length)) != NULL;
		break;
	case LOG_LAYOUT_LOGFMT:
		shaped = (code = logfmt_status(line, end, &code_length)) != NULL;
		break;
	default:
		return LOG_LINE_GENERIC;
	}
	if (layout->named && !shaped) {
		layout->mismatched++;
		return LOG_LINE_NO_CODE;
	}
	return found_code(line, code, code_length, found);
}

/* The first [30/Nov/2026:10:00:01 +0000] of the line, read; false when there is none. */
static bool bracketed_time(const char *line, const char *end, int64_t *seconds)
{
	for (const char *cursor = line; (cursor = memchr(cursor, '[', (size_t)(end - cursor))) != NULL;) {
		cursor++;
		if (timestamp_parse_clf(cursor, (size_t)(end - cursor), seconds))
			return true;
	}
	return false;
}

/* The first ISO 8601 date and time of the line (2026-11-30T10:00:01Z), read; false when there is none. */
static bool iso_time(const char *line, const char *end, int64_t *seconds)
{
	for (const char *dash = line; (dash = memchr(dash, '-', (size_t)(end - dash))) != NULL; dash++) {
		if (dash - line >= 4 && code_is_digit(dash[-4]) &&
		    timestamp_parse_iso(dash - 4, (size_t)(end - dash + 4), seconds))
			return true;
	}
	return false;
}

bool log_layout_time(const struct log_layout *layout, const char *line, size_t length,
		     int64_t *seconds)
{
	const char *end = line + length, *field;
	size_t field_length;

	switch (layout->name) {
	case LOG_LAYOUT_W3C:
		/* date and time side by side read as one: 2026-11-30 10:00:01. */
		if (layout->date_field == 0 || layout->time_field != layout->date_field + 1)
			return false;
		field = log_layout_field(line, end, layout->date_field, &field_length);
		return field != NULL && timestamp_parse_iso(field, (size_t)(end - field), seconds);
	case LOG_LAYOUT_ALB:
	case LOG_LAYOUT_ELB:
	case LOG_LAYOUT_LOGFMT:
	case LOG_LAYOUT_JSON:
		return iso_time(line, end, seconds) || bracketed_time(line, end, seconds);
	default:
		return bracketed_time(line, end, seconds) || iso_time(line, end, seconds);
	}
}
