/*
 * The response-head reader: see heads.h. Each line comes whole from the
 * line reader (or the head of a longer one), and is judged by the state it
 * arrives in.
 */
#include "filters/heads.h"

#include <string.h>
#include <strings.h>

#include "core/code.h"

enum {
	BETWEEN,	/* before the first head, or after a head's blank line */
	IN_HEAD,	/* after a status line: header fields until a blank line */
	IN_BODY,	/* after a head: the body, until a status line */
};

/* The lines come without their LF: what is left of a CRLF end is the CR. */
static void line_end_trimmed(const char *line, size_t *length)
{
	if (*length > 0 && line[*length - 1] == '\r')
		(*length)--;
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

/*
 * Whether the first length bytes of a line may still become one that
 * heads_detect looks for: a status line, curl -v's "< " line before it, or
 * one of its preamble lines.
 */
static bool could_begin_head(const char *line, size_t length)
{
	static const char version[] = "HTTP/";

	if (length > 0 && memchr("*>{}<", line[0], 5) != NULL)
		return length == 1 || line[1] == ' ' || (length == 2 && line[1] == '\r');
	return memcmp(line, version, length < 5 ? length : 5) == 0;
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
			return could_begin_head(line, (size_t)(end - line)) ? HEADS_UNDECIDED : HEADS_NONE;
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
	line_reader_init(&heads->lines);
}

static void report_response(struct heads *heads)
{
	struct heads_response response = {
		.line = heads->status_text,
		.line_length = heads->status_length,
		.status = heads->status,
		.location = heads->location_length > 0 ? heads->location : NULL,
		.location_length = heads->location_length,
		.location_cut = heads->location_length > 0 && heads->location_cut,
	};

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
	heads->location_length = 0;
	heads->location_cut = heads->in_location = false;
	heads->state = IN_HEAD;
}

/*
 * Keeps the value of the first Location field of the head that has one,
 * without the blanks around it; a line folded onto it (one starting with a
 * blank, obsolete but still sent) goes on with it after a space.
 */
static void read_field(struct heads *heads, const char *line, size_t length, bool cut)
{
	static const char name[] = "location:";
	size_t name_length = sizeof(name) - 1, room;

	if (length == 0 || !code_is_blank(line[0])) {
		heads->in_location = heads->location_length == 0 && length >= name_length &&
				     strncasecmp(line, name, name_length) == 0;
		if (!heads->in_location)
			return;
		line += name_length;
		length -= name_length;
	} else if (!heads->in_location || heads->location_cut) {
		return;
	}
	while (length > 0 && code_is_blank(line[0]))
		line++, length--;
	while (length > 0 && code_is_blank(line[length - 1]) && !cut)
		length--;
	if (length == 0)
		return;
	if (heads->location_length > 0 && heads->location_length < LINE_CAP)
		heads->location[heads->location_length++] = ' ';
	room = LINE_CAP - heads->location_length;
	if (length > room || cut) {
		length = length > room ? room : length;
		heads->location_cut = true;
	}
	memcpy(heads->location + heads->location_length, line, length);
	heads->location_length += length;
}

static void read_line(struct heads *heads, const char *line, size_t length, bool cut)
{
	struct status_line status;

	if (heads->form == HEADS_VERBOSE) {
		line = verbose_response_text(line, &length);
		if (line == NULL)
			return;
	}
	if (status_line_parse(line, length, &status)) {
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

void heads_feed(struct heads *heads, const char *bytes, size_t length)
{
	const char *cursor = bytes, *end = bytes + length;
	struct line line;

	while (line_next(&heads->lines, &cursor, end, &line)) {
		if (line.rest)
			continue;
		if (!line.cut)
			line_end_trimmed(line.text, &line.length);
		read_line(heads, line.text, line.length, line.cut);
	}
}

void heads_finish(struct heads *heads)
{
	struct line line;

	if (line_last(&heads->lines, &line)) {
		line_end_trimmed(line.text, &line.length);
		read_line(heads, line.text, line.length, false);
	}
	if (heads->state == IN_HEAD)
		report_response(heads);
	heads->state = BETWEEN;
}
