/* Spelling variants made standard (synonyms.h); search.c walks the synonyms itself. */
#include <stdio.h>
#include <string.h>

#include "core/synonyms.h"

/*
 * Copies text into out (size bytes) with every variant inside it replaced
 * by its standard spelling, at the longest variant that starts at each
 * place; returns whether anything changed. Text that would not fit is
 * left as it was.
 */
bool spelling_normalise(const char *text, char *out, size_t size)
{
	size_t used = 0;
	bool changed = false;

	for (const char *c = text; *c != '\0';) {
		const struct spelling *best = NULL;
		size_t best_length = 0;
		const char *copy = c;
		size_t copy_length = 1;

		for (size_t i = 0; i < spelling_count; i++) {
			size_t length = strlen(spellings[i].variant);

			if (length > best_length && strncmp(c, spellings[i].variant, length) == 0) {
				best = &spellings[i];
				best_length = length;
			}
		}
		if (best != NULL) {
			copy = best->standard;
			copy_length = strlen(best->standard);
			changed = true;
		}
		if (used + copy_length >= size) {
			snprintf(out, size, "%s", text);
			return false;
		}
		memcpy(out + used, copy, copy_length);
		used += copy_length;
		c += best != NULL ? best_length : 1;
	}
	out[used] = '\0';
	return changed;
}
