/* What the processor can run, for the hot loops that have a version per instruction set. */
#ifndef CPU_H
#define CPU_H

#include <stdbool.h>

bool cpu_has_avx2(void);
bool cpu_has_avx512f(void);
bool cpu_has_avx512bw(void);

#endif
