/* Lookup keys: the form in which status names are compared. */
#ifndef NAME_H
#define NAME_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* The longest key the data may hold; longer input cannot match anything. */
#define NAME_KEY_MAX 63
#define NAME_KEY_BUFFER (NAME_KEY_MAX + 1)

/* The bytes other than ASCII letters and digits that a name may hold. */
#define NAME_PUNCTUATION " '()-.:_"

/* A name as the data writes it in a list, "Name (note)": the length of Name. */
size_t name_without_note(const char *item, size_t length);

/*
 * Steps through a ';'-separated cell (aliases, constants, codes): sets item
 * and its length and moves *list past it; false at the end of the cell.
 */
static inline bool name_list_next(const char **list, const char **item, size_t *length)
{
	if (**list == '\0')
		return false;
	*item = *list;
	*length = strcspn(*list, ";");
	*list += *length + ((*list)[*length] == ';');
	return true;
}

size_t name_invalid_at(const char *name, size_t length);
size_t name_key(const char *name, size_t length, char *key, size_t size);

#endif
