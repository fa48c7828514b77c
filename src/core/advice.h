/*
 * Advice for the codes people confuse (data/advice.csv): which of two or
 * more codes to send, in a paragraph. The table is generated into
 * build/generated/guides_data.c.
 */
#ifndef ADVICE_H
#define ADVICE_H

#include <stdbool.h>
#include <stddef.h>

#define ADVICE_CODES_MAX 4
/* No code has more advice than this; the generator checks it. */
#define ADVICE_PER_CODE_MAX 16

struct advice {
	short codes[ADVICE_CODES_MAX];	/* ascending */
	unsigned char code_count;
	const char *text;
};

extern const struct advice advice_table[];
extern const size_t advice_count;

bool advice_concerns(const struct advice *advice, int code);
const struct advice *advice_for_pair(int first, int second);
const struct advice *advice_next_for_code(int code, const struct advice *after);
size_t advice_shared(const struct advice *advice, const int *codes, size_t count);

#endif
