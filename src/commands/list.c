/* list: every code, one per line, or those matching the patterns given. */
#include <err.h>

#include "commands/commands.h"
#include "commands/exit_status.h"
#include "output/json.h"
#include "core/query.h"
#include "output/render.h"
#include "core/vocabulary.h"

#define PATTERNS_MAX 64

static bool list_wants(const struct options *options, const struct query *patterns,
		       int pattern_count, bool *matched, const struct status *status)
{
	bool wanted = pattern_count == 0;

	if (!status_is_registered(status) && !options->all)
		return false;
	for (int p = 0; p < pattern_count; p++) {
		if (query_pattern_matches(&patterns[p], status->code)) {
			matched[p] = true;
			wanted = true;
		}
	}
	return wanted;
}

static void list_entry(struct answers *answers, const struct status *status, bool first)
{
	FILE *out = answers->output->stream;

	if (answers_structured(answers->options)) {
		answers_add(answers, &(struct answer){ status->code, status, NULL });
		return;
	}
	if (answers->options->format == FORMAT_TEXT) {
		render_name(answers->output, status);
		fputc('\n', out);
		return;
	}
	fprintf(out, "%s{\"code\":%d,\"phrase\":", first ? "" : ",", status->code);
	json_string(out, status->phrase);
	fprintf(out, ",\"kind\":\"%s\",\"origin\":", vocabulary_word(&vocabulary_kind, status->kind));
	json_string(out, status->origin);
	fputs(",\"summary\":", out);
	json_string(out, status->summary);
	fputc('}', out);
}

int command_list(const struct options *options, const struct output *output,
		 int count, char **operands)
{
	struct query patterns[PATTERNS_MAX];
	bool matched[PATTERNS_MAX] = { false };
	struct answers answers = { options, output, NULL, false, false, 0 };
	int status = EXIT_ANSWERED, listed = 0;

	if (count > PATTERNS_MAX) {
		warnx("too many patterns (at most %d)", PATTERNS_MAX);
		options_usage(stderr);
		return EXIT_USAGE;
	}
	for (int p = 0; p < count; p++) {
		if (!query_parse_pattern(operands[p], &patterns[p]))
			return options_usage_error("invalid pattern '%s' (expected a class such as 4xx or 40x)",
						   operands[p]);
	}
	answers_begin(&answers);
	for (size_t i = 0; i < status_count; i++)
		if (list_wants(options, patterns, count, matched, &status_table[i]))
			list_entry(&answers, &status_table[i], listed++ == 0);
	answers_end(&answers);
	for (int p = 0; p < count; p++) {
		if (!matched[p]) {
			command_report_miss(options, operands[p]);
			status = EXIT_NOT_FOUND;
		}
	}
	return status;
}
