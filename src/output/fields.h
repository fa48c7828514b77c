/* The fields of an answer, by name: the TSV columns and --field. */
#ifndef FIELDS_H
#define FIELDS_H

#include <stdio.h>

#include "core/status.h"

/* An answer is a record, or a well-formed code with none (status NULL). */
struct answer {
	int code;
	const struct status *status;
};

enum field {
	FIELD_CODE, FIELD_KNOWN, FIELD_PHRASE, FIELD_KIND, FIELD_ORIGIN,
	FIELD_CLASS, FIELD_CLASS_NAME, FIELD_SUMMARY, FIELD_DESCRIPTION,
	FIELD_NOTES, FIELD_HEADERS, FIELD_CACHEABLE, FIELD_BODY,
	FIELD_REDIRECT, FIELD_METHOD, FIELD_ALIASES, FIELD_SEE_ALSO,
	FIELD_TREAT_AS, FIELD_PYTHON, FIELD_GO, FIELD_RUST, FIELD_JAVA,
	FIELD_DOTNET, FIELD_COUNT,
	FIELD_NONE = -1,
};

#define FIELD_VALUE_BUFFER 96

const char *field_name(enum field field);
enum field field_by_name(const char *name);
const char *field_value(enum field field, const struct answer *answer,
			char buffer[FIELD_VALUE_BUFFER]);
void field_write_escaped(FILE *out, const char *value);
void fields_write_header(FILE *out);
void fields_write_row(FILE *out, const struct answer *answer);

#endif
