/*
 * What the processor can run: asked of CPUID only when stream mode or
 * annotate starts, not at every start-up. gcc's __builtin_cpu_supports
 * would be simpler, but it links libgcc's constructor, which runs CPUID at
 * every start-up; in a virtual machine each CPUID traps to the host, and
 * `httpstatus 404` took 29 % longer (bench/README.md). An instruction set
 * counts only if the system also saves its registers (XCR0, read with
 * xgetbv). Elsewhere than x86-64 the answers are no.
 */
#include "filters/cpu.h"

#ifdef __x86_64__
#include <cpuid.h>
#include <immintrin.h>

/* The bits of XCR0 for the SSE and AVX registers, and for AVX-512's three kinds. */
#define XCR0_AVX 0x06u
#define XCR0_AVX512 0xe6u

/* Bit of CPUID leaf 1's ECX: the system has turned on xgetbv. */
#define CPUID_OSXSAVE (1u << 27)

/* Bits of CPUID leaf 7's EBX. */
#define CPUID_AVX2 (1u << 5)
#define CPUID_AVX512F (1u << 16)
#define CPUID_AVX512BW (1u << 30)

__attribute__((target("xsave"))) static unsigned saved_registers(void)
{
	unsigned eax, ebx, ecx, edx;

	if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & CPUID_OSXSAVE))
		return 0;
	return (unsigned)_xgetbv(0);
}

struct cpu {
	bool asked;
	unsigned features;	/* CPUID leaf 7's EBX */
	unsigned registers;	/* XCR0 */
};

/* Asked once: a CPUID in a virtual machine costs tens of microseconds. */
static bool cpu_has(unsigned feature, unsigned registers)
{
	static struct cpu cpu;
	unsigned eax, ecx, edx;

	if (!cpu.asked) {
		if (!__get_cpuid_count(7, 0, &eax, &cpu.features, &ecx, &edx))
			cpu.features = 0;
		cpu.registers = saved_registers();
		cpu.asked = true;
	}
	return (cpu.features & feature) == feature && (cpu.registers & registers) == registers;
}

bool cpu_has_avx2(void)
{
	return cpu_has(CPUID_AVX2, XCR0_AVX);
}

bool cpu_has_avx512f(void)
{
	return cpu_has(CPUID_AVX512F, XCR0_AVX512);
}

bool cpu_has_avx512bw(void)
{
	return cpu_has(CPUID_AVX512F | CPUID_AVX512BW, XCR0_AVX512);
}
#else
bool cpu_has_avx2(void)
{
	return false;
}

bool cpu_has_avx512f(void)
{
	return false;
}

bool cpu_has_avx512bw(void)
{
	return false;
}
#endif
