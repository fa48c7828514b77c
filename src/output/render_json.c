/*
 * JSON renderings of answers. The members, their order and their types come
 * from core/schema.def, whose flags say which objects show each field; they
 * are the stable schema documented in README.md and the man page: change
 * them only with both.
 */
#include <stdlib.h>

#include "core/substatus.h"
#include "output/json.h"
#include "output/render_json.h"

/* The field's value as fields.c writes it, typed: numbers and booleans bare, lists as arrays. */
static void render_json_value(FILE *out, int index, const struct answer *answer)
{
	const struct field_info *field = &schema_fields[index];
	char buffer[FIELD_VALUE_BUFFER];
	const char *value = field_value(index, answer, buffer);

	switch (field->type) {
	case TYPE_CODE:		/* a JSON number has no leading zeros: 000 is 0, 009 is 9 */
	case TYPE_TREAT_AS:
		fprintf(out, "%ld", strtol(value, NULL, 10));
		break;
	case TYPE_KNOWN:
	case TYPE_FLAG:
		fputs(value, out);
		break;
	case TYPE_SUBSTATUS:	/* an object: the sub-status, its meaning and its source */
		fprintf(out, "{\"code\":\"%s\",\"meaning\":", value);
		json_string(out, answer->substatus->meaning);
		fputs(",\"source\":", out);
		json_string(out, answer->substatus->source);
		fputc('}', out);
		break;
	case TYPE_CLASS:	/* an empty class or word is null */
	case TYPE_ENUM:
		json_string_or_null(out, value);
		break;
	case TYPE_LIST:
		json_string_list(out, value);
		break;
	case TYPE_CODES:
		json_code_list(out, value);
		break;
	default:
		json_string(out, value);
		break;
	}
}

/*
 * Writes "{" and the members the view (SHOW_RECORD, SHOW_LIST, ...) shows, but
 * not the closing brace, so that a caller can add members of its own. A code
 * with no record shows the SHOW_UNKNOWN members instead. The constants go
 * into one object, "constants", which holds those the record has.
 */
void render_json_members(FILE *out, const struct answer *answer, unsigned view)
{
	bool first = true, constants = false;

	if (answer->status == NULL)
		view = SHOW_UNKNOWN;
	fputc('{', out);
	for (int f = 0; f < FIELD_COUNT; f++) {
		const struct field_info *field = &schema_fields[f];

		if (!(field->flags & view) ||
		    (field->type == TYPE_SUBSTATUS && answer->substatus == NULL))
			continue;
		if (field->type == TYPE_CONSTANT) {
			if (!constants) {
				fputs(",\"constants\":{", out);
				constants = first = true;
			}
			if (answer->status->constant[field->ecosystem][0] == '\0')
				continue;
		}
		fprintf(out, "%s\"%s\":", first ? "" : ",", field->name);
		render_json_value(out, f, answer);
		first = false;
	}
	if (constants)
		fputc('}', out);
}

/* A class object: its digit, name and description, and its members' brief objects. */
void render_json_class(FILE *out, const struct status_class *class,
		       const struct status *const *members, size_t count)
{
	if (class->digit == 0)
		fputs("{\"class\":null,\"name\":", out);
	else
		fprintf(out, "{\"class\":\"%dxx\",\"name\":", class->digit);
	json_string(out, class->name);
	fputs(",\"description\":", out);
	json_string(out, class->description);
	fputs(",\"members\":[", out);
	for (size_t i = 0; i < count; i++) {
		fputs(i == 0 ? "" : ",", out);
		render_json_members(out, &(struct answer){ members[i]->code, members[i], NULL }, SHOW_BRIEF);
		fputc('}', out);
	}
	fputs("]}", out);
}
