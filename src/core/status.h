/*
 * The status code records compiled from the CSV files in data/, and lookup by code and
 * by name. The tables themselves are generated into build/generated/status_data.c.
 */
#ifndef STATUS_H
#define STATUS_H

#include <stdbool.h>
#include <stddef.h>

/* The enumerated fields' values, from vocabulary.def. */
enum status_kind {
#define KIND(ID, word) KIND_##ID,
#include "core/vocabulary.def"
};

enum status_redirect {
#define REDIRECT(ID, word) REDIRECT_##ID,
#include "core/vocabulary.def"
};

enum status_method {
#define METHOD(ID, word) METHOD_##ID,
#include "core/vocabulary.def"
};

enum status_body {
#define BODY(ID, word) BODY_##ID,
#include "core/vocabulary.def"
};

enum status_cacheable {
#define CACHEABLE(ID, word) CACHEABLE_##ID,
#include "core/vocabulary.def"
};

/* The languages whose constant for each code the data records, from schema.def. */
enum ecosystem {
#define CONSTANT(ID, name, language, qualifier, help) ECOSYSTEM_##ID,
#include "core/schema.def"
	ECOSYSTEM_COUNT,
};

struct ecosystem_info {
	const char *language;	/* as explain names it */
	const char *qualifier;	/* written before the constant */
};

/* The C type of a column of each schema.def type. */
#define STATUS_MEMBER_CODE(name) short name;
#define STATUS_MEMBER_TEXT(name) const char *name;
#define STATUS_MEMBER_LIST(name) const char *name;
#define STATUS_MEMBER_CODES(name) const char *name;
#define STATUS_MEMBER_HEAD(name) const char *name;
#define STATUS_MEMBER_ENUM(name) unsigned char name;
#define STATUS_MEMBER_FLAG(name) unsigned char name;	/* its word's value; 1 is true */
#define STATUS_MEMBER(name, type, vocabulary, flags, help) STATUS_MEMBER_##type(name)

/*
 * One meaning of one code: a member for each column of schema.def. List
 * fields hold items separated by ';'; constant[] holds each ecosystem's
 * first name, without its qualifier, and constant_cell[] the whole cell:
 * every name with its note ("CONTENT_TOO_LARGE (3.13+);REQUEST_ENTITY_TOO_LARGE
 * (before 3.13)").
 */
struct status {
#define FIELD STATUS_MEMBER
#include "core/schema.def"
	const char *constant[ECOSYSTEM_COUNT];
	const char *constant_cell[ECOSYSTEM_COUNT];
};

struct substatus;

/*
 * What a query finds: a record, or a well-formed code with none (status
 * NULL); an IIS sub-status query (404.13) also names its sub-status.
 */
struct answer {
	int code;
	const struct status *status;
	const struct substatus *substatus;
};

/* Class 1 to 5; class 0 holds the codes outside 100-599. */
struct status_class {
	int digit;
	const char *name;
	const char *aliases;
	const char *description;
};

/* The tables indexed by code start at CODE_NO_RESPONSE (0, written 000). */
#define STATUS_CODE_MIN 0
#define STATUS_CODE_MAX 999
#define STATUS_CLASS_COUNT 6

extern const struct status status_table[];
extern const size_t status_count;
extern const struct status_class status_classes[STATUS_CLASS_COUNT];
extern const struct ecosystem_info ecosystems[ECOSYSTEM_COUNT];
/* The first row of each code, by code - STATUS_CODE_MIN; -1 for none. */
extern const short status_code_index[STATUS_CODE_MAX - STATUS_CODE_MIN + 1];

const struct status *status_by_code(int code);
const struct status *status_by_name(const char *name);
const struct status *status_by_exact_name(const char *name);
bool status_has_constant(const struct status *status, int ecosystem, const char *name);
const struct status *status_next_meaning(const struct status *status);
const struct status_class *status_class_of(int code);
const struct status *status_fallback(int code);
const struct status_class *status_class_by_name(const char *name);
bool status_code_is_http(int code);
bool status_answers_name(const struct status *status, const char *name);

/* A code of the IANA registry (temporary ones too); not a vendor's code or 000. */
static inline bool status_is_registered(const struct status *status)
{
	return status->kind != KIND_UNOFFICIAL && status->kind != KIND_PSEUDO;
}

bool status_listed(const struct status *status, bool all);

#endif
