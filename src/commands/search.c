/* search: records whose text holds every word, best match first. */

#include "commands/commands.h"
#include "core/exit_status.h"
#include "core/search.h"
#include "output/quote.h"

/* A miss names the words searched, as typed: "no status code matches 'zzz plugh'". */
static void search_report_miss(const struct command_args *args)
{
	char words[QUOTE_BUFFER];

	command_join_operands(args, words, sizeof words);
	output_report_miss(args->output, words);
}

int command_search(const struct command_args *args)
{
	static struct search_hit hits[STATUS_ROW_COUNT];
	struct answers answers = { args->output, args->format, TEXT_LINE, false, 0 };
	size_t found = search_run((const char *const *)args->operands, args->count, hits);

	answers_begin(&answers);
	for (size_t i = 0; i < found; i++)
		answers_add_hit(&answers, &hits[i], hits[i].word);
	answers_end(&answers);
	if (found > 0)
		return EXIT_ANSWERED;
	search_report_miss(args);
	return EXIT_NOT_FOUND;
}
