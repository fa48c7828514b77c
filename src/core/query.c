/* Reading a query: a code, a pattern such as 4xx or 40x, or a name. */
#include <string.h>

#include "core/code.h"
#include "core/query.h"

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

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

	if (strlen(text) != 3 || text[0] < '1' || text[0] > '9')
		return false;
	while (fixed < 3 && is_digit(text[fixed]))
		prefix = prefix * 10 + (text[fixed++] - '0');
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

void query_parse(const char *text, struct query *query)
{
	memset(query, 0, sizeof *query);
	query->code = code_parse(text, strlen(text));
	if (query->code >= 0) {
		query->kind = QUERY_CODE;
		query->status = status_by_code(query->code);
		return;
	}
	if (query_parse_pattern(text, query))
		return;
	query->status = status_by_name(text);
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
		found(context, &(struct answer){ status->code, status });
		any = true;
	}
	return any;
}

/*
 * Hands found each answer to one query, in order; false when it matches
 * nothing. A code answers with all its meanings, or only its first
 * (stream mode, where each query gets one line).
 */
bool query_answer(const char *text, bool first_meaning_only, bool all,
		  query_found_function *found, void *context)
{
	struct query query;

	query_parse(text, &query);
	switch (query.kind) {
	case QUERY_CODE:
		if (query.status == NULL)
			found(context, &(struct answer){ query.code, NULL });
		for (const struct status *s = query.status; s != NULL;
		     s = first_meaning_only ? NULL : status_next_meaning(s))
			found(context, &(struct answer){ s->code, s });
		return true;
	case QUERY_NAME:
		found(context, &(struct answer){ query.status->code, query.status });
		return true;
	case QUERY_PATTERN:
		return answer_pattern(&query, all, found, context);
	case QUERY_NONE:
		break;
	}
	return false;
}
