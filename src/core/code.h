/*
 * Reading a status code as written: exactly three digits, 100 to 999, so
 * 0404, 99 and 1000 are not codes. 000 (what curl, nginx and load balancers
 * report when no response arrived) and 0 (what a browser's fetch or XHR
 * reports) are read as CODE_NO_RESPONSE, the data's row for "no response". The generator, the query parser, stream
 * mode and annotate all read codes with code_parse (annotate's fast path with
 * code_parse_spaced, a faster form of the same rule). Inline: stream mode's
 * hot loop reads a code for every line.
 */
#ifndef CODE_H
#define CODE_H

#include <stddef.h>
#include <stdint.h>

/* Not an HTTP status: the value tools give when no response arrived. */
#define CODE_NO_RESPONSE 0

static inline int code_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : -1;
}

/* Returns the code the length bytes of text write, or -1. */
static inline int code_parse(const char *text, size_t length)
{
	if (length == 1 && text[0] == '0')
		return CODE_NO_RESPONSE;
	if (length == 3 && text[0] == '0' && text[1] == '0' && text[2] == '0')
		return CODE_NO_RESPONSE;
	if (length != 3 || code_digit(text[0]) < 1 || code_digit(text[1]) < 0 ||
	    code_digit(text[2]) < 0)
		return -1;
	return code_digit(text[0]) * 100 + code_digit(text[1]) * 10 + code_digit(text[2]);
}

/*
 * code_parse for a space and three digits (" 404"), taken as one 32-bit
 * word: a few arithmetic steps instead of a test for each byte, for
 * annotate's fast path, which reads the code after every request. Returns
 * the code, or -1 where the four bytes are not a space and a code; " 000"
 * is CODE_NO_RESPONSE, as in code_parse.
 */
static inline int code_parse_spaced(const char *bytes)
{
	const unsigned char *u = (const unsigned char *)bytes;
	uint32_t word = u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
	uint32_t digits = word - 0x30303000;	/* each digit's value in its byte */
	int code;

	/* A space, then three bytes from 0x30 to 0x3F that stay below 0x40 when 6 is added: '0' to '9'. */
	if ((word & 0xF0F0F0FF) != 0x30303020 || ((word + 0x06060600) & 0xF0F0F000) != 0x30303000)
		return -1;
	code = (int)((digits >> 8 & 0xFF) * 100 + (digits >> 16 & 0xFF) * 10 + (digits >> 24));
	return code >= 100 || code == CODE_NO_RESPONSE ? code : -1;
}

#endif
