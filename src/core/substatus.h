/*
 * IIS sub-status codes (404.13, 500.19): the meanings Microsoft's IIS gives
 * the part after the dot, compiled from data/iis_substatus.csv. Each belongs
 * to a code of status.csv; the table is sorted by code, then sub-status.
 * A sub-status two products use differently (502.5) has a row for each.
 */
#ifndef SUBSTATUS_H
#define SUBSTATUS_H

#include <stddef.h>

#include "core/ascii.h"

struct substatus {
	short code;
	short substatus;
	const char *meaning;
	const char *source;
};

extern const struct substatus substatus_table[];
extern const size_t substatus_count;

const struct substatus *substatus_find(int code, int substatus);
const struct substatus *substatus_first(int code);
const struct substatus *substatus_next(const struct substatus *substatus);
const struct substatus *substatus_next_meaning(const struct substatus *substatus);

/* The number after the dot as IIS writes it: one to three digits (13, 0, 601); or -1. */
static inline int substatus_parse(const char *text, size_t length)
{
	return length < 1 || length > 3 ? -1 : ascii_number(text, length);
}

#endif
