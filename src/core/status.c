/*
 * Lookup of status records by code and by name. Codes index a direct table;
 * names go through the gperf perfect hash generated from the CSV. Neither
 * allocates nor touches a file: every table is in the binary, compiled
 * here from the generated sources.
 */
#include <string.h>

#include "core/name.h"
#include "core/status.h"
#include "status_data.c"
#include "status_names.c"

/*
 * Prefixes that constants and libraries put before a name: Go's Status,
 * Java's SC_, Django's HTTP_, and the qualified forms of the ecosystem
 * constants. A key that misses is tried again without each of them.
 */
static const char *const name_prefixes[] = {
	"httpservletresponsesc", "httpservletresponse", "httpstatuscode",
	"statuscode", "httpstatus", "status", "http", "sc",
};

static const struct status *status_by_key(const char *key, size_t length)
{
	const struct status_name *found = status_names_lookup(key, length);

	return found != NULL ? &status_table[found->row] : NULL;
}

/* Tries key with each ecosystem's qualifier in front, for bare constants like "RedirectKeepVerb". */
static const struct status *status_by_bare_constant(const char *key, size_t length)
{
	char qualified[NAME_KEY_BUFFER * 2];

	for (int e = 0; e < ECOSYSTEM_COUNT; e++) {
		size_t prefix = name_key(ecosystems[e].qualifier, strlen(ecosystems[e].qualifier),
					 qualified, sizeof qualified);
		const struct status *status;

		if (prefix + length >= sizeof qualified)
			continue;
		memcpy(qualified + prefix, key, length + 1);
		status = status_by_key(qualified, prefix + length);
		if (status != NULL)
			return status;
	}
	return NULL;
}

const struct status *status_by_code(int code)
{
	if (code < STATUS_CODE_MIN || code > STATUS_CODE_MAX || status_code_index[code - STATUS_CODE_MIN] < 0)
		return NULL;
	return &status_table[status_code_index[code - STATUS_CODE_MIN]];
}

/* Finds a status by a key of the data as it is: a phrase, an alias or a qualified constant. */
const struct status *status_by_exact_name(const char *name)
{
	char key[NAME_KEY_BUFFER];
	size_t length = name_key(name, strlen(name), key, sizeof key);

	return length == 0 ? NULL : status_by_key(key, length);
}

/* Finds a status by phrase, alias or constant, ignoring case, spaces and punctuation. */
const struct status *status_by_name(const char *name)
{
	char key[NAME_KEY_BUFFER];
	size_t length = name_key(name, strlen(name), key, sizeof key);
	const struct status *status;

	if (length == 0)
		return NULL;
	status = status_by_key(key, length);
	for (size_t i = 0; status == NULL && i < sizeof name_prefixes / sizeof name_prefixes[0]; i++) {
		size_t prefix = strlen(name_prefixes[i]);

		if (length > prefix && memcmp(key, name_prefixes[i], prefix) == 0)
			status = status_by_key(key + prefix, length - prefix);
	}
	if (status == NULL)
		status = status_by_bare_constant(key, length);
	return status;
}

/* Whether key is the key of one of list's names, each without its note ("Name (note)"). */
static bool key_in_list(const char *key, const char *list)
{
	char item_key[NAME_KEY_BUFFER];
	const char *item;
	size_t length;

	while (name_list_next(&list, &item, &length))
		if (name_key(item, name_without_note(item, length), item_key, sizeof item_key) > 0 &&
		    strcmp(item_key, key) == 0)
			return true;
	return false;
}

/*
 * Whether name is the record's phrase or one of its aliases. Rows of one
 * code may share a name (Shopify's 423 and WebDAV's are both Locked): the
 * lookup table finds the first, and this tells which others it names too.
 */
bool status_answers_name(const struct status *status, const char *name)
{
	char key[NAME_KEY_BUFFER], phrase_key[NAME_KEY_BUFFER];

	if (name_key(name, strlen(name), key, sizeof key) == 0)
		return false;
	if (name_key(status->phrase, strlen(status->phrase), phrase_key, sizeof phrase_key) > 0 &&
	    strcmp(phrase_key, key) == 0)
		return true;
	return key_in_list(key, status->aliases);
}

/* Whether name, without its qualifier, is one of the record's constants in the ecosystem. */
bool status_has_constant(const struct status *status, int ecosystem, const char *name)
{
	char key[NAME_KEY_BUFFER];

	if (name_key(name, strlen(name), key, sizeof key) == 0)
		return false;
	return key_in_list(key, status->constant_cell[ecosystem]);
}

/* Returns the next meaning of the same code (a vendor's), or NULL. */
const struct status *status_next_meaning(const struct status *status)
{
	const struct status *next = status + 1;

	if ((size_t)(next - status_table) >= status_count || next->code != status->code)
		return NULL;
	return next;
}

bool status_code_is_http(int code)
{
	return code >= 100 && code <= 599;
}

const struct status_class *status_class_of(int code)
{
	return &status_classes[status_code_is_http(code) ? code / 100 : 0];
}

/*
 * What a client makes of a code it does not know (RFC 9110, Section 15):
 * the x00 code of its class, and 500 for a code outside 100-599.
 */
const struct status *status_fallback(int code)
{
	return status_by_code(status_code_is_http(code) ? code / 100 * 100 : 500);
}

/* Finds a class by digit ("4"), pattern ("4xx"), name or alias ("client error"). */
const struct status_class *status_class_by_name(const char *name)
{
	char key[NAME_KEY_BUFFER];

	if (name_key(name, strlen(name), key, sizeof key) == 0)
		return NULL;
	for (int digit = 0; digit < STATUS_CLASS_COUNT; digit++) {
		const struct status_class *class = &status_classes[digit];
		char class_key[NAME_KEY_BUFFER];

		name_key(class->name, strlen(class->name), class_key, sizeof class_key);
		if (strcmp(key, class_key) == 0 || key_in_list(key, class->aliases))
			return class;
		if (digit > 0 && key[0] == '0' + digit &&
		    (key[1] == '\0' || strcmp(key + 1, "xx") == 0))
			return class;
	}
	return NULL;
}

/* Lists, patterns and classes hide a vendor's code and 000 unless --all asks for them. */
bool status_listed(const struct status *status, bool all)
{
	return all || status_is_registered(status);
}
