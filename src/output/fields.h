/* The fields of an answer, by name: the TSV columns and --field (core/schema.def). */
#ifndef FIELDS_H
#define FIELDS_H

#include <stdbool.h>
#include <stdio.h>

#include "core/schema.h"

#define FIELD_VALUE_BUFFER 96

const char *field_value(int field, const struct answer *answer, char buffer[FIELD_VALUE_BUFFER]);
bool field_write(FILE *out, int field, const struct answer *answer);
void fields_write_header(FILE *out);
void fields_write_row(FILE *out, const int *fields, int count, const struct answer *answer);

#endif
