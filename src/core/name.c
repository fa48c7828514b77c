/*
 * Lookup keys: a name is reduced to its lower-case ASCII letters and digits,
 * so "Not Found", "not-found", "NOT_FOUND" and "NotFound" all become
 * "notfound". The generator and the run-time lookup share this one function,
 * which is what makes a name typed by a user meet the key built from the CSV.
 */
#include "core/name.h"

/*
 * Writes the key of the first length bytes of name into key (size bytes,
 * NUL-terminated) and returns its length, or 0 when the name has no letters
 * or digits or its key does not fit.
 */
size_t name_key(const char *name, size_t length, char *key, size_t size)
{
	size_t used = 0;

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
