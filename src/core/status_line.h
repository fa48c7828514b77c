/*
 * Reading an HTTP status line as servers send it and curl prints it:
 * "HTTP/1.1 404 Not Found", "HTTP/2 404", "HTTP/1.0 200 OK\r\n". Response
 * heads on stdin need it, and so do status lines given as queries.
 */
#ifndef STATUS_LINE_H
#define STATUS_LINE_H

#include <stdbool.h>
#include <stddef.h>

struct status_line {
	int major;		/* 1 of HTTP/1.1, 2 of HTTP/2 */
	int minor;		/* 1 of HTTP/1.1; -1 when the version has no minor (HTTP/2) */
	int code;		/* a code token (core/code.h): 100 to 999, or 0 for 000 */
	int substatus;		/* its IIS sub-status, or CODE_NO_SUBSTATUS */
	size_t version_offset;	/* the version after "HTTP/": "1.1", "2" */
	size_t version_length;
	size_t reason_offset;	/* the reason phrase, without the spaces around it; */
	size_t reason_length;	/* length 0 when the line has none (HTTP/2) */
};

/*
 * Parses the length bytes of text as one status line: "HTTP/", a digit,
 * optionally "." and a digit, a space, a code token (core/code.h: 404,
 * 000, 404.0; more blanks around it are no part of it), then nothing or a
 * space and a reason phrase. One line end (LF, CRLF or CR) and spaces or
 * tabs at the end are allowed; any other control byte, a second line, a
 * lowercase "http" or a word that is not a code token is not. Reads no byte
 * past length. Returns true and fills out, or false and leaves out as it was.
 */
bool status_line_parse(const char *text, size_t length, struct status_line *out);

#endif
