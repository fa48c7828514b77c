/* Writing the generated C table and gperf keyword file. */
#ifndef EMIT_H
#define EMIT_H

#include <stdio.h>

#include "dataset.h"

void emit_string(FILE *out, const char *text);
void emit_table(FILE *out, const struct dataset *data);
void emit_sizes(FILE *out, const struct dataset *data);
void emit_gperf(FILE *out, const struct dataset *data);
void emit_manual(FILE *out, const struct dataset *data);

#endif
