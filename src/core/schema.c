/* The record schema as a table, made from schema.def. */
#include <string.h>

#include "core/schema.h"

const struct field_info schema_fields[FIELD_COUNT] = {
#define FIELD(name, type, vocabulary, flags, help) \
	{ #name, TYPE_##type, &vocabulary_##vocabulary, flags, offsetof(struct status, name), -1 },
#define COMPUTED(name, type, flags, help) { #name, TYPE_##type, &vocabulary_none, flags, 0, -1 },
#define CONSTANT(ID, name, language, qualifier, help) \
	{ #name, TYPE_CONSTANT, &vocabulary_none, SHOW_RECORD, \
	  offsetof(struct status, constant_cell) + ECOSYSTEM_##ID * sizeof(const char *), ECOSYSTEM_##ID },
#include "core/schema.def"
};

const struct ecosystem_info ecosystems[ECOSYSTEM_COUNT] = {
#define CONSTANT(ID, name, language, qualifier, help) [ECOSYSTEM_##ID] = { language, qualifier },
#include "core/schema.def"
};

int schema_field_by_name(const char *name)
{
	for (int i = 0; i < FIELD_COUNT; i++)
		if (strcmp(schema_fields[i].name, name) == 0)
			return i;
	return FIELD_NONE;
}

/* Whether the field is a column of status.csv (and a member of struct status). */
bool schema_is_column(const struct field_info *field)
{
	return field->type <= TYPE_CONSTANT;
}

const char *schema_text(const struct status *status, const struct field_info *field)
{
	const char *text;

	memcpy(&text, (const char *)status + field->offset, sizeof text);
	return text;
}

/* The value of a CODE, ENUM or FLAG field. */
int schema_number(const struct status *status, const struct field_info *field)
{
	const char *member = (const char *)status + field->offset;

	if (field->type == TYPE_CODE)
		return *(const short *)(const void *)member;
	return *(const unsigned char *)member;
}
