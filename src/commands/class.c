/* class: what a class means, and its members. */
#include "commands/commands.h"
#include "commands/exit_status.h"
#include "output/json.h"
#include "output/render.h"
#include "output/wrap.h"

static bool class_member(const struct options *options, const struct status_class *class,
			 const struct status *status)
{
	if (!status_is_registered(status) && !options->all)
		return false;
	return status_class_of(status->code) == class;
}

static void class_text(const struct options *options, const struct output *output,
		       const struct status_class *class)
{
	char label[CLASS_LABEL_BUFFER];

	output_style(output, STYLE_BOLD);
	fputs(render_class_label(class, label), output->stream);
	output_style(output, STYLE_RESET);
	fputc('\n', output->stream);
	wrap_paragraphs(output->stream, class->description, 2, output->width);
	fputc('\n', output->stream);
	for (size_t i = 0; i < status_count; i++) {
		if (!class_member(options, class, &status_table[i]))
			continue;
		fputs("  ", output->stream);
		render_name(output, &status_table[i]);
		fputc('\n', output->stream);
	}
}

static void class_json(const struct options *options, FILE *out, const struct status_class *class)
{
	bool first = true;

	if (class->digit == 0)
		fputs("{\"class\":null,\"name\":", out);
	else
		fprintf(out, "{\"class\":\"%dxx\",\"name\":", class->digit);
	json_string(out, class->name);
	fputs(",\"description\":", out);
	json_string(out, class->description);
	fputs(",\"members\":[", out);
	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		if (!class_member(options, class, status))
			continue;
		fprintf(out, "%s{\"code\":%d,\"phrase\":", first ? "" : ",", status->code);
		json_string(out, status->phrase);
		fputs(",\"origin\":", out);
		json_string(out, status->origin);
		fputc('}', out);
		first = false;
	}
	fputs("]}", out);
}

/* TSV and --field list the members of every class asked for, as answers. */
static void class_members(struct answers *answers, const struct status_class *class)
{
	for (size_t i = 0; i < status_count; i++)
		if (class_member(answers->options, class, &status_table[i]))
			answers_add(answers, &(struct answer){ status_table[i].code, &status_table[i], NULL });
}

static void class_show(struct answers *answers, const struct status_class *class, int shown)
{
	const struct options *options = answers->options;

	if (answers_structured(options)) {
		class_members(answers, class);
		return;
	}
	if (shown > 0)
		fputs(options->format == FORMAT_JSON ? "," : "\n", answers->output->stream);
	if (options->format == FORMAT_JSON)
		class_json(options, answers->output->stream, class);
	else
		class_text(options, answers->output, class);
}

int command_class(const struct options *options, const struct output *output,
		  int count, char **operands)
{
	struct answers answers = { options, output, NULL, false, false, 0 };
	int status = EXIT_ANSWERED, shown = 0;

	answers_begin(&answers);
	for (int i = 0; i < count; i++) {
		const struct status_class *class = status_class_by_name(operands[i]);

		if (class == NULL) {
			command_report_miss(options, operands[i]);
			status = EXIT_NOT_FOUND;
			continue;
		}
		class_show(&answers, class, shown++);
	}
	answers_end(&answers);
	return status;
}
