/* Advice for the codes people confuse: lookups in the generated table. */
#include "core/advice.h"

bool advice_concerns(const struct advice *advice, int code)
{
	for (int i = 0; i < advice->code_count; i++)
		if (advice->codes[i] == code)
			return true;
	return false;
}

/* The advice that covers both codes, in either order; NULL when there is none. */
const struct advice *advice_for_pair(int first, int second)
{
	if (first == second)
		return NULL;
	for (size_t i = 0; i < advice_count; i++)
		if (advice_concerns(&advice_table[i], first) && advice_concerns(&advice_table[i], second))
			return &advice_table[i];
	return NULL;
}

/* The next advice after `after` (NULL: from the start) that concerns code; NULL at the end. */
const struct advice *advice_next_for_code(int code, const struct advice *after)
{
	for (size_t i = after == NULL ? 0 : (size_t)(after - advice_table) + 1; i < advice_count; i++)
		if (advice_concerns(&advice_table[i], code))
			return &advice_table[i];
	return NULL;
}

/* How many of the codes, counted once each, the advice concerns. */
size_t advice_shared(const struct advice *advice, const int *codes, size_t count)
{
	size_t shared = 0;

	for (int a = 0; a < advice->code_count; a++) {
		size_t c = 0;

		while (c < count && codes[c] != advice->codes[a])
			c++;
		shared += c < count;
	}
	return shared;
}
