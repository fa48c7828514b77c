/* Reading a query: a code, a status line, a pattern such as 4xx or 40x, or a name. */
#ifndef QUERY_H
#define QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "core/status.h"
#include "core/substatus.h"

enum query_kind {
	QUERY_CODE,		/* three digits: 404, or 298 with no record */
	QUERY_PATTERN,		/* 4xx, 40x */
	QUERY_NAME,		/* a phrase, alias or constant */
	QUERY_SUBSTATUS,	/* an IIS sub-status: 404.13 */
	QUERY_SUBSTATUS_LIST,	/* a code's IIS sub-statuses: 404.x */
	QUERY_NONE,		/* matches nothing */
};

struct query {
	enum query_kind kind;
	int code;			/* QUERY_CODE */
	int prefix;			/* QUERY_PATTERN: the fixed leading digits, 40 for 40x */
	int prefix_digits;		/* QUERY_PATTERN: how many digits are fixed */
	const struct status *status;	/* QUERY_CODE and QUERY_NAME: the first meaning, or NULL */
	const struct substatus *substatus;	/* QUERY_SUBSTATUS: the sub-status, or NULL */
	const char *reason;		/* QUERY_CODE from a status line: its reason phrase, or NULL */
	size_t reason_length;
};

void query_parse(const char *text, struct query *query);
bool query_parse_pattern(const char *text, struct query *query);
bool query_pattern_matches(const struct query *query, int code);
bool query_reason_matches(const struct query *query);

typedef void query_found_function(void *context, const struct answer *answer);
bool query_answer(const char *text, bool first_meaning_only, bool all,
		  query_found_function *found, void *context);

#endif
