/*
 * The byte primitives that log reading and output spend their time in, in
 * one place: finding a byte, and copying a short piece. See mem.c and
 * bench/README.md for what pays on which C library.
 */
#ifndef MEM_H
#define MEM_H

#include <stddef.h>
#include <string.h>

/* The first byte c from start, or end. */
static inline const char *mem_find(const char *start, const char *end, char c)
{
	const char *found = memchr(start, c, (size_t)(end - start));

	return found != NULL ? found : end;
}

#endif
