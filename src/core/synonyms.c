/* Spelling variants made standard (synonyms.h); search.c walks the synonyms itself. */
#include "core/synonyms.h"

/* text with data/spellings.csv's variants made standard (search_spell); whether any was. */
bool spelling_normalise(const char *text, char *out, size_t size)
{
	return search_spell(spellings, spelling_count, text, out, size);
}
