/*
 * What a status-code token is: the one rule by which every mode reads a
 * code, whether from an argument, stdin, a log line, a JSON value or a
 * response's status line.
 *
 * White space around the token (space, tab, CR, LF, VT, FF) is not part of
 * it. The token is three ASCII digits from 100 to 999; or 000 or a lone 0,
 * what tools report when no response arrived (CODE_NO_RESPONSE); or 009,
 * what nginx logs for an HTTP/0.9 request (CODE_HTTP09). A code from
 * 100 may be followed by a dot and one to three digits, an IIS sub-status
 * (404.13; 404.0 is sub-status 0 of 404, and a JSON number 404.0 is 404 too). Nothing
 * else is a code: no sign, no exponent, no other digits than ASCII's, and
 * not 001 to 008, 010 to 099, 9, 09, 00, 0404 or 1000.
 */
#ifndef CODE_H
#define CODE_H

#include <stdbool.h>
#include <stddef.h>

/* Not an HTTP status: the value tools give when no response arrived. */
#define CODE_NO_RESPONSE 0
/* Not an HTTP status: what nginx logs for an HTTP/0.9 request, which has no status line. */
#define CODE_HTTP09 9
#define CODE_NO_SUBSTATUS (-1)

struct code_token {
	int code;		/* 100 to 999, CODE_NO_RESPONSE or CODE_HTTP09 */
	int substatus;		/* the number after the dot, or CODE_NO_SUBSTATUS */
	bool lone_zero;		/* written 0, as browsers do, rather than 000 */
	size_t offset;		/* where the token starts in the text read */
	size_t length;		/* its length, without the white space around it */
};

/* The white space around a token: space and \t \n \v \f \r, consecutive in ASCII. */
static inline bool code_is_space(char c)
{
	return c == ' ' || (unsigned char)(c - '\t') <= '\r' - '\t';
}

/* The blank between the fields of a log line or a status line: space or tab. */
static inline bool code_is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static inline bool code_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline int code_digit(char c)
{
	return code_is_digit(c) ? c - '0' : -1;
}

/*
 * The code that exactly the length bytes of text write, with no white space
 * or sub-status, or -1: the token rule's core, inline for stream mode's hot
 * loop and for the generator's cells.
 */
static inline int code_parse(const char *text, size_t length)
{
	if (length == 1 && text[0] == '0')
		return CODE_NO_RESPONSE;
	if (length == 3 && text[0] == '0' && text[1] == '0' && text[2] == '0')
		return CODE_NO_RESPONSE;
	if (length == 3 && text[0] == '0' && text[1] == '0' && text[2] == '9')
		return CODE_HTTP09;
	if (length != 3 || code_digit(text[0]) < 1 || code_digit(text[1]) < 0 ||
	    code_digit(text[2]) < 0)
		return -1;
	return code_digit(text[0]) * 100 + code_digit(text[1]) * 10 + code_digit(text[2]);
}

/* Narrows text and length to the bytes between the white space at either end. */
void code_trim(const char **text, size_t *length);

/* Reads the length bytes of text as one token; false when they are not one. */
bool code_token_read(const char *text, size_t length, struct code_token *token);

#endif
