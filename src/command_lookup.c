/*
 * The bare form (httpstatus 404) and explain: each query is answered by
 * every record it names, one line each or the whole entry.
 */
#include <err.h>

#include "commands.h"
#include "exit_status.h"
#include "query.h"
#include "quote.h"
#include "render.h"
#include "render_json.h"

struct renderer {
	void (*status)(const struct output *output, const struct status *status);
	void (*unknown)(const struct output *output, int code);
	bool blank_between;	/* whole entries are easier to read apart */
};

/* Separates answers: a comma in JSON, an empty line between whole entries. */
struct answer_list {
	const struct options *options;
	const struct output *output;
	const struct renderer *renderer;
	int answers;
};

static void answer_begin(struct answer_list *list)
{
	if (list->answers > 0) {
		if (list->options->json)
			fputc(',', list->output->stream);
		else if (list->renderer->blank_between)
			fputc('\n', list->output->stream);
	}
	list->answers++;
}

static void answer_status(struct answer_list *list, const struct status *status)
{
	answer_begin(list);
	if (list->options->json)
		render_json_status(list->output->stream, status);
	else
		list->renderer->status(list->output, status);
}

static void answer_unknown(struct answer_list *list, int code)
{
	answer_begin(list);
	if (list->options->json)
		render_json_unknown(list->output->stream, code);
	else
		list->renderer->unknown(list->output, code);
}

/* A pattern matches registered codes, and with --all the vendors' too. */
static bool answer_pattern(struct answer_list *list, const struct query *query)
{
	bool found = false;

	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		if (!query_pattern_matches(query, status->code) ||
		    (status->kind == KIND_UNOFFICIAL && !list->options->all))
			continue;
		answer_status(list, status);
		found = true;
	}
	return found;
}

static bool answer_query(struct answer_list *list, const char *text)
{
	struct query query;

	query_parse(text, &query);
	switch (query.kind) {
	case QUERY_CODE:
		if (query.status == NULL) {
			answer_unknown(list, query.code);
			return true;
		}
		for (const struct status *s = query.status; s != NULL; s = status_next_meaning(s))
			answer_status(list, s);
		return true;
	case QUERY_NAME:
		answer_status(list, query.status);
		return true;
	case QUERY_PATTERN:
		return answer_pattern(list, &query);
	case QUERY_NONE:
		break;
	}
	return false;
}

void command_report_miss(const char *query)
{
	char quoted[QUOTE_BUFFER];

	warnx("no status code matches '%s'", quote_for_message(query, quoted));
}

static int answer_all(const struct options *options, const struct output *output,
		      const struct renderer *renderer, int count, char **operands)
{
	struct answer_list list = { options, output, renderer, 0 };
	int status = EXIT_ANSWERED;

	if (options->json)
		fputc('[', output->stream);
	for (int i = 0; i < count; i++) {
		if (!answer_query(&list, operands[i])) {
			command_report_miss(operands[i]);
			status = EXIT_NOT_FOUND;
		}
	}
	if (options->json)
		fputs("]\n", output->stream);
	return status;
}

int command_lookup(const struct options *options, const struct output *output,
		   int count, char **operands)
{
	static const struct renderer line = { render_line, render_unknown_line, false };

	return answer_all(options, output, &line, count, operands);
}

int command_explain(const struct options *options, const struct output *output,
		    int count, char **operands)
{
	static const struct renderer entry = { render_explain, render_unknown_explain, true };

	return answer_all(options, output, &entry, count, operands);
}
