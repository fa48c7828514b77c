/*
 * Counting status codes in constant memory, for `count` (in core, since
 * the output layer renders a tally): a counter for each code from 000 to
 * 999, one for the lone "0" that browsers report when no response arrived,
 * and one for the lines that hold no code.
 */
#ifndef TALLY_H
#define TALLY_H

#include <stddef.h>
#include <stdint.h>

#include "core/code.h"
#include "core/status.h"

#define TALLY_LONE_ZERO 1000	/* the slot of a lone "0", kept apart from "000" in slot 0 */
#define TALLY_SLOTS 1001

/* Room for IIS sub-statuses the data knows, by their index in substatus_table. */
#define TALLY_SUBSTATUS_SLOTS 512

struct tally {
	uint64_t counts[TALLY_SLOTS];
	uint64_t substatus_counts[TALLY_SUBSTATUS_SLOTS];	/* 404.13; also counted as 404 */
	uint64_t total;		/* lines with a code */
	uint64_t without_code;	/* lines without one */
};

struct tally_row {
	int slot;		/* a code 0-999, or TALLY_LONE_ZERO */
	uint64_t count;
};

void tally_init(struct tally *tally);

/* Counts one line's code: a slot (0-999 or TALLY_LONE_ZERO). */
static inline void tally_add(struct tally *tally, int slot)
{
	tally->counts[slot]++;
	tally->total++;
}

static inline void tally_add_without_code(struct tally *tally)
{
	tally->without_code++;
}

/* The slot of a code token: its code, or TALLY_LONE_ZERO for a lone "0". */
static inline int tally_slot_of(const struct code_token *token)
{
	return token->lone_zero ? TALLY_LONE_ZERO : token->code;
}

/* The code a slot counts: TALLY_LONE_ZERO counts CODE_NO_RESPONSE. */
static inline int tally_code_of(int slot)
{
	return slot == TALLY_LONE_ZERO ? CODE_NO_RESPONSE : slot;
}

/* Counts a W3C line's sub-status (404 and 13) when the data knows it; 0 is the code itself. */
void tally_add_substatus(struct tally *tally, int slot, int substatus);

/* Writes the code of slot as it was written ("404", "000", "0") to text[4]. */
void tally_slot_text(int slot, char text[4]);

/*
 * Fills rows with the slots counted at least once, the most frequent first
 * and equal counts by code ("0" next to "000"); returns how many.
 */
size_t tally_sorted(const struct tally *tally, struct tally_row rows[TALLY_SLOTS]);

/*
 * The totals per class, by the digit of status_classes: 1 to 5, and 0 for
 * the codes outside 100-599 (000 and 0 among them).
 */
void tally_classes(const struct tally *tally, uint64_t classes[STATUS_CLASS_COUNT]);

#endif
