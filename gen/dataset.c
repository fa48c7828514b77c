/*
 * Validation of the CSV rows: every rule of data/README.md is checked here,
 * and each defect is reported as FILE:LINE: message. Rows that pass become
 * gen_status records for the emitter.
 */
#include <stdlib.h>
#include <string.h>

#include "core/code.h"
#include "core/utf8.h"
#include "core/vocabulary.h"
#include "dataset.h"

#define SUMMARY_COLUMNS_MAX 80

enum status_column {
	COLUMN_CODE, COLUMN_PHRASE, COLUMN_KIND, COLUMN_ORIGIN, COLUMN_SUMMARY,
	COLUMN_DESCRIPTION, COLUMN_NOTES, COLUMN_HEADERS, COLUMN_CACHEABLE,
	COLUMN_BODY, COLUMN_REDIRECT, COLUMN_METHOD, COLUMN_ALIASES,
	COLUMN_SEE_ALSO, COLUMN_PYTHON, COLUMN_COUNT = COLUMN_PYTHON + ECOSYSTEM_COUNT,
};

static const char *const status_columns[COLUMN_COUNT] = {
	"code", "phrase", "kind", "origin", "summary", "description", "notes",
	"headers", "cacheable", "body", "redirect", "method", "aliases",
	"see_also", "python", "go", "rust", "java", "dotnet",
};

enum class_column {
	CLASS_COLUMN_CLASS, CLASS_COLUMN_NAME, CLASS_COLUMN_ALIASES,
	CLASS_COLUMN_DESCRIPTION, CLASS_COLUMN_COUNT,
};

static const char *const class_columns[CLASS_COLUMN_COUNT] = {
	"class", "name", "aliases", "description",
};

struct checker {
	const char *path;
	struct diag *diag;
	size_t line;
	int failed;
};

static void fail(struct checker *check, const char *message, const char *value)
{
	diag_error(check->diag, check->path, check->line, message, value);
	check->failed = 1;
}

static int check_header(struct checker *check, const struct csv_row *row,
			const char *const *columns, size_t count)
{
	check->line = row->line;
	if (row->field_count != count) {
		diag_error(check->diag, check->path, row->line,
			   "header has %zu columns, expected %zu", row->field_count, count);
		return -1;
	}
	for (size_t i = 0; i < count; i++) {
		if (strcmp(row->fields[i], columns[i]) != 0) {
			diag_error(check->diag, check->path, row->line,
				   "header column %zu is '%s', expected '%s'",
				   i + 1, row->fields[i], columns[i]);
			return -1;
		}
	}
	return 0;
}


static void require_text(struct checker *check, const char *column, const char *value)
{
	if (value[0] == '\0')
		fail(check, "empty %s", column);
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
			fail(check, "empty or padded item in %s", column);
			return;
		}
		if (item[length] == '\0')
			return;
		item += length + 1;
	}
}

static void check_identifier(struct checker *check, const char *column, const char *value)
{
	if (strspn(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
	    != strlen(value))
		fail(check, "%s constant is not an identifier", column);
}

static int parse_word(struct checker *check, const char *column,
		      int (*lookup)(const char *), const char *word)
{
	int value = lookup(word);

	if (value < 0) {
		char message[160];

		snprintf(message, sizeof message, "unknown %s '%%s'", column);
		fail(check, message, word);
		return 0;
	}
	return value;
}

static int yes_no(const char *word)
{
	if (strcmp(word, "yes") == 0)
		return 1;
	return strcmp(word, "no") == 0 ? 0 : -1;
}

static int allowed_forbidden(const char *word)
{
	if (strcmp(word, "allowed") == 0)
		return 1;
	return strcmp(word, "forbidden") == 0 ? 0 : -1;
}

/* A repeated code is a vendor's further meaning: adjacent, unofficial, its own origin. */
static void check_repeat(struct checker *check, const struct dataset *data,
			 const struct gen_status *status)
{
	const struct gen_status *first = NULL;
	char message[160];

	for (size_t i = 0; i < data->status_count; i++) {
		if (data->statuses[i].code != status->code)
			continue;
		if (first == NULL)
			first = &data->statuses[i];
		if (strcmp(data->statuses[i].origin, status->origin) == 0 ||
		    status->kind != KIND_UNOFFICIAL) {
			snprintf(message, sizeof message,
				 "duplicate code %d (first at line %zu); a further meaning must be unofficial with its own origin",
				 status->code, first->line);
			fail(check, "%s", message);
			return;
		}
	}
	if (data->status_count > 0) {
		const struct gen_status *previous = &data->statuses[data->status_count - 1];

		if (previous->code > status->code) {
			snprintf(message, sizeof message,
				 "code %d is out of order after %d; sort rows by code",
				 status->code, previous->code);
			fail(check, "%s", message);
		}
	}
}

static void check_redirect(struct checker *check, const struct gen_status *status)
{
	if ((status->redirect == REDIRECT_NONE) != (status->method == METHOD_NONE))
		fail(check, "%s", "redirect and method must be given together");
	else if (status->redirect != REDIRECT_NONE && status->code / 100 != 3)
		fail(check, "%s", "redirect and method are for 3xx codes only");
}

static void read_status_row(struct checker *check, const struct dataset *data,
			    char **field, struct gen_status *status)
{
	status->code = code_parse(field[COLUMN_CODE], strlen(field[COLUMN_CODE]));
	if (status->code < 0)
		fail(check, "code '%s' is not three digits from 100 to 999", field[COLUMN_CODE]);
	status->phrase = field[COLUMN_PHRASE];
	status->origin = field[COLUMN_ORIGIN];
	status->summary = field[COLUMN_SUMMARY];
	status->description = field[COLUMN_DESCRIPTION];
	status->notes = field[COLUMN_NOTES];
	status->headers = field[COLUMN_HEADERS];
	status->aliases = field[COLUMN_ALIASES];
	status->see_also = field[COLUMN_SEE_ALSO];
	status->kind = (enum status_kind)parse_word(check, "kind", vocabulary_kind, field[COLUMN_KIND]);
	status->cacheable = parse_word(check, "cacheable value", yes_no, field[COLUMN_CACHEABLE]);
	status->body_allowed = parse_word(check, "body value", allowed_forbidden, field[COLUMN_BODY]);
	status->redirect = (enum status_redirect)parse_word(check, "redirect", vocabulary_redirect,
							   field[COLUMN_REDIRECT]);
	status->method = (enum status_method)parse_word(check, "method", vocabulary_method,
						       field[COLUMN_METHOD]);
	for (int e = 0; e < ECOSYSTEM_COUNT; e++) {
		status->constant[e] = field[COLUMN_PYTHON + e];
		check_identifier(check, ecosystems[e].field, status->constant[e]);
	}
	require_text(check, "phrase", status->phrase);
	require_text(check, "origin", status->origin);
	require_text(check, "summary", status->summary);
	require_text(check, "description", status->description);
	require_text(check, "notes", status->notes);
	if (utf8_columns(status->summary, strlen(status->summary)) > SUMMARY_COLUMNS_MAX)
		fail(check, "summary is longer than 80 characters: '%s'", status->summary);
	check_list(check, "headers", status->headers);
	check_list(check, "aliases", status->aliases);
	check_list(check, "see_also", status->see_also);
	/* An unknown redirect or method word has been reported already. */
	if (vocabulary_redirect(field[COLUMN_REDIRECT]) >= 0 &&
	    vocabulary_method(field[COLUMN_METHOD]) >= 0)
		check_redirect(check, status);
	if (status->code >= 0)
		check_repeat(check, data, status);
}

static int has_code(const struct dataset *data, int code)
{
	for (size_t i = 0; i < data->status_count; i++)
		if (data->statuses[i].code == code)
			return 1;
	return 0;
}

static void check_see_also(struct checker *check, const struct dataset *data,
			   const struct gen_status *status)
{
	const char *item = status->see_also;
	char code_text[8];

	check->line = status->line;
	while (item[0] != '\0') {
		size_t length = strcspn(item, ";");

		int code = code_parse(item, length);

		snprintf(code_text, sizeof code_text, "%.*s",
			 (int)(length < 7 ? length : 7), item);
		if (code < 0 || !has_code(data, code))
			fail(check, "see_also names '%s', which is not a code in the data", code_text);
		item += length + (item[length] == ';');
	}
}

static void add_key(struct checker *check, struct dataset *data, size_t row,
		    const char *name, size_t length)
{
	struct gen_key *key;
	char message[200];

	data->keys = realloc(data->keys, (data->key_count + 1) * sizeof *data->keys);
	if (data->keys == NULL) {
		perror("httpstatus-gen");
		exit(1);
	}
	key = &data->keys[data->key_count];
	key->row = row;
	if (name_key(name, length, key->key, sizeof key->key) == 0) {
		snprintf(message, sizeof message,
			 "name '%.*s' gives no lookup key (no letters or digits, or over %d)",
			 (int)length, name, NAME_KEY_MAX);
		fail(check, "%s", message);
		return;
	}
	data->key_count++;
}

/* The keys of a row: its phrase, its aliases without their notes, its constants. */
static void add_row_keys(struct checker *check, struct dataset *data, size_t row)
{
	const struct gen_status *status = &data->statuses[row];
	const char *alias = status->aliases;
	char qualified[NAME_KEY_BUFFER * 2];

	/* A registry placeholder such as "(Unused)" names nothing, and an empty
	 * phrase has already been reported. */
	check->line = status->line;
	if (status->phrase[0] != '(' && status->phrase[0] != '\0')
		add_key(check, data, row, status->phrase, strlen(status->phrase));
	while (alias[0] != '\0') {
		size_t length = strcspn(alias, ";");
		const char *note = memchr(alias, '(', length);

		add_key(check, data, row, alias, note != NULL ? (size_t)(note - alias) : length);
		alias += length + (alias[length] == ';');
	}
	for (int e = 0; e < ECOSYSTEM_COUNT; e++) {
		if (status->constant[e][0] == '\0')
			continue;
		snprintf(qualified, sizeof qualified, "%s%s", ecosystems[e].qualifier,
			 status->constant[e]);
		add_key(check, data, row, qualified, strlen(qualified));
	}
}

static int compare_keys(const void *a, const void *b)
{
	const struct gen_key *left = a, *right = b;
	int order = strcmp(left->key, right->key);

	if (order != 0)
		return order;
	return (left->row > right->row) - (left->row < right->row);
}

/* Sorts the keys, drops a row's repeats of its own key, and rejects shared keys. */
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
			const struct gen_status *owner = &data->statuses[data->keys[kept - 1].row];
			char message[200];

			if (data->keys[kept - 1].row == key->row)
				continue;
			check->line = data->statuses[key->row].line;
			snprintf(message, sizeof message,
				 "lookup key '%s' is already claimed by %d %s at line %zu",
				 key->key, owner->code, owner->phrase, owner->line);
			fail(check, "%s", message);
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

	if (check_header(&check, &table->rows[0], status_columns, COLUMN_COUNT) != 0)
		return -1;
	if (table->row_count < 2) {
		diag_error(diag, path, 2, "no data rows after the header");
		return -1;
	}
	data->statuses = calloc(table->row_count, sizeof *data->statuses);
	if (data->statuses == NULL) {
		perror("httpstatus-gen");
		exit(1);
	}
	for (size_t r = 1; r < table->row_count; r++) {
		const struct csv_row *row = &table->rows[r];
		struct gen_status *status = &data->statuses[data->status_count];

		check.line = row->line;
		status->line = row->line;
		if (row->field_count != COLUMN_COUNT) {
			diag_error(diag, path, row->line, "expected %d fields, found %zu",
				   COLUMN_COUNT, row->field_count);
			check.failed = 1;
			continue;
		}
		read_status_row(&check, data, row->fields, status);
		data->status_count++;
	}
	for (size_t i = 0; i < data->status_count; i++) {
		check_see_also(&check, data, &data->statuses[i]);
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

		check.line = row->line;
		if (row->field_count != CLASS_COLUMN_COUNT) {
			diag_error(diag, path, row->line, "expected %d fields, found %zu",
				   CLASS_COLUMN_COUNT, row->field_count);
			check.failed = 1;
			continue;
		}
		digit = row->fields[CLASS_COLUMN_CLASS];
		index = strcmp(digit, "other") == 0 ? 0
			: (strlen(digit) == 1 && digit[0] >= '1' && digit[0] <= '5') ? digit[0] - '0' : -1;
		if (index < 0 || data->classes[index].line != 0) {
			fail(&check, index < 0 ? "unknown class '%s'; expected 1 to 5 or other"
					       : "class '%s' given twice", digit);
			continue;
		}
		require_text(&check, "name", row->fields[CLASS_COLUMN_NAME]);
		require_text(&check, "description", row->fields[CLASS_COLUMN_DESCRIPTION]);
		check_list(&check, "aliases", row->fields[CLASS_COLUMN_ALIASES]);
		data->classes[index] = (struct gen_class){
			row->line, row->fields[CLASS_COLUMN_NAME],
			row->fields[CLASS_COLUMN_ALIASES], row->fields[CLASS_COLUMN_DESCRIPTION],
		};
	}
	for (int i = 0; i < STATUS_CLASS_COUNT; i++) {
		if (data->classes[i].line == 0) {
			if (i == 0)
				diag_error(diag, path, 1, "class other is missing");
			else
				diag_error(diag, path, 1, "class %d is missing", i);
			check.failed = 1;
		}
	}
	return check.failed ? -1 : 0;
}

void dataset_free(struct dataset *data)
{
	free(data->statuses);
	free(data->keys);
	memset(data, 0, sizeof *data);
}
