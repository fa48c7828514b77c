/*
 * The record schema (schema.def) as a table the program can walk: each
 * field's name, type, vocabulary, flags and where its value lives in
 * struct status. The generator checks and writes the columns with it; the
 * output layer writes TSV, --field and JSON with it.
 */
#ifndef SCHEMA_H
#define SCHEMA_H

#include <stddef.h>

#include "core/status.h"
#include "core/vocabulary.h"

enum field_type {
	TYPE_CODE, TYPE_TEXT, TYPE_LIST, TYPE_CODES, TYPE_HEAD, TYPE_ENUM, TYPE_FLAG,
	TYPE_CONSTANT,		/* the columns above are in the CSV */
	TYPE_KNOWN, TYPE_CLASS, TYPE_CLASS_NAME, TYPE_TREAT_AS, TYPE_SUBSTATUS,
	TYPE_SUBSTATUS_MEANING,
};

enum field_flag {
	FIELD_REQUIRED = 1 << 0,
	FIELD_SHORT = 1 << 1,
	SHOW_RECORD = 1 << 2,
	SHOW_UNKNOWN = 1 << 3,
	SHOW_LIST = 1 << 4,
	SHOW_BRIEF = 1 << 5,
	FIELD_URL = 1 << 6,
	FIELD_LEAD = 1 << 7,
};

struct field_info {
	const char *name;
	enum field_type type;
	const struct vocabulary *vocabulary;
	unsigned flags;
	size_t offset;		/* of the member in struct status, for CSV columns (a constant: its cell) */
	int ecosystem;		/* for TYPE_CONSTANT */
};

/* Fields are numbered from 0 in schema.def's order; FIELD_NONE is none. */
enum {
#define FIELD(name, type, vocabulary, flags, help) + 1
#define COMPUTED(name, type, flags, help) + 1
#define CONSTANT(ID, name, language, qualifier, help) + 1
	FIELD_COUNT = 0
#include "core/schema.def"
};
#define FIELD_NONE (-1)

extern const struct field_info schema_fields[FIELD_COUNT];

int schema_field_by_name(const char *name);
bool schema_is_column(const struct field_info *field);
const char *schema_text(const struct status *status, const struct field_info *field);
int schema_number(const struct status *status, const struct field_info *field);

#endif
