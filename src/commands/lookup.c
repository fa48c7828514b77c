/*
 * The bare form (httpstatus 404) and explain: each query is answered by
 * every record it names, one line each or the whole entry. A status line
 * ("HTTP/1.1 200 Alright") answers as its code, and says so when its
 * reason phrase is not the registered one.
 */
#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/query.h"

/* A status line with a reason phrase: its answers carry the phrase, and text notes a different one. */
struct given {
	struct answers *answers;
	const struct query *query;
	bool matches;
};

static void found_given(void *context, const struct answer *answer)
{
	struct given *given = context;

	answers_add_given(given->answers, answer, given->query->reason, given->query->reason_length,
			  given->matches);
}

static bool answer_given(struct answers *answers, const char *text, const struct query *query)
{
	struct given given = { answers, query, query_reason_matches(query) };

	query_answer(text, false, false, found_given, &given);
	if (!given.matches)
		answers_note_given(answers, query->status, query->reason, query->reason_length);
	return true;
}

static int answer_all(const struct command_args *args, enum answer_text text)
{
	struct answers answers = { args->output, args->format, text, false, 0, 0 };
	int exit_status = EXIT_ANSWERED;

	answers_begin(&answers);
	for (int i = 0; i < args->count; i++) {
		struct query query;
		bool answered;
		int count = answers.count, unwritten = answers.unwritten;

		query_parse(args->operands[i], &query);
		if (query.reason != NULL)
			answered = answer_given(&answers, args->operands[i], &query);
		else
			answered = query_answer(args->operands[i], false, args->all, answers_found, &answers);
		if (!answered) {
			output_report_miss_suggesting(args->output, args->operands[i]);
			exit_status = EXIT_NOT_FOUND;
		}
		/* --field example where none of the query's records has one: nothing answered it. */
		if (answers.unwritten - unwritten == answers.count - count && answers.count > count)
			exit_status = EXIT_NOT_FOUND;
	}
	answers_end(&answers);
	return exit_status;
}

int command_lookup(const struct command_args *args)
{
	return answer_all(args, TEXT_LINE);
}

int command_explain(const struct command_args *args)
{
	return answer_all(args, TEXT_ENTRY);
}
