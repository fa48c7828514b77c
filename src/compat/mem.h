/*
 * The byte primitives that reading logs and writing answers spend their
 * time in, in one place: finding a byte, and copying a short piece of
 * output. bench/README.md has what each choice measured, with glibc and
 * with musl (make STATIC=1). -DCOMPAT_PORTABLE (the unit tests' build)
 * takes the fixed-size copies with glibc too, so that they are tested.
 */
#ifndef MEM_H
#define MEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined __GLIBC__ && !defined COMPAT_PORTABLE
#define MEM_LIBC_FAST 1
#else
#define MEM_LIBC_FAST 0
#endif
#if defined __SSE2__ && !defined COMPAT_PORTABLE
#define MEM_FIND_SSE2 1
#include <emmintrin.h>
#else
#define MEM_FIND_SSE2 0
#endif

/*
 * The first byte c from start, or end. glibc's memchr is vectorised; musl's
 * goes eight bytes a step, so on x86-64 (where every processor has SSE2)
 * this looks at 32 and then 16 bytes a step first. memchr does the rest.
 */
static inline const char *mem_find(const char *start, const char *end, char c)
{
	const char *found;
#if MEM_FIND_SSE2
	const __m128i wanted = _mm_set1_epi8(c);

	for (; end - start >= 32; start += 32) {
		__m128i low = _mm_loadu_si128((const __m128i *)(const void *)start);
		__m128i high = _mm_loadu_si128((const __m128i *)(const void *)(start + 16));
		unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(low, wanted)) |
				(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(high, wanted)) << 16;

		if (mask != 0)
			return start + __builtin_ctz(mask);
	}
	for (; end - start >= 16; start += 16) {
		__m128i chunk = _mm_loadu_si128((const __m128i *)(const void *)start);
		unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, wanted));

		if (mask != 0)
			return start + __builtin_ctz(mask);
	}
#endif
	found = memchr(start, c, (size_t)(end - start));
	return found != NULL ? found : end;
}

/*
 * The first byte from start on that a JSON string cannot hold as it is: a
 * quote, a backslash or a control byte; end when there is none. Strings in
 * log lines (user agents, URIs, referers) are long and plain, and a JSON
 * line's time goes here. On x86-64 it tests 16 bytes a step with SSE2 and
 * the last few one by one. Elsewhere it tests eight bytes at a time, as
 * one 64-bit word: a byte that is zero after an exclusive or with '"' (or
 * '\\'), or is less than 0x20, borrows from its high bit when ones (or
 * 0x20s) are subtracted, so the test is true exactly when some byte is
 * one of these. A borrow may also mark a byte above a true one, never
 * below: on a little-endian machine the lowest mark is the byte; elsewhere
 * the bytes of the word are looked at one by one.
 */
static inline const char *mem_find_json_stop(const char *start, const char *end)
{
#if MEM_FIND_SSE2
	/* A byte is a control when min(byte, 0x1f) is the byte. */
	const __m128i quotes = _mm_set1_epi8('"'), backslashes = _mm_set1_epi8('\\'),
		      controls = _mm_set1_epi8(0x1f);

	for (; end - start >= 16; start += 16) {
		__m128i chunk = _mm_loadu_si128((const __m128i *)(const void *)start);
		__m128i stops = _mm_or_si128(
			_mm_or_si128(_mm_cmpeq_epi8(chunk, quotes), _mm_cmpeq_epi8(chunk, backslashes)),
			_mm_cmpeq_epi8(_mm_min_epu8(chunk, controls), chunk));
		unsigned mask = (unsigned)_mm_movemask_epi8(stops);

		if (mask != 0)
			return start + __builtin_ctz(mask);
	}
#else
	const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones * 0x80;

	for (; end - start >= 8; start += 8) {
		uint64_t word, quote, backslash, marks;

		memcpy(&word, start, 8);
		quote = word ^ ones * '"';
		backslash = word ^ ones * '\\';
		marks = (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) |
			 ((word - ones * 0x20) & ~word)) & highs;
		if (marks != 0) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			return start + __builtin_ctzll(marks) / 8;
#else
			break;
#endif
		}
	}
#endif
	for (; start < end; start++) {
		unsigned char c = (unsigned char)*start;

		if (c == '"' || c == '\\' || c < 0x20)
			return start;
	}
	return end;
}

/* Lines up to this long get an index of their stops (mem_json_stops_index). */
#define MEM_STOPS_WORDS 16
#define MEM_STOPS_MAX (64 * MEM_STOPS_WORDS)

#if MEM_FIND_SSE2
/* The stops among 16 bytes, one bit each. */
static inline uint64_t mem_json_stops16(const char *start)
{
	/* A byte is a control when min(byte, 0x1f) is the byte. */
	const __m128i quotes = _mm_set1_epi8('"'), backslashes = _mm_set1_epi8('\\'),
		      controls = _mm_set1_epi8(0x1f);
	__m128i chunk = _mm_loadu_si128((const __m128i *)(const void *)start);
	__m128i stops = _mm_or_si128(
		_mm_or_si128(_mm_cmpeq_epi8(chunk, quotes), _mm_cmpeq_epi8(chunk, backslashes)),
		_mm_cmpeq_epi8(_mm_min_epu8(chunk, controls), chunk));

	return (unsigned)_mm_movemask_epi8(stops);
}
#endif

/*
 * The stops among count bytes (at most 64) at start, one bit each; with
 * look_back, the 16 bytes before start + count may be read, so that the
 * last few bytes are one more 16-byte test rather than a byte loop.
 */
static inline uint64_t mem_json_stops_block(const char *start, size_t count, bool look_back)
{
	uint64_t word = 0;
	size_t from = 0;

#if MEM_FIND_SSE2
	if (count == 64)
		return mem_json_stops16(start) | mem_json_stops16(start + 16) << 16 |
		       mem_json_stops16(start + 32) << 32 | mem_json_stops16(start + 48) << 48;
	for (; count - from >= 16; from += 16)
		word |= mem_json_stops16(start + from) << from;
	if (from < count && look_back)
		return word | mem_json_stops16(start + count - 16) >> (16 - (count - from)) << from;
#else
	(void)look_back;
#endif
	for (; from < count; from++) {
		unsigned char c = (unsigned char)start[from];

		if (c == '"' || c == '\\' || c < 0x20)
			word |= UINT64_C(1) << from;
	}
	return word;
}

/*
 * Marks every byte that mem_find_json_stop stops at in the length bytes at
 * start (at most MEM_STOPS_MAX), one bit each: byte i is bit i % 64 of
 * words[i / 64]. A JSON line is strings one after another: searched one by
 * one, each search waits for the end of the one before, and its loop's
 * exit is a branch that strings of other lengths mispredict. The index's
 * loads wait for nothing, and a string's end is then a few bit operations
 * away (mem_json_stops_next).
 */
static inline void mem_json_stops_index(const char *start, size_t length, uint64_t *words)
{
	size_t at = 0;

	for (; length - at >= 64; at += 64)
		words[at / 64] = mem_json_stops_block(start + at, 64, true);
	if (at < length)
		words[at / 64] = mem_json_stops_block(start + at, length - at, length >= 16);
}

/* The first marked byte at or after from in an index of length bytes; length when there is none. */
static inline size_t mem_json_stops_next(const uint64_t *words, size_t length, size_t from)
{
	size_t w = from / 64, count = (length + 63) / 64;
	uint64_t mask;

	if (from >= length)
		return length;
	for (mask = words[w] & (~UINT64_C(0) << (from % 64)); mask == 0; mask = words[w])
		if (++w == count)
			return length;
	return 64 * w + (size_t)__builtin_ctzll(mask);
}

/*
 * Whether two short pieces (a JSON member's name and a key) hold the same
 * bytes: inline, since a call into memcmp costs more than the few bytes of
 * a name (musl's memcmp goes a byte at a time too), and a word at a time,
 * the last word overlapping the one before, since a byte loop's exit is a
 * branch that names of other lengths mispredict.
 */
static inline bool mem_equal(const char *a, const char *b, size_t length)
{
	uint64_t x, y;
	uint32_t u, v, w, z;

	if (length >= 8) {
		for (size_t i = 0; i + 8 < length; i += 8) {
			memcpy(&x, a + i, 8);
			memcpy(&y, b + i, 8);
			if (x != y)
				return false;
		}
		memcpy(&x, a + length - 8, 8);
		memcpy(&y, b + length - 8, 8);
		return x == y;
	}
	if (length >= 4) {
		memcpy(&u, a, 4);
		memcpy(&v, b, 4);
		memcpy(&w, a + length - 4, 4);
		memcpy(&z, b + length - 4, 4);
		return ((u ^ v) | (w ^ z)) == 0;
	}
	for (size_t i = 0; i < length; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/*
 * Copies a short piece (an answer, the run of a log line before a phrase).
 * glibc's memcpy is as fast as anything here. musl's starts a rep movs,
 * which costs more than a short piece: there, pieces up to 256 bytes are
 * copied with fixed-size copies that the compiler turns into a few moves,
 * the first and the last bytes of the piece overlapping in the middle, so
 * no byte outside it is touched; and without a loop, which the compiler
 * would turn back into a memcpy call.
 */
static inline void mem_copy(char *to, const char *from, size_t length)
{
#if MEM_LIBC_FAST
	memcpy(to, from, length);
#else
	if (length > 256) {
		memcpy(to, from, length);
	} else if (length > 128) {
		memcpy(to, from, 128);
		memcpy(to + length - 128, from + length - 128, 128);
	} else if (length > 64) {
		memcpy(to, from, 64);
		memcpy(to + length - 64, from + length - 64, 64);
	} else if (length > 32) {
		memcpy(to, from, 32);
		memcpy(to + length - 32, from + length - 32, 32);
	} else if (length >= 16) {
		memcpy(to, from, 16);
		memcpy(to + length - 16, from + length - 16, 16);
	} else if (length >= 8) {
		memcpy(to, from, 8);
		memcpy(to + length - 8, from + length - 8, 8);
	} else if (length >= 4) {
		memcpy(to, from, 4);
		memcpy(to + length - 4, from + length - 4, 4);
	} else {
		for (size_t i = 0; i < length; i++)
			to[i] = from[i];
	}
#endif
}

/* Room a padded copy may read and write past the piece it copies. */
#define MEM_PADDED 128

/*
 * Copies length bytes, at most MEM_PADDED, where MEM_PADDED bytes may be
 * read at from and written at to: one fixed-size copy whatever the length,
 * which the compiler turns into a few wide moves with no branch and no
 * call. Stream mode's cached answers go this way: with glibc's memcpy it
 * took 1.07 times as long, with mem_copy under musl 1.2 times.
 */
static inline void mem_copy_padded(char *to, const char *from, size_t length)
{
	(void)length;
	memcpy(to, from, MEM_PADDED);
}

#endif
