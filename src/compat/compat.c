/* The feature tests and fallbacks that compat.h promises. */
#if defined(__linux__) && !defined(COMPAT_PORTABLE)
#define HAVE_FSETLOCKING 1
#include <stdio_ext.h>
#endif

#include "compat/compat.h"

/*
 * A plain loop rather than the C library's memrchr, which macOS lacks and
 * glibc declares only under _GNU_SOURCE: the one caller looks for the last
 * newline of a block, a line's length from its end.
 */
void *compat_memrchr(const void *bytes, int byte, size_t length)
{
	const unsigned char *start = bytes;
	const unsigned char *cursor = start + length;

	while (cursor != start)
		if (*--cursor == (unsigned char)byte)
			return (void *)cursor;
	return NULL;
}

void compat_stream_unlocked(FILE *stream)
{
#ifdef HAVE_FSETLOCKING
	__fsetlocking(stream, FSETLOCKING_BYCALLER);
#else
	(void)stream;
#endif
}
