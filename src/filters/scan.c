/*
 * Finding the next of a few bytes in a buffer, for annotate, which skips
 * most of every log line this way. One pass looks for all of them at once,
 * sixteen bytes a step with SSE2 (every x86-64 has it): a memchr per byte
 * sought costs a call and a pass each, and musl's memchr goes a word at a
 * time. Elsewhere a plain loop does the same job.
 */
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "filters/scan.h"

static const char *scan_bytewise(const char *cursor, const char *end, char first, char second,
				 char third)
{
	while (cursor < end && *cursor != first && *cursor != second && *cursor != third)
		cursor++;
	return cursor;
}

/* Returns the first byte in [cursor, end) equal to first, second or third, or end. */
const char *scan_first_of(const char *cursor, const char *end, char first, char second,
			  char third)
{
#ifdef __SSE2__
	const __m128i firsts = _mm_set1_epi8(first);
	const __m128i seconds = _mm_set1_epi8(second);
	const __m128i thirds = _mm_set1_epi8(third);

	for (; end - cursor >= 16; cursor += 16) {
		__m128i chunk = _mm_loadu_si128((const __m128i *)(const void *)cursor);
		__m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, firsts),
							  _mm_cmpeq_epi8(chunk, seconds)),
					    _mm_cmpeq_epi8(chunk, thirds));
		int mask = _mm_movemask_epi8(hits);

		if (mask != 0)
			return cursor + __builtin_ctz((unsigned)mask);
	}
#endif
	return scan_bytewise(cursor, end, first, second, third);
}
