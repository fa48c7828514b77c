/*
 * search: the records that score for the words, best first (core/search.c).
 * A terminal is shown the best SEARCH_TERMINAL_LIMIT unless --limit says
 * otherwise; a pipe gets every hit, so scripts see the whole ranking.
 */
#include <stdint.h>

#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/search.h"
#include "output/quote.h"
#include "output/render.h"

#define SEARCH_TERMINAL_LIMIT 10

/* A miss names the words searched, as typed: "no status code matches 'zzz plugh'". */
static void search_report_miss(const struct command_args *args)
{
	char words[QUOTE_BUFFER];

	command_join_operands(args, words, sizeof words);
	output_report_miss(args->output, words);
}

/* How many hits to show: --limit, else the terminal's share; 0 for all. */
static size_t search_limit(const struct command_args *args)
{
	if (args->limit >= 0)
		return (size_t)args->limit;
	return args->output->is_terminal ? SEARCH_TERMINAL_LIMIT : 0;
}

int command_search(const struct command_args *args)
{
	/* On a page of their own: a pipe's hundred hits then touch one page, not two. */
	static _Alignas(4096) struct search_hit hits[STATUS_ROW_COUNT];
	struct answers answers = { args->output, args->format, TEXT_LINE, false, 0, 0 };
	struct search_query_facts facts;
	size_t limit = search_limit(args);
	bool text = args->format.format == FORMAT_TEXT && args->format.field == FIELD_NONE;
	/* TSV and --field show the records only: nothing to place. */
	bool records_only = args->format.field != FIELD_NONE || args->format.format == FORMAT_TSV;
	/* Only what is shown is put in order, and at least two: the verdict weighs the first against the next. */
	size_t ordered = limit == 0 ? SIZE_MAX : limit < 2 ? 2 : limit;
	size_t found = search_run((const char *const *)args->operands, args->count, ordered,
				  records_only ? 0 : ordered, hits, &facts);
	size_t shown = limit == 0 || limit > found ? found : limit;

	if (found == 0) {
		search_report_miss(args);
		return EXIT_NOT_FOUND;
	}
	if (text && facts.question && search_clear_winner(hits, found))
		render_search_verdict(args->output, hits, found);
	answers_begin(&answers);
	for (size_t i = 0; i < shown; i++)
		answers_add_hit(&answers, &hits[i]);
	if (text && shown < found && args->output->is_terminal)
		render_search_more(args->output, found - shown);
	return EXIT_ANSWERED;
}
