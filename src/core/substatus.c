/* Lookup of IIS sub-status codes in the generated, sorted table. */
#include "core/substatus.h"

/* The first entry of code, or NULL when IIS gives it no sub-status. */
const struct substatus *substatus_first(int code)
{
	for (size_t i = 0; i < substatus_count; i++)
		if (substatus_table[i].code == code)
			return &substatus_table[i];
	return NULL;
}

/* The next sub-status of the same code, or NULL. */
const struct substatus *substatus_next(const struct substatus *substatus)
{
	const struct substatus *next = substatus + 1;

	if ((size_t)(next - substatus_table) >= substatus_count || next->code != substatus->code)
		return NULL;
	return next;
}

const struct substatus *substatus_find(int code, int substatus)
{
	for (const struct substatus *s = substatus_first(code); s != NULL; s = substatus_next(s))
		if (s->substatus == substatus)
			return s;
	return NULL;
}

/* The next row of the same sub-status (another product's meaning), or NULL. */
const struct substatus *substatus_next_meaning(const struct substatus *substatus)
{
	const struct substatus *next = substatus_next(substatus);

	return next != NULL && next->substatus == substatus->substatus ? next : NULL;
}
