/*
 * Saying why annotate and count found no code, or lines they could not
 * read: what was tried, and what to try instead. A silent "0 total" leaves
 * the user guessing between a wrong field, another layout and compressed
 * data.
 */
#include <err.h>
#include <inttypes.h>
#include <stdio.h>

#include "commands/commands.h"

void command_log_explain_nothing(const struct command_args *args, const struct log_format *format,
				 uint64_t lines)
{
	char where[32] = "any line";

	if (lines == 0 || args->output->quiet)
		return;
	if (lines != COMMAND_LINES_UNKNOWN)
		snprintf(where, sizeof where, "%" PRIu64 " line%s", lines, lines == 1 ? "" : "s");
	if (format->field > 0)
		warnx("no status code in %s (tried: field %d, from --column)", where, format->field);
	else
		warnx("no status code in %s (tried: %s)", where, log_layout_description(format->layout));
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
