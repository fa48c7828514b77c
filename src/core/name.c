/*
 * Lookup keys: a name is reduced to its lower-case ASCII letters and digits,
 * so "Not Found", "not-found", "NOT_FOUND" and "NotFound" all become
 * "notfound". The generator and the run-time lookup share this one function,
 * which is what makes a name typed by a user meet the key built from the CSV.
 *
 * Besides letters and digits a name holds only the punctuation that the
 * data's phrases, aliases and constants use, with the constants' qualifiers
 * ("StatusCode::", "HTTPStatus."): NAME_PUNCTUATION. The generator rejects a
 * name with any other byte, so a query holding one (a slash, a control,
 * a byte of UTF-8) names nothing, and has no key.
 */
#include <string.h>

#include "core/name.h"

static bool name_may_hold(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c != '\0' && strchr(NAME_PUNCTUATION, c) != NULL);
}

size_t name_without_note(const char *item, size_t length)
{
	const char *note = memchr(item, '(', length);

	if (note == NULL)
		return length;
	return (size_t)(note - item) - (note > item && note[-1] == ' ');
}

/* Returns the offset of the first byte no name may hold, or length when there is none. */
size_t name_invalid_at(const char *name, size_t length)
{
	for (size_t i = 0; i < length; i++)
		if (!name_may_hold((unsigned char)name[i]))
			return i;
	return length;
}

/*
 * Writes the key of the first length bytes of name into key (size bytes,
 * NUL-terminated) and returns its length, or 0 when the name holds a byte
 * no name may hold, has no letters or digits, or its key does not fit.
 */
size_t name_key(const char *name, size_t length, char *key, size_t size)
{
	size_t used = 0;

	if (size > 0)
		key[0] = '\0';
	if (name_invalid_at(name, length) != length)
		return 0;
	for (size_t i = 0; i < length; i++) {
		unsigned char c = (unsigned char)name[i];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			continue;
		if (used + 1 >= size)
			return 0;
		key[used++] = (char)c;
	}
	if (size > 0)
		key[used] = '\0';
	return used;
}
