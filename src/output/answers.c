/*
 * Writing a sequence of answers in the chosen format: text through the
 * caller's renderer, a JSON array (or one object per line in stream mode),
 * TSV rows under a header, or a single field per line for --field. list,
 * class and search write JSON objects of their own between the brackets
 * answers_begin and answers_end put around them.
 */
#include "output/answers.h"
#include "output/render_json.h"

/* TSV and --field have one row per answer whatever the subcommand. */
bool answers_structured(const struct options *options)
{
	return options->field != FIELD_NONE || options->format == FORMAT_TSV;
}

void answers_begin(struct answers *answers)
{
	FILE *out = answers->output->stream;

	answers->count = 0;
	if (answers->options->field != FIELD_NONE)
		return;
	if (answers->options->format == FORMAT_JSON && !answers->ndjson)
		fputc('[', out);
	else if (answers->options->format == FORMAT_TSV)
		fields_write_header(out);
}

static void answers_json(struct answers *answers, const struct answer *answer)
{
	FILE *out = answers->output->stream;

	if (answers->count > 0 && !answers->ndjson)
		fputc(',', out);
	render_json_answer(out, answer);
	if (answers->ndjson)
		fputc('\n', out);
}

void answers_add(struct answers *answers, const struct answer *answer)
{
	FILE *out = answers->output->stream;
	char buffer[FIELD_VALUE_BUFFER];

	if (answers->options->field != FIELD_NONE) {
		field_write_escaped(out, field_value(answers->options->field, answer, buffer));
		fputc('\n', out);
	} else if (answers->options->format == FORMAT_JSON) {
		answers_json(answers, answer);
	} else if (answers->options->format == FORMAT_TSV) {
		fields_write_row(out, answer);
	} else {
		if (answers->count > 0 && answers->blank_between)
			fputc('\n', out);
		answers->text(answers->output, answer);
	}
	answers->count++;
}

void answers_end(struct answers *answers)
{
	if (answers->options->field == FIELD_NONE &&
	    answers->options->format == FORMAT_JSON && !answers->ndjson)
		fputs("]\n", answers->output->stream);
}
