/*
 * Where a byte occurs in the WINDOW bytes from a point, as a bit mask (bit i
 * for byte i), with SSE2, AVX2 or AVX-512, for annotate's fast path: finding
 * the next quote or newline is then a count of trailing zeros, not a search
 * whose end the processor mispredicts on every line. x86-64 only; the AVX
 * versions are compiled for their instruction set whatever the build's, and
 * may only be called where the processor has it (annotate.c asks).
 */
#ifndef WINDOW_H
#define WINDOW_H

#ifdef __x86_64__
#include <immintrin.h>
#include <stdint.h>

#define WINDOW 128

typedef unsigned __int128 window_mask;

static inline uint64_t window_half_sse2(const char *bytes, char wanted)
{
	const __m128i wanteds = _mm_set1_epi8(wanted);
	uint64_t mask = 0;

	for (int i = 0; i < 4; i++) {
		__m128i chunk = _mm_loadu_si128((const __m128i *)(const void *)(bytes + 16 * i));

		mask |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, wanteds)) << (16 * i);
	}
	return mask;
}

static inline window_mask window_sse2(const char *bytes, char wanted)
{
	return (window_mask)window_half_sse2(bytes + 64, wanted) << 64 | window_half_sse2(bytes, wanted);
}

__attribute__((target("avx2"))) static inline uint32_t window_quarter_avx2(const char *bytes,
									 char wanted)
{
	__m256i chunk = _mm256_loadu_si256((const __m256i *)(const void *)bytes);

	return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(chunk, _mm256_set1_epi8(wanted)));
}

__attribute__((target("avx2"))) static inline window_mask window_avx2(const char *bytes,
									 char wanted)
{
	uint64_t low = (uint64_t)window_quarter_avx2(bytes + 32, wanted) << 32 |
		       window_quarter_avx2(bytes, wanted);
	uint64_t high = (uint64_t)window_quarter_avx2(bytes + 96, wanted) << 32 |
			window_quarter_avx2(bytes + 64, wanted);

	return (window_mask)high << 64 | low;
}

__attribute__((target("avx512bw"))) static inline window_mask window_avx512(const char *bytes,
									   char wanted)
{
	const __m512i wanteds = _mm512_set1_epi8(wanted);
	uint64_t low = _mm512_cmpeq_epi8_mask(_mm512_loadu_si512(bytes), wanteds);
	uint64_t high = _mm512_cmpeq_epi8_mask(_mm512_loadu_si512(bytes + 64), wanteds);

	return (window_mask)high << 64 | low;
}

/* The position of the lowest bit set, or WINDOW for none. */
static inline unsigned window_first(window_mask mask)
{
	uint64_t low = (uint64_t)mask, high = (uint64_t)(mask >> 64);

	if (low != 0)
		return (unsigned)__builtin_ctzll(low);
	return high != 0 ? 64 + (unsigned)__builtin_ctzll(high) : WINDOW;
}

/* The mask without its lowest bit set. */
static inline window_mask window_without_first(window_mask mask)
{
	return mask & (mask - 1);
}

/* The bits up to and including the lowest bit set; all of them for none set. */
static inline window_mask window_through_first(window_mask mask)
{
	return mask ^ (mask - 1);
}
#endif

#endif
