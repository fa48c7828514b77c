/* Lookup keys: the form in which status names are compared. */
#ifndef NAME_H
#define NAME_H

#include <stdbool.h>
#include <stddef.h>

/* The longest key the data may hold; longer input cannot match anything. */
#define NAME_KEY_MAX 63
#define NAME_KEY_BUFFER (NAME_KEY_MAX + 1)

/* The bytes other than ASCII letters and digits that a name may hold. */
#define NAME_PUNCTUATION " '()-.:_"

size_t name_invalid_at(const char *name, size_t length);
size_t name_key(const char *name, size_t length, char *key, size_t size);

#endif
