/*
 * An example is one or more response heads, then perhaps a body: each head
 * a status line and "Name: value" lines, ended by an empty line when more
 * follows. Only a 1xx head (but 101, after which the protocol changes) is
 * followed by another head; the final head's code is the row's unless the
 * row is 1xx, whose example shows the interim answer and then the final
 * one. The cell has LF line ends (the CSV reader refuses CR) and none at
 * its end: --field adds CRLF to each head line and LF after the body, which
 * Content-Length counts.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/status_line.h"
#include "example.h"

/* The characters of a field name, RFC 9110's tchar. */
#define TOKEN_CHARACTERS "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

struct example_reader {
	const char *at;		/* the next line */
	char *message;
};

static bool fail(struct example_reader *reader, const char *what, const char *line, size_t length)
{
	snprintf(reader->message, EXAMPLE_MESSAGE_MAX, "example %s: '%.*s'", what,
		 (int)(length < 60 ? length : 60), line);
	return false;
}

/* The next line, without its LF; false at the end of the cell. */
static bool next_line(struct example_reader *reader, const char **line, size_t *length)
{
	if (reader->at == NULL)
		return false;
	*line = reader->at;
	*length = strcspn(reader->at, "\n");
	reader->at = reader->at[*length] == '\n' ? reader->at + *length + 1 : NULL;
	return true;
}

/* A "Name: value" line; the value of Content-Length is kept in content_length. */
static bool check_field(struct example_reader *reader, const char *line, size_t length,
			long *content_length)
{
	size_t name = strspn(line, TOKEN_CHARACTERS);
	char *end;

	if (name == 0 || name >= length || line[name] != ':')
		return fail(reader, "has a line that is not a header field", line, length);
	if (name == 14 && strncasecmp(line, "Content-Length", 14) == 0) {
		*content_length = strtol(line + name + 1, &end, 10);
		if (end != line + length || end == line + name + 1 || *content_length < 0)
			return fail(reader, "has a Content-Length that is not a number", line, length);
	}
	return true;
}

/* Reads one head from its status line to its empty line (or the end); false after a defect. */
static bool read_head(struct example_reader *reader, int code, struct status_line *status,
		      long *content_length)
{
	const char *line = "";
	size_t length = 0;

	if (!next_line(reader, &line, &length) || !status_line_parse(line, length, status))
		return fail(reader, "does not start with a status line", line, length);
	if (code >= 0 && status->code != code) {
		snprintf(reader->message, EXAMPLE_MESSAGE_MAX,
			 "example's status line '%.*s' is not code %03d", (int)(length < 60 ? length : 60), line, code);
		return false;
	}
	*content_length = -1;
	while (next_line(reader, &line, &length) && length > 0)
		if (!check_field(reader, line, length, content_length))
			return false;
	return true;
}

bool example_check(int code, const char *example, char message[EXAMPLE_MESSAGE_MAX])
{
	struct example_reader reader = { example, message };
	struct status_line status;
	long content_length;
	size_t body;

	if (example[0] == '\0')
		return true;
	if (example[strlen(example) - 1] == '\n')
		return fail(&reader, "ends with a line end", "\\n", 2);
	if (!read_head(&reader, code, &status, &content_length))
		return false;
	/* After a 1xx interim head, the final head, whatever its code. */
	while (reader.at != NULL && status.code / 100 == 1 && status.code != 101)
		if (!read_head(&reader, -1, &status, &content_length))
			return false;
	body = reader.at != NULL ? strlen(reader.at) + 1 : 0;	/* --field ends it with LF */
	if (body > 0 && content_length < 0)
		return fail(&reader, "has a body but no Content-Length", reader.at, strcspn(reader.at, "\n"));
	if (content_length >= 0 && (size_t)content_length != body) {
		snprintf(message, EXAMPLE_MESSAGE_MAX,
			 "example's Content-Length is %ld, but its body is %zu bytes with the final line end",
			 content_length, body);
		return false;
	}
	return true;
}
