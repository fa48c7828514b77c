/* The status tally: see tally.h. */
#include "core/tally.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/substatus.h"

void tally_init(struct tally *tally)
{
	memset(tally, 0, sizeof(*tally));
}

void tally_add_substatus(struct tally *tally, int slot, int substatus)
{
	const struct substatus *known = substatus_find(slot, substatus);
	size_t index;

	if (known == NULL || substatus == 0)
		return;
	index = (size_t)(known - substatus_table);
	if (index < TALLY_SUBSTATUS_SLOTS)
		tally->substatus_counts[index]++;
}

void tally_slot_text(int slot, char text[4])
{
	snprintf(text, 4, slot == TALLY_LONE_ZERO ? "0" : "%03d", slot);
}

/* "0" sorts right after "000", before 001. */
static int sort_key(int slot)
{
	return slot == TALLY_LONE_ZERO ? 1 : slot == 0 ? 0 : slot * 2;
}

static int by_count_then_code(const void *a, const void *b)
{
	const struct tally_row *left = a, *right = b;

	if (left->count != right->count)
		return left->count > right->count ? -1 : 1;
	return sort_key(left->slot) - sort_key(right->slot);
}

size_t tally_sorted(const struct tally *tally, struct tally_row rows[TALLY_SLOTS])
{
	size_t count = 0;

	for (int slot = 0; slot < TALLY_SLOTS; slot++)
		if (tally->counts[slot] > 0)
			rows[count++] = (struct tally_row){ slot, tally->counts[slot] };
	qsort(rows, count, sizeof(rows[0]), by_count_then_code);
	return count;
}

void tally_classes(const struct tally *tally, uint64_t classes[STATUS_CLASS_COUNT])
{
	memset(classes, 0, STATUS_CLASS_COUNT * sizeof(classes[0]));
	for (int slot = 0; slot < 1000; slot++)
		classes[status_class_of(slot)->digit] += tally->counts[slot];
	classes[0] += tally->counts[TALLY_LONE_ZERO];
}
