/*
 * The bare form (httpstatus 404) and explain: each query is answered by
 * every record it names, one line each or the whole entry.
 */
#include <err.h>

#include "output/answers.h"
#include "commands/commands.h"
#include "commands/exit_status.h"
#include "core/query.h"
#include "output/quote.h"
#include "output/render.h"

/* A pattern matches registered codes, and with --all the vendors' too. */
static bool answer_pattern(struct answers *answers, const struct query *query)
{
	bool found = false;

	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		if (!query_pattern_matches(query, status->code) ||
		    (!status_is_registered(status) && !answers->options->all))
			continue;
		answers_add(answers, &(struct answer){ status->code, status, NULL });
		found = true;
	}
	return found;
}

/*
 * Answers one query; false when it matches nothing. A code answers with
 * all its meanings, except in stream mode, where each query gets one line.
 */
bool command_answer_query(struct answers *answers, const char *text, bool first_meaning_only)
{
	struct query query;

	query_parse(text, &query);
	switch (query.kind) {
	case QUERY_CODE:
		if (query.status == NULL)
			answers_add(answers, &(struct answer){ query.code, NULL, NULL });
		for (const struct status *s = query.status; s != NULL;
		     s = first_meaning_only ? NULL : status_next_meaning(s))
			answers_add(answers, &(struct answer){ s->code, s, NULL });
		return true;
	case QUERY_NAME:
		/* A name shared by meanings of one code answers with each of them. */
		for (const struct status *s = query.status; s != NULL; s = status_next_meaning(s))
			if (s == query.status || (!first_meaning_only && status_answers_name(s, text)))
				answers_add(answers, &(struct answer){ s->code, s, NULL });
		return true;
	case QUERY_PATTERN:
		return answer_pattern(answers, &query);
	case QUERY_SUBSTATUS:
		answers_add(answers, &(struct answer){ query.code, query.status, query.substatus });
		return true;
	case QUERY_SUBSTATUS_LIST:
		for (const struct substatus *s = substatus_first(query.code); s != NULL;
		     s = substatus_next(s))
			answers_add(answers, &(struct answer){ query.code, query.status, s });
		return true;
	case QUERY_NONE:
		break;
	}
	return false;
}

void command_report_miss(const struct options *options, const char *query)
{
	char quoted[QUOTE_BUFFER];

	if (!options->quiet)
		warnx("no status code matches '%s'", quote_for_message(query, quoted));
}

static int answer_all(struct answers *answers, int count, char **operands)
{
	int status = EXIT_ANSWERED;

	answers_begin(answers);
	for (int i = 0; i < count; i++) {
		if (!command_answer_query(answers, operands[i], false)) {
			command_report_miss(answers->options, operands[i]);
			status = EXIT_NOT_FOUND;
		}
	}
	answers_end(answers);
	return status;
}

int command_lookup(const struct options *options, const struct output *output,
		   int count, char **operands)
{
	struct answers answers = { options, output, render_answer_line, false, false, 0 };

	return answer_all(&answers, count, operands);
}

int command_explain(const struct options *options, const struct output *output,
		    int count, char **operands)
{
	struct answers answers = { options, output, render_answer_explain, true, false, 0 };

	return answer_all(&answers, count, operands);
}
