/*
 * The status code records compiled from the CSV files in data/, and lookup by code and
 * by name. The tables themselves are generated into build/generated/status_data.c.
 */
#ifndef STATUS_H
#define STATUS_H

#include <stdbool.h>
#include <stddef.h>

enum status_kind {
	KIND_STANDARD,
	KIND_DEPRECATED,
	KIND_OBSOLETE,
	KIND_UNUSED,
	KIND_UNOFFICIAL,
};

enum status_redirect {
	REDIRECT_NONE,
	REDIRECT_PERMANENT,
	REDIRECT_TEMPORARY,
};

enum status_method {
	METHOD_NONE,
	METHOD_KEEP,
	METHOD_POST_TO_GET,
	METHOD_GET,
};

/* The languages whose constant for each code the data records. */
enum ecosystem {
	ECOSYSTEM_PYTHON,
	ECOSYSTEM_GO,
	ECOSYSTEM_RUST,
	ECOSYSTEM_JAVA,
	ECOSYSTEM_DOTNET,
	ECOSYSTEM_COUNT,
};

struct ecosystem_info {
	const char *language;	/* "Python" */
	const char *field;	/* the CSV column and JSON member: "python" */
	const char *qualifier;	/* written before the constant: "HTTPStatus." */
};

/* One meaning of one code. List fields hold items separated by ';'. */
struct status {
	short code;
	unsigned char kind;
	unsigned char redirect;
	unsigned char method;
	bool cacheable;
	bool body_allowed;
	const char *phrase;
	const char *origin;
	const char *summary;
	const char *description;
	const char *notes;
	const char *headers;
	const char *aliases;
	const char *see_also;
	const char *constant[ECOSYSTEM_COUNT];
};

/* Class 1 to 5; class 0 holds the codes outside 100-599. */
struct status_class {
	int digit;
	const char *name;
	const char *aliases;
	const char *description;
};

#define STATUS_CODE_MIN 100
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
const struct status *status_next_meaning(const struct status *status);
const struct status_class *status_class_of(int code);
const struct status *status_fallback(int code);
const struct status_class *status_class_by_name(const char *name);
bool status_code_is_http(int code);

#endif
