/*
 * The response-head reader: see heads.h. Each line is gathered whole (up
 * to HEADS_LINE_MAX bytes), then judged by the state it arrives in.
 */
#include "filters/heads.h"

#include <string.h>
#include <strings.h>

enum {
	BETWEEN,	/* before the first head, or after a head's blank line */
	IN_HEAD,	/* after a status line: header fields until a blank line */
	IN_BODY,	/* after a head: the body, until a status line */
};

static const char *line_end_trimmed(const char *line, size_t *length)
{
	if (*length > 0 && line[*length - 1] == '\n')
		(*length)--;
	if (*length > 0 && line[*length - 1] == '\r')
		(*length)--;
	return line;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The text after curl -v's "< " mark of a response line, or NULL for any other line. */
static const char *verbose_response_text(const char *line, size_t *length)
{
	if (*length >= 2 && line[0] == '<' && line[1] == ' ') {
		*length -= 2;
		return line + 2;
	}
	if (*length == 1 && line[0] == '<') {
		*length = 0;
		return line + 1;
	}
	return NULL;
}

/* The lines curl -v writes before a response: its notes, the request, and the data marks of TLS. */
static bool is_verbose_preamble(const char *line, size_t length)
{
	if (length == 0)
		return false;
	if (line[0] != '*' && line[0] != '>' && line[0] != '{' && line[0] != '}')
		return false;
	return length == 1 || line[1] == ' ';
}

enum heads_form heads_detect(const char *bytes, size_t length, bool at_end)
{
	struct status_line status;
	const char *line = bytes, *end = bytes + length;

	while (line < end) {
		const char *newline = memchr(line, '\n', (size_t)(end - line));
		size_t line_length;
		const char *text;

		if (newline == NULL && !at_end)
			return HEADS_UNDECIDED;
		line_length = newline != NULL ? (size_t)(newline - line) : (size_t)(end - line);
		line_end_trimmed(line, &line_length);
		if (line == bytes && status_line_parse(line, line_length, &status))
			return HEADS_PLAIN;
		text = verbose_response_text(line, &line_length);
		if (text != NULL)
			return status_line_parse(text, line_length, &status) ? HEADS_VERBOSE
									      : HEADS_NONE;
		if (!is_verbose_preamble(line, line_length))
			return HEADS_NONE;
		line = newline != NULL ? newline + 1 : end;
	}
	return at_end ? HEADS_NONE : HEADS_UNDECIDED;
}

void heads_init(struct heads *heads, enum heads_form form, heads_report_function *report,
		void *context)
{
	heads->form = form;
	heads->state = BETWEEN;
	heads->report = report;
	heads->context = context;
	heads->responses = 0;
	heads->line_length = 0;
	heads->line_cut = false;
}

static void report_response(struct heads *heads)
{
	struct heads_response response = {
		.line = heads->status_text,
		.line_length = heads->status_length,
		.status = heads->status,
		.location = heads->has_location ? heads->location : NULL,
		.location_length = heads->has_location ? heads->location_length : 0,
		.location_cut = heads->has_location && heads->location_cut,
	};

	heads->responses++;
	heads->report(heads->context, &response);
}

static void start_response(struct heads *heads, const char *line, size_t length,
			   const struct status_line *status)
{
	if (heads->state == IN_HEAD)
		report_response(heads);
	memcpy(heads->status_text, line, length);
	heads->status_length = length;
	heads->status = *status;
	heads->has_location = false;
	heads->state = IN_HEAD;
}

/* Keeps the value of the first Location field of the head, without the blanks around it. */
static void read_field(struct heads *heads, const char *line, size_t length, bool cut)
{
	static const char name[] = "location:";
	size_t name_length = sizeof(name) - 1;

	if (heads->has_location || length < name_length || strncasecmp(line, name, name_length) != 0)
		return;
	line += name_length;
	length -= name_length;
	while (length > 0 && is_blank(line[0]))
		line++, length--;
	while (length > 0 && is_blank(line[length - 1]) && !cut)
		length--;
	memcpy(heads->location, line, length);
	heads->location_length = length;
	heads->location_cut = cut;
	heads->has_location = true;
}

static void read_line(struct heads *heads, const char *line, size_t length, bool cut)
{
	struct status_line status;

	if (heads->form == HEADS_VERBOSE) {
		line = verbose_response_text(line, &length);
		if (line == NULL)
			return;
	}
	if (!cut && status_line_parse(line, length, &status)) {
		start_response(heads, line, length, &status);
		return;
	}
	if (heads->state == IN_HEAD) {
		if (length == 0) {
			report_response(heads);
			heads->state = BETWEEN;
		} else {
			read_field(heads, line, length, cut);
		}
	} else if (length > 0 && heads->form == HEADS_PLAIN) {
		heads->state = IN_BODY;
	}
}

/* Judges the gathered line, without its CR (the LF was never gathered). */
static void end_line(struct heads *heads)
{
	size_t length = heads->line_length;

	line_end_trimmed(heads->line, &length);
	read_line(heads, heads->line, length, heads->line_cut);
	heads->line_length = 0;
	heads->line_cut = false;
}

void heads_feed(struct heads *heads, const char *bytes, size_t length)
{
	const char *end = bytes + length;

	while (bytes < end) {
		const char *newline = memchr(bytes, '\n', (size_t)(end - bytes));
		size_t piece = (size_t)((newline != NULL ? newline : end) - bytes);
		size_t room = HEADS_LINE_MAX - heads->line_length;

		if (piece > room) {
			heads->line_cut = true;
			piece = room;
		}
		memcpy(heads->line + heads->line_length, bytes, piece);
		heads->line_length += piece;
		if (newline == NULL)
			return;
		end_line(heads);
		bytes = newline + 1;
	}
}

void heads_finish(struct heads *heads)
{
	if (heads->line_length > 0 || heads->line_cut)
		end_line(heads);
	if (heads->state == IN_HEAD)
		report_response(heads);
	heads->state = BETWEEN;
}
