/*
 * Validation of the CSV rows: every rule of data/README.md is checked here,
 * and each defect is reported as FILE:LINE: message. The columns of
 * status.csv and their checks come from the schema (core/schema.def); rows
 * that pass become status records for the emitter.
 */
#include <stdlib.h>
#include <string.h>

#include "core/code.h"
#include "core/name.h"
#include "core/schema.h"
#include "core/utf8.h"
#include "core/vocabulary.h"
#include "dataset.h"
#include "example.h"

/* The columns of iis_substatus.csv, stated once: their names and their positions. */
#define SUBSTATUS_COLUMNS(COLUMN) COLUMN(SUBSTATUS_CODE, code) COLUMN(SUBSTATUS_NUMBER, substatus) \
	COLUMN(SUBSTATUS_MEANING, meaning) COLUMN(SUBSTATUS_SOURCE, source)
enum { SUBSTATUS_COLUMNS(CSV_COLUMN_POSITION) SUBSTATUS_COLUMN_COUNT };

/* What compare shows of a FIELD_LEAD column: its text up to the first ';'. */
#define LEAD_COLUMNS_MAX 40

/* The columns of classes.csv (core/schema.def), by position. */
enum class_column {
#define CLASS_COLUMN(name, flags, help) CLASS_COLUMN_##name,
#include "core/schema.def"
	CLASS_COLUMN_COUNT,
};

static const char *const class_columns[CLASS_COLUMN_COUNT] = {
#define CLASS_COLUMN(name, flags, help) #name,
#include "core/schema.def"
};

static const unsigned class_column_flags[CLASS_COLUMN_COUNT] = {
#define CLASS_COLUMN(name, flags, help) flags,
#include "core/schema.def"
};

static int check_header(struct checker *check, const struct csv_row *row,
			const char *const *columns, size_t count)
{
	check->line = row->line;
	if (row->field_count != count) {
		check_fail(check, "header has %zu columns, expected %zu", row->field_count, count);
		return -1;
	}
	for (size_t i = 0; i < count; i++) {
		if (strcmp(row->fields[i], columns[i]) != 0) {
			check_fail(check, "header column %zu is '%s', expected '%s'", i + 1, row->fields[i], columns[i]);
			return -1;
		}
	}
	return 0;
}

/* Starts on a data row; false, once reported, when it has not count fields. */
static bool check_row(struct checker *check, const struct csv_row *row, size_t count)
{
	check->line = row->line;
	if (row->field_count != count)
		check_fail(check, "expected %zu fields, found %zu", count, row->field_count);
	return row->field_count == count;
}

/* Checks a table's header against columns and that data rows follow; 0, or -1 once reported. */
static int check_head(struct checker *check, const struct csv_table *table, const char *const *columns,
		      size_t count)
{
	if (check_header(check, &table->rows[0], columns, count) != 0)
		return -1;
	if (table->row_count < 2) {
		diag_error(check->diag, check->path, 2, "no data rows after the header");
		return -1;
	}
	return 0;
}

/* check_head, and each data row's field count; 0, or -1 once the first defect is reported. */
int dataset_check_shape(const struct csv_table *table, const char *path, const char *const *columns,
			size_t count, struct diag *diag)
{
	struct checker check = { path, diag, 1, 0 };

	if (check_head(&check, table, columns, count) != 0)
		return -1;
	for (size_t r = 1; r < table->row_count; r++)
		if (!check_row(&check, &table->rows[r], count))
			return -1;
	return 0;
}

/* List items are separated by ';' with nothing empty and no padding. */
static void check_list(struct checker *check, const char *column, const char *list)
{
	const char *item = list;

	if (list[0] == '\0')
		return;
	for (;;) {
		size_t length = strcspn(item, ";");

		if (length == 0 || item[0] == ' ' || item[length - 1] == ' ') {
			check_fail(check, "empty or padded item in %s", column);
			return;
		}
		if (item[length] == '\0')
			return;
		item += length + 1;
	}
}

/* A constant cell: names that are identifiers, each perhaps with a note. */
static void check_constants(struct checker *check, const char *column, const char *list)
{
	const char *cursor = list, *item;
	size_t length;

	while (name_list_next(&cursor, &item, &length)) {
		size_t name = name_without_note(item, length);

		if (name == 0 || strspn(item, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") != name ||
		    (name < length && item[length - 1] != ')')) {
			check_fail(check, "%s constant is not an identifier", column);
			return;
		}
	}
	check_list(check, column, list);
}

/* A repeated code is a vendor's further meaning: adjacent, unofficial, its own origin. */
static void check_repeat(struct checker *check, const struct dataset *data,
			 const struct status *status)
{
	const struct status *first = NULL;

	for (size_t i = 0; i < data->status_count; i++) {
		if (data->statuses[i].code != status->code)
			continue;
		if (first == NULL)
			first = &data->statuses[i];
		if (strcmp(data->statuses[i].origin, status->origin) == 0 ||
		    status_is_registered(status)) {
			check_fail(check, "duplicate code %d (first at line %zu); a further meaning must be unofficial with its own origin",
				   status->code, data->lines[first - data->statuses]);
			return;
		}
	}
	if (data->status_count > 0) {
		const struct status *previous = &data->statuses[data->status_count - 1];

		if (previous->code > status->code)
			check_fail(check, "code %d is out of order after %d; sort rows by code",
				   status->code, previous->code);
	}
}

static void check_redirect(struct checker *check, const struct status *status)
{
	if ((status->redirect == REDIRECT_NONE) != (status->method == METHOD_NONE))
		check_fail(check, "redirect and method must be given together");
	else if (status->redirect != REDIRECT_NONE && status->code / 100 != 3)
		check_fail(check, "redirect and method are for 3xx codes only");
}

/* Checks one cell by its column's type and stores it in its member; false for an unknown word. */
static bool read_cell(struct checker *check, const struct field_info *column, const char *cell,
		      struct status *status)
{
	char *member = (char *)status + column->offset, message[EXAMPLE_MESSAGE_MAX];
	int value;

	switch (column->type) {
	case TYPE_CODE:
		value = strlen(cell) == 3 ? code_parse(cell, 3) : -1;
		if (value < 0)
			check_fail(check, "code '%s' is not three digits from 100 to 999, 000 or 009", cell);
		*(short *)(void *)member = (short)value;
		return true;
	case TYPE_ENUM:
	case TYPE_FLAG:
		/* The value the word names: its place in the vocabulary, or -1. */
		for (value = column->vocabulary->count - 1; value >= 0; value--)
			if (strcmp(column->vocabulary->words[value], cell) == 0)
				break;
		if (value < 0)
			check_fail(check, "unknown %s '%s'", column->vocabulary->label, cell);
		*(unsigned char *)member = (unsigned char)(value < 0 ? 0 : value);
		return value >= 0;
	case TYPE_CONSTANT:
		check_constants(check, column->name, cell);
		break;
	case TYPE_LIST:
	case TYPE_CODES:
		check_list(check, column->name, cell);
		break;
	case TYPE_HEAD:	/* its status line names the row's code, read before as the first column */
		if (status->code >= 0 && !example_check(status->code, cell, message))
			check_fail(check, "%s", message);
		break;
	default:
		break;
	}
	if ((column->flags & FIELD_REQUIRED) && cell[0] == '\0')
		check_fail(check, "empty %s", column->name);
	if ((column->flags & FIELD_SHORT) && utf8_columns(cell, strlen(cell)) > SHORT_COLUMNS_MAX)
		check_fail(check, "%s is longer than 80 characters: '%s'", column->name, cell);
	if ((column->flags & FIELD_LEAD) &&
	    (strchr(cell, '\n') != NULL || utf8_columns(cell, strcspn(cell, ";")) > LEAD_COLUMNS_MAX))
		check_fail(check, "%s is not one line whose text before the first ';' is at most %d characters: '%.60s'",
			   column->name, LEAD_COLUMNS_MAX, cell);
	if ((column->flags & FIELD_URL) && cell[0] != '\0' &&
	    (strncmp(cell, "https://", 8) != 0 || strpbrk(cell, " \t\n\"<>") != NULL))
		check_fail(check, "%s '%s' is not an https:// URL", column->name, cell);
	memcpy(member, &cell, sizeof cell);
	return true;
}

/*
 * Where the row's facts come from: a source URL or a note saying why there
 * is none; a row whose origin is an RFC section links to that section on
 * the RFC Editor's site, and only registered codes link to MDN.
 */
static void check_source(struct checker *check, const struct status *status)
{
	unsigned rfc;
	int end = 0;
	char section[32], expected[128];

	if (status->source[0] == '\0' && status->source_note[0] == '\0') {
		check_fail(check, "no source and no source_note: say where the facts come from");
		return;
	}
	if (status->mdn[0] != '\0' && !status_is_registered(status))
		check_fail(check, "mdn '%s' is for registered codes only", status->mdn);
	if (sscanf(status->origin, "RFC %u, Section %31[0-9.]%n", &rfc, section, &end) != 2 ||
	    status->origin[end] != '\0')
		return;
	snprintf(expected, sizeof expected, "https://www.rfc-editor.org/rfc/rfc%u.html#section-%s",
		 rfc, section);
	if (strcmp(status->source, expected) != 0)
		check_fail(check, "source '%.100s' does not link to the origin, %.40s (expected %s)",
			   status->source, status->origin, expected);
}

static void read_status_row(struct checker *check, const struct dataset *data,
			    char **cells, struct status *status)
{
	bool words_known = true;
	size_t c = 0;

	for (int f = 0; f < FIELD_COUNT; f++)
		if (schema_is_column(&schema_fields[f]))
			words_known &= read_cell(check, &schema_fields[f], cells[c++], status);
	/* An unknown redirect or method word has been reported already. */
	if (words_known)
		check_redirect(check, status);
	check_source(check, status);
	if (status->code >= 0)
		check_repeat(check, data, status);
}

/* The first row of code in the data; -1 when the data has none. */
int dataset_row_of(const struct dataset *data, int code)
{
	for (size_t i = 0; i < data->status_count; i++)
		if (data->statuses[i].code == code)
			return (int)i;
	return -1;
}

/* Every item of a CODES column is a code in the data. */
static void check_codes(struct checker *check, const struct dataset *data, size_t row)
{
	check->line = data->lines[row];
	for (int f = 0; f < FIELD_COUNT; f++) {
		if (schema_fields[f].type != TYPE_CODES)
			continue;
		for (const char *item = schema_text(&data->statuses[row], &schema_fields[f]);
		     item[0] != '\0';) {
			size_t length = strcspn(item, ";");
			int code = code_parse(item, length);

			if (code < 0 || dataset_row_of(data, code) < 0)
				check_fail(check, "%s names '%.*s', which is not a code in the data",
					   schema_fields[f].name, (int)(length < 7 ? length : 7), item);
			item += length + (item[length] == ';');
		}
	}
}

/*
 * A name holds only ASCII letters, digits and NAME_PUNCTUATION, so that a
 * query holding any other byte can be taken to name nothing.
 */
static bool check_name(struct checker *check, const char *name, size_t length)
{
	size_t bad = name_invalid_at(name, length);
	char message[200];

	if (bad == length)
		return true;
	snprintf(message, sizeof message,
		 "name '%.*s' holds byte 0x%02X, which no name may hold (only ASCII letters, digits and \"%s\")",
		 (int)length, name, (unsigned char)name[bad], NAME_PUNCTUATION);
	check_fail(check, "%s", message);
	return false;
}

/* A class's name and each of its aliases. */
static void check_class_names(struct checker *check, const char *name, const char *aliases)
{
	const char *alias;
	size_t length;

	check_name(check, name, strlen(name));
	while (name_list_next(&aliases, &alias, &length))
		check_name(check, alias, length);
}

static void add_key(struct checker *check, struct dataset *data, size_t row,
		    const char *name, size_t length)
{
	struct gen_key *key;

	data->keys = diag_check_alloc(realloc(data->keys, (data->key_count + 1) * sizeof *data->keys));
	key = &data->keys[data->key_count];
	key->row = row;
	if (!check_name(check, name, length))
		return;
	if (name_key(name, length, key->key, sizeof key->key) == 0) {
		check_fail(check, "name '%.*s' gives no lookup key (no letters or digits, or over %d)",
			   (int)length, name, NAME_KEY_MAX);
		return;
	}
	data->key_count++;
}

/* Adds a key for each name of a list, without its note, after qualifier. */
static void add_list_keys(struct checker *check, struct dataset *data, size_t row,
			  const char *qualifier, const char *list)
{
	char qualified[NAME_KEY_BUFFER * 2];
	const char *item;
	size_t length;

	while (name_list_next(&list, &item, &length)) {
		snprintf(qualified, sizeof qualified, "%s%.*s", qualifier, (int)name_without_note(item, length), item);
		add_key(check, data, row, qualified, strlen(qualified));
	}
}

/* The keys of a row: its phrase, its aliases and its constants, without their notes. */
static void add_row_keys(struct checker *check, struct dataset *data, size_t row)
{
	const struct status *status = &data->statuses[row];

	/* A registry placeholder such as "(Unused)" names nothing, and an empty
	 * phrase has already been reported. */
	check->line = data->lines[row];
	if (status->phrase[0] != '(' && status->phrase[0] != '\0')
		add_key(check, data, row, status->phrase, strlen(status->phrase));
	add_list_keys(check, data, row, "", status->aliases);
	for (int e = 0; e < ECOSYSTEM_COUNT; e++)
		add_list_keys(check, data, row, ecosystems[e].qualifier, status->constant_cell[e]);
}

static int compare_keys(const void *a, const void *b)
{
	const struct gen_key *left = a, *right = b;
	int order = strcmp(left->key, right->key);

	if (order != 0)
		return order;
	return (left->row > right->row) - (left->row < right->row);
}

/*
 * Sorts the keys, drops a row's repeats of its own key, and rejects keys
 * shared by rows of different codes. Rows of one code may share a key (the
 * Shopify 423 and the WebDAV 423 are both Locked): the key keeps the first
 * row, and lookup answers the code's other meanings that carry the name.
 */
static void check_keys(struct checker *check, struct dataset *data)
{
	size_t kept = 0;

	/* With no key (every row rejected) there is no array to sort. */
	if (data->key_count == 0)
		return;
	qsort(data->keys, data->key_count, sizeof *data->keys, compare_keys);
	for (size_t i = 0; i < data->key_count; i++) {
		const struct gen_key *key = &data->keys[i];

		if (kept > 0 && strcmp(data->keys[kept - 1].key, key->key) == 0) {
			const struct status *owner = &data->statuses[data->keys[kept - 1].row];

			if (owner->code == data->statuses[key->row].code)
				continue;
			check->line = data->lines[key->row];
			check_fail(check, "lookup key '%s' is already claimed by %d %s at line %zu",
				   key->key, owner->code, owner->phrase, data->lines[data->keys[kept - 1].row]);
			continue;
		}
		data->keys[kept++] = *key;
	}
	data->key_count = kept;
}

/* Loads status.csv's rows into data; returns 0, or -1 after reporting every defect. */
int dataset_load_statuses(struct dataset *data, const struct csv_table *table,
			  const char *path, struct diag *diag)
{
	struct checker check = { path, diag, 1, 0 };
	const char *columns[FIELD_COUNT];
	size_t column_count = 0;

	for (int f = 0; f < FIELD_COUNT; f++)
		if (schema_is_column(&schema_fields[f]))
			columns[column_count++] = schema_fields[f].name;
	if (check_head(&check, table, columns, column_count) != 0)
		return -1;
	data->statuses = diag_check_alloc(calloc(table->row_count, sizeof *data->statuses));
	data->lines = diag_check_alloc(calloc(table->row_count, sizeof *data->lines));
	for (size_t r = 1; r < table->row_count; r++) {
		const struct csv_row *row = &table->rows[r];

		data->lines[data->status_count] = row->line;
		if (!check_row(&check, row, column_count))
			continue;
		read_status_row(&check, data, row->fields, &data->statuses[data->status_count]);
		data->status_count++;
	}
	for (size_t i = 0; i < data->status_count; i++) {
		check_codes(&check, data, i);
		add_row_keys(&check, data, i);
	}
	check_keys(&check, data);
	return check.failed ? -1 : 0;
}

/* Loads classes.csv: the classes 1 to 5 and "other", each exactly once. */
int dataset_load_classes(struct dataset *data, const struct csv_table *table,
			 const char *path, struct diag *diag)
{
	struct checker check = { path, diag, 1, 0 };

	if (check_header(&check, &table->rows[0], class_columns, CLASS_COLUMN_COUNT) != 0)
		return -1;
	for (size_t r = 1; r < table->row_count; r++) {
		const struct csv_row *row = &table->rows[r];
		const char *digit;
		int index;

		if (!check_row(&check, row, CLASS_COLUMN_COUNT))
			continue;
		digit = row->fields[CLASS_COLUMN_class];
		index = strcmp(digit, "other") == 0 ? 0
			: (strlen(digit) == 1 && digit[0] >= '1' && digit[0] <= '5') ? digit[0] - '0' : -1;
		if (index < 0 || data->class_lines[index] != 0) {
			check_fail(&check, index < 0 ? "unknown class '%s'; expected 1 to 5 or other"
						     : "class '%s' given twice", digit);
			continue;
		}
		for (int c = CLASS_COLUMN_class + 1; c < CLASS_COLUMN_COUNT; c++) {
			if (!(class_column_flags[c] & FIELD_REQUIRED))
				check_list(&check, class_columns[c], row->fields[c]);
			else if (row->fields[c][0] == '\0')
				check_fail(&check, "empty %s", class_columns[c]);
		}
		check_class_names(&check, row->fields[CLASS_COLUMN_name], row->fields[CLASS_COLUMN_aliases]);
		data->classes[index] = (struct status_class){ index, row->fields[CLASS_COLUMN_name],
			row->fields[CLASS_COLUMN_aliases], row->fields[CLASS_COLUMN_description] };
		data->class_lines[index] = row->line;
	}
	check.line = 1;
	for (int i = 0; i < STATUS_CLASS_COUNT; i++)
		if (data->class_lines[i] == 0 && i == 0)
			check_fail(&check, "class other is missing");
		else if (data->class_lines[i] == 0)
			check_fail(&check, "class %d is missing", i);
	return check.failed ? -1 : 0;
}

/*
 * Rows go in order of code and sub-status. A sub-status that two products
 * give different meanings (502.5: IIS ARR's and the ASP.NET Core Module's)
 * has one row for each, next to each other, each citing its own product's
 * page; a repeat with the same source is a mistake.
 */
static void check_substatus_order(struct checker *check, const struct substatus *previous,
				  const struct substatus *entry)
{
	if (previous->code > entry->code ||
	    (previous->code == entry->code && previous->substatus > entry->substatus))
		check_fail(check, "%d.%d is out of order after %d.%d", entry->code, entry->substatus,
			   previous->code, previous->substatus);
	else if (previous->code == entry->code && previous->substatus == entry->substatus &&
		 strcmp(previous->source, entry->source) == 0)
		check_fail(check, "%d.%d is repeated with the same source; another product's meaning "
			   "needs its own source", entry->code, entry->substatus);
}

/*
 * Loads iis_substatus.csv: each row a sub-status of a code in the data,
 * in order, with a meaning of one line and an https source.
 */
int dataset_load_substatuses(struct dataset *data, const struct csv_table *table,
			     const char *path, struct diag *diag)
{
	static const char *const columns[] = { SUBSTATUS_COLUMNS(CSV_COLUMN_NAME) };
	struct checker check = { path, diag, 1, 0 };

	if (check_header(&check, &table->rows[0], columns, SUBSTATUS_COLUMN_COUNT) != 0)
		return -1;
	data->substatuses = diag_check_alloc(calloc(table->row_count, sizeof *data->substatuses));
	for (size_t r = 1; r < table->row_count; r++) {
		const struct csv_row *row = &table->rows[r];
		struct substatus *entry = &data->substatuses[data->substatus_count];
		const char *code, *sub;

		if (!check_row(&check, row, SUBSTATUS_COLUMN_COUNT))
			continue;
		code = row->fields[SUBSTATUS_CODE];
		sub = row->fields[SUBSTATUS_NUMBER];
		entry->code = strlen(code) == 3 ? code_parse(code, 3) : -1;
		entry->substatus = substatus_parse(sub, strlen(sub));
		entry->meaning = row->fields[SUBSTATUS_MEANING];
		entry->source = row->fields[SUBSTATUS_SOURCE];
		if (entry->code < 0 || dataset_row_of(data, entry->code) < 0) {
			check_fail(&check, "code '%s' is not a code in the data", code);
			continue;
		}
		if (entry->substatus < 0) {
			check_fail(&check, "substatus '%s' is not one to three digits", sub);
			continue;
		}
		if (entry->meaning[0] == '\0')
			check_fail(&check, "empty meaning");
		else if (utf8_columns(entry->meaning, strlen(entry->meaning)) > SHORT_COLUMNS_MAX)
			check_fail(&check, "meaning is longer than 80 characters: '%s'", entry->meaning);
		if (strncmp(entry->source, "https://", 8) != 0)
			check_fail(&check, "source '%s' is not an https:// URL", entry->source);
		if (data->substatus_count > 0)
			check_substatus_order(&check, entry - 1, entry);
		data->substatus_count++;
	}
	return check.failed ? -1 : 0;
}

void dataset_free(struct dataset *data)
{
	free(data->substatuses);
	free(data->statuses);
	free(data->lines);
	free(data->keys);
	memset(data, 0, sizeof *data);
}
