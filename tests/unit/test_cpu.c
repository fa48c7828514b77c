/*
 * Tests cpu.c's answers against gcc's own (__builtin_cpu_supports, which
 * also asks whether the system saves the registers): they must agree on
 * whatever processor runs the tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "filters/cpu.h"

static void test_agrees_with_the_compiler(void **state)
{
	(void)state;
#ifdef __x86_64__
	__builtin_cpu_init();
	assert_int_equal(cpu_has_avx2(), __builtin_cpu_supports("avx2") != 0);
	assert_int_equal(cpu_has_avx512f(), __builtin_cpu_supports("avx512f") != 0);
	assert_int_equal(cpu_has_avx512bw(), __builtin_cpu_supports("avx512bw") != 0);
#else
	assert_false(cpu_has_avx2());
	assert_false(cpu_has_avx512f());
	assert_false(cpu_has_avx512bw());
#endif
}

/* AVX-512BW comes only with AVX-512F, and both only with AVX2 on every processor made. */
static void test_wider_implies_narrower(void **state)
{
	(void)state;
	if (cpu_has_avx512bw())
		assert_true(cpu_has_avx512f());
	if (cpu_has_avx512f())
		assert_true(cpu_has_avx2());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agrees_with_the_compiler),
		cmocka_unit_test(test_wider_implies_narrower),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
