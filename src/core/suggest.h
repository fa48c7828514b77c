/*
 * Did you mean: for a query that matches nothing, the records whose
 * lookup keys or codes are nearest to it, by edit distance with a small
 * bound. Also the forms that are not typos (a British spelling, a plural
 * for a singular) and resolve to one record outright.
 */
#ifndef SUGGEST_H
#define SUGGEST_H

#include <stddef.h>

#include "core/status.h"

#define SUGGEST_MAX 3

/* A lookup key and its row, as gperf holds them; sorted by length, then key. */
struct suggest_key {
	const char *key;
	unsigned char length;
	short row;
};

extern const struct suggest_key suggest_keys[];
extern const size_t suggest_key_count;

size_t suggest_edit_distance(const char *a, size_t a_length, const char *b, size_t b_length,
			     size_t bound);
size_t suggest_for_query(const char *text, const struct status *found[SUGGEST_MAX]);
const struct status *suggest_resolve_name(const char *name);

#endif
