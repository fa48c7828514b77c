/* Tests the status tally: slots, the order of its rows, the class totals. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/tally.h"

static struct tally tally;
static struct tally_row rows[TALLY_SLOTS];

/* The slot of a code token, or -1 for text that is not one. */
static int slot_of(const char *text)
{
	struct code_token token;

	return code_token_read(text, strlen(text), &token) ? tally_slot_of(&token) : -1;
}

static void add(const char *code, int times)
{
	int slot = slot_of(code);

	assert_true(slot >= 0);
	while (times-- > 0)
		tally_add(&tally, slot);
}

static void test_slots(void **state)
{
	char text[4];

	(void)state;
	assert_int_equal(slot_of("404"), 404);
	assert_int_equal(slot_of("000"), 0);
	assert_int_equal(slot_of("0"), TALLY_LONE_ZERO);
	assert_int_equal(slot_of("999"), 999);
	assert_int_equal(slot_of("404.13"), 404);
	assert_int_equal(slot_of("044"), -1);
	assert_int_equal(slot_of("00"), -1);
	assert_int_equal(slot_of("4044"), -1);
	assert_int_equal(slot_of("40x"), -1);
	assert_int_equal(slot_of("-"), -1);
	assert_int_equal(slot_of(""), -1);
	for (int slot = 100; slot < TALLY_SLOTS; slot++) {
		tally_slot_text(slot, text);
		assert_int_equal(slot_of(text), slot);
		assert_int_equal(tally_code_of(slot), slot == TALLY_LONE_ZERO ? 0 : slot);
	}
	tally_slot_text(7, text);
	assert_string_equal(text, "007");
	tally_slot_text(TALLY_LONE_ZERO, text);
	assert_string_equal(text, "0");
}

static void test_most_frequent_first_then_by_code(void **state)
{
	const struct tally_row expected[] = {
		{ 404, 5 }, { 0, 3 }, { TALLY_LONE_ZERO, 3 }, { 200, 3 }, { 500, 3 }, { 999, 1 },
	};
	uint64_t classes[STATUS_CLASS_COUNT];
	size_t count;

	(void)state;
	tally_init(&tally);
	add("500", 3);
	add("200", 3);
	add("404", 5);
	add("0", 3);
	add("999", 1);
	add("000", 3);
	tally_add_without_code(&tally);
	tally_add_without_code(&tally);
	count = tally_sorted(&tally, rows);
	assert_int_equal(count, sizeof(expected) / sizeof(expected[0]));
	for (size_t i = 0; i < count; i++) {
		assert_int_equal(rows[i].slot, expected[i].slot);
		assert_int_equal(rows[i].count, expected[i].count);
	}
	assert_int_equal(tally.total, 18);
	assert_int_equal(tally.without_code, 2);
	tally_classes(&tally, classes);
	assert_int_equal(classes[0], 7);	/* 000, 0 and 999 */
	assert_int_equal(classes[1], 0);
	assert_int_equal(classes[2], 3);
	assert_int_equal(classes[3], 0);
	assert_int_equal(classes[4], 5);
	assert_int_equal(classes[5], 3);
}

static void test_empty(void **state)
{
	uint64_t classes[STATUS_CLASS_COUNT];

	(void)state;
	tally_init(&tally);
	assert_int_equal(tally_sorted(&tally, rows), 0);
	tally_classes(&tally, classes);
	for (int i = 0; i < STATUS_CLASS_COUNT; i++)
		assert_int_equal(classes[i], 0);
}

/* Every slot counted a different number of times comes out in that order. */
static void test_every_slot(void **state)
{
	(void)state;
	tally_init(&tally);
	for (int slot = 0; slot < TALLY_SLOTS; slot++)
		for (int i = 0; i <= slot % 7; i++)
			tally_add(&tally, slot);
	assert_int_equal(tally_sorted(&tally, rows), TALLY_SLOTS);
	for (size_t i = 1; i < TALLY_SLOTS; i++) {
		assert_true(rows[i - 1].count >= rows[i].count);
		if (rows[i - 1].count == rows[i].count && rows[i].slot != TALLY_LONE_ZERO &&
		    rows[i - 1].slot != TALLY_LONE_ZERO)
			assert_true(rows[i - 1].slot < rows[i].slot);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slots),
		cmocka_unit_test(test_most_frequent_first_then_by_code),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_every_slot),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
