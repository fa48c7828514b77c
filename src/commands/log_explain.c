/*
 * Saying why annotate and count found no code, or lines they could not
 * read: what was tried, and what to try instead. A silent "0 total" leaves
 * the user guessing between a wrong field, another layout and compressed
 * data.
 */
#include <err.h>
#include <inttypes.h>

#include "commands/commands.h"

void command_log_explain_nothing(const struct command_args *args, const struct log_format *format,
				 uint64_t lines)
{
	if (lines == 0 || args->output->quiet)
		return;
	if (format->field > 0)
		warnx("no status code in %" PRIu64 " line%s (tried: field %d, from --column)", lines,
		      lines == 1 ? "" : "s", format->field);
	else
		warnx("no status code in %" PRIu64 " line%s (tried: %s)", lines, lines == 1 ? "" : "s",
		      log_layout_description(format->layout));
	warnx("try --column N, --log-format NAME (%s), --key NAME, or zcat for compressed input",
	      log_layout_names());
}

void command_log_report_input(const char *name, struct log_layout *layout)
{
	if (layout->fields_without_status > 0)
		warnx("%s: a #Fields: line names no sc-status field", name);
	if (layout->mismatched > 0)
		warnx("%s: %" PRIu64 " %s not match --log-format %s", name, layout->mismatched,
		      layout->mismatched == 1 ? "line does" : "lines do", log_layout_name_text(layout->name));
	layout->fields_without_status = 0;
	layout->mismatched = 0;
}
