/*
 * Reading a query: a code, a pattern such as 4xx or 40x, or a name; a name
 * in another spelling (unauthorised) or with a word in the plural where the
 * data has the singular, or the reverse, resolves when only one record fits
 * (suggest_resolve_name).
 */
#include <string.h>

#include "core/code.h"
#include "core/name.h"
#include "core/query.h"
#include "core/status_line.h"
#include "core/suggest.h"

static bool is_wildcard(char c)
{
	return c == 'x' || c == 'X';
}

/*
 * A pattern is three characters: a digit from 1 to 9, then digits, then at
 * least one x: 4xx, 40x. The wildcards come last, so x4x is not a pattern.
 */
bool query_parse_pattern(const char *text, struct query *query)
{
	int fixed = 0, prefix = 0;
	size_t length = strlen(text);

	code_trim(&text, &length);
	if (length != 3 || text[0] < '1' || text[0] > '9')
		return false;
	while (fixed < 3 && code_digit(text[fixed]) >= 0)
		prefix = prefix * 10 + code_digit(text[fixed++]);
	if (fixed == 3)
		return false;
	for (int i = fixed; i < 3; i++)
		if (!is_wildcard(text[i]))
			return false;
	query->kind = QUERY_PATTERN;
	query->prefix = prefix;
	query->prefix_digits = fixed;
	query->status = NULL;
	return true;
}

bool query_pattern_matches(const struct query *query, int code)
{
	int divisor = query->prefix_digits == 1 ? 100 : 10;

	return code / divisor == query->prefix;
}

/*
 * A code's list of IIS sub-statuses, 404.x: a code that IIS gives
 * sub-statuses, a dot and an x.
 */
static bool query_parse_substatus_list(const char *text, struct query *query)
{
	size_t length = strlen(text);
	int code;

	code_trim(&text, &length);
	if (length != 5 || text[3] != '.' || !is_wildcard(text[4]) ||
	    (code = code_parse(text, 3)) < 0 || substatus_first(code) == NULL)
		return false;
	query->kind = QUERY_SUBSTATUS_LIST;
	query->code = code;
	query->status = status_by_code(code);
	return true;
}

/*
 * A code token (core/code.h): a code, or a code and an IIS sub-status the
 * data knows; a sub-status it does not know names the code alone.
 */
static bool query_parse_code(const char *text, struct query *query)
{
	struct code_token token;

	if (!code_token_read(text, strlen(text), &token))
		return false;
	query->kind = QUERY_CODE;
	query->code = token.code;
	query->status = status_by_code(token.code);
	if (token.substatus != CODE_NO_SUBSTATUS &&
	    (query->substatus = substatus_find(token.code, token.substatus)) != NULL)
		query->kind = QUERY_SUBSTATUS;
	return true;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * A status line as a query: "HTTP/1.1 404 Not Found" or "HTTP/2 404", as
 * core/status_line.c reads them, or a code and its reason phrase, "404 Not
 * Found". It names the code; the reason phrase, when there is one, is kept
 * so that the answer can say whether it is the registered one.
 */
static bool query_parse_status_line(const char *text, struct query *query)
{
	size_t length = strlen(text), start, end, word;
	struct status_line line;
	struct code_token token;
	int code;

	code_trim(&text, &length);
	if (status_line_parse(text, length, &line)) {
		code = line.code;
		start = line.reason_offset;
		end = start + line.reason_length;
	} else {
		for (word = 0; word < length && !is_blank(text[word]); word++)
			;
		if (word == length || !code_token_read(text, word, &token))
			return false;
		code = token.code;
		for (start = word; start < length && is_blank(text[start]); start++)
			;
		end = length;
	}
	query->kind = QUERY_CODE;
	query->code = code;
	query->status = status_by_code(code);
	query->reason = end > start ? text + start : NULL;
	query->reason_length = end - start;
	return true;
}

/* Whether a status line's reason phrase names its code (a phrase or alias of one of its meanings). */
bool query_reason_matches(const struct query *query)
{
	char reason[NAME_KEY_BUFFER * 4];
	const struct status *named;

	if (query->reason == NULL || query->reason_length >= sizeof reason)
		return query->reason == NULL;
	memcpy(reason, query->reason, query->reason_length);
	reason[query->reason_length] = '\0';
	named = status_by_name(reason);
	return named != NULL && named->code == query->code;
}

void query_parse(const char *text, struct query *query)
{
	memset(query, 0, sizeof *query);
	if (query_parse_code(text, query) || query_parse_substatus_list(text, query))
		return;
	if (query_parse_pattern(text, query) || query_parse_status_line(text, query))
		return;
	query->status = status_by_name(text);
	if (query->status == NULL)
		query->status = suggest_resolve_name(text);
	query->kind = query->status != NULL ? QUERY_NAME : QUERY_NONE;
}

/* A pattern names the listed codes it matches: registered ones, and with all the vendors'. */
static bool answer_pattern(const struct query *query, bool all,
			   query_found_function *found, void *context)
{
	bool any = false;

	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		if (!query_pattern_matches(query, status->code) || !status_listed(status, all))
			continue;
		found(context, &(struct answer){ status->code, status, NULL });
		any = true;
	}
	return any;
}

/*
 * Hands found each answer to one query, in order; false when it matches
 * nothing. A code answers with all its meanings, or only its first
 * (stream mode, where each query gets one line: a list of sub-statuses
 * then answers with its code).
 */
bool query_answer(const char *text, bool first_meaning_only, bool all,
		  query_found_function *found, void *context)
{
	struct query query;

	query_parse(text, &query);
	switch (query.kind) {
	case QUERY_CODE:
		if (query.status == NULL)
			found(context, &(struct answer){ query.code, NULL, NULL });
		for (const struct status *s = query.status; s != NULL;
		     s = first_meaning_only ? NULL : status_next_meaning(s))
			found(context, &(struct answer){ s->code, s, NULL });
		return true;
	case QUERY_NAME:
		/* A name shared by meanings of one code answers with each of them. */
		for (const struct status *s = query.status; s != NULL; s = status_next_meaning(s))
			if (s == query.status || (!first_meaning_only && status_answers_name(s, text)))
				found(context, &(struct answer){ s->code, s, NULL });
		return true;
	case QUERY_PATTERN:
		return answer_pattern(&query, all, found, context);
	case QUERY_SUBSTATUS:
		for (const struct substatus *s = query.substatus; s != NULL;
		     s = first_meaning_only ? NULL : substatus_next_meaning(s))
			found(context, &(struct answer){ query.code, query.status, s });
		return true;
	case QUERY_SUBSTATUS_LIST:
		if (first_meaning_only) {
			found(context, &(struct answer){ query.code, query.status, NULL });
			return true;
		}
		for (const struct substatus *s = substatus_first(query.code); s != NULL;
		     s = substatus_next(s))
			found(context, &(struct answer){ query.code, query.status, s });
		return true;
	case QUERY_NONE:
		break;
	}
	return false;
}
