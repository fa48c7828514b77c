/* The status line parser: see status_line.h for the grammar it accepts. */
#include "core/status_line.h"

#include <string.h>

#include "core/code.h"

/* HTAB, SP, the visible characters and obs-text (bytes 0x80-0xFF), as RFC 9112's reason-phrase. */
static bool is_reason_byte(unsigned char c)
{
	return c == '\t' || (c >= ' ' && c != 0x7F);
}

bool status_line_parse(const char *text, size_t length, struct status_line *out)
{
	struct status_line line;
	struct code_token token;
	size_t at = 5, end = length, token_start;

	/* One line end, then the blanks before it, are not part of the line. */
	if (end > 0 && text[end - 1] == '\n')
		end--;
	if (end > 0 && text[end - 1] == '\r')
		end--;
	while (end > 0 && code_is_blank(text[end - 1]))
		end--;

	if (end < 5 || memcmp(text, "HTTP/", 5) != 0 || memchr(text, '\n', end) != NULL)
		return false;
	line.version_offset = at;
	if (at >= end || !code_is_digit(text[at]))
		return false;
	line.major = text[at++] - '0';
	line.minor = -1;
	if (at < end && text[at] == '.') {
		if (at + 1 >= end || !code_is_digit(text[at + 1]))
			return false;
		line.minor = text[at + 1] - '0';
		at += 2;
	}
	line.version_length = at - line.version_offset;

	if (at >= end || text[at] != ' ')
		return false;
	while (at < end && code_is_blank(text[at]))
		at++;
	token_start = at;
	while (at < end && text[at] != ' ')
		at++;
	if (!code_token_read(text + token_start, at - token_start, &token))
		return false;
	line.code = token.code;
	line.substatus = token.substatus;
	while (at < end && code_is_blank(text[at]))
		at++;
	line.reason_offset = at;
	line.reason_length = end - at;
	for (; at < end; at++)
		if (!is_reason_byte((unsigned char)text[at]))
			return false;
	*out = line;
	return true;
}
