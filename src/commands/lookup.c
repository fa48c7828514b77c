/*
 * The bare form (httpstatus 404) and explain: each query is answered by
 * the records it names, one line each or the whole entry. A status line
 * ("HTTP/1.1 200 Alright") answers as its code, and says so when its
 * reason phrase is not the registered one. A person reading text sees
 * every meaning of a shared code; a script gets one record a query.
 */
#include <err.h>
#include <string.h>

#include "commands/commands.h"
#include "commands/queries.h"
#include "core/exit_status.h"

struct lookup {
	struct answers answers;
	bool all;
	bool begun;		/* answers_begin has been called */
	bool unwritten;		/* a query none of whose records had the --field asked for */
};

/*
 * The answers (TSV's header) begin at the first query, not before stdin is
 * read: an empty pipe is a usage error, which writes nothing on stdout.
 */
static void lookup_begin(struct lookup *lookup)
{
	if (!lookup->begun)
		answers_begin(&lookup->answers);
	lookup->begun = true;
}

static bool answer(void *context, const struct query *query)
{
	struct lookup *lookup = context;
	int count, unwritten;
	bool answered;

	lookup_begin(lookup);
	count = lookup->answers.count;
	unwritten = lookup->answers.unwritten;
	answered = answers_query(&lookup->answers, query,
				      answers_query_flags(&lookup->answers, lookup->all));

	/* --field example where none of the query's records has one: nothing answered it. */
	if (lookup->answers.unwritten - unwritten == lookup->answers.count - count &&
	    lookup->answers.count > count)
		lookup->unwritten = true;
	return answered;
}

/* A script keeps its records in line with its queries: a miss has its record too. */
static void missed(void *context, const char *text)
{
	struct answers *answers = &((struct lookup *)context)->answers;

	lookup_begin(context);
	if (answers->format.format != FORMAT_TEXT || answers->format.field != FIELD_NONE)
		answers_add_miss(answers, text, strlen(text));
}

static int answer_all(const struct command_args *args, enum answer_text text)
{
	struct lookup lookup = { { args->output, args->format, text, false, 0, 0 }, args->all, false, false };
	struct query_reader reader = { args->output, answer, missed, &lookup, 0 };
	int exit_status;

	exit_status = queries_read(&reader, args);
	if (lookup.unwritten && exit_status == EXIT_ANSWERED)
		exit_status = EXIT_NOT_FOUND;
	/* explain with an empty pipe has no more to explain than with no operand. */
	if (reader.queries == 0 && exit_status == EXIT_ANSWERED) {
		warnx("%s needs an operand", text == TEXT_ENTRY ? "explain" : "httpstatus");
		return EXIT_USAGE;
	}
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
