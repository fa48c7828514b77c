/*
 * What annotate and count share: where in a log line the code is
 * (--column N, --key NAME, --log-format NAME), and saying why they found
 * no code, or lines they could not read: what was tried, and what to try
 * instead. A silent "0 total" leaves the user guessing between a wrong
 * field, another layout and compressed data.
 */
#include <err.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "commands/commands.h"
#include "core/exit_status.h"
#include "output/quote.h"

int command_log_format(const struct command_args *args, struct log_format *format,
		       struct json_status_keys *keys, struct log_layout *layout)
{
	static struct json_status_shape json_shape;
	enum log_layout_name name = LOG_LAYOUT_AUTO;

	format->keys = keys;
	/* A shape is for the keys it was learned with: none is kept from a command before. */
	memset(&json_shape, 0, sizeof json_shape);
	format->json_shape = &json_shape;
	format->field = args->log_column;
	format->layout = layout;
	format->at_end = args->at_end;
	json_status_keys_default(keys);
	if (args->json_key != NULL && !json_status_keys_one(keys, args->json_key)) {
		quote_warn("invalid --key '%s' (expected a member name, dotted for nesting: response.status)",
			   args->json_key);
		return EXIT_USAGE;
	}
	if (args->log_format != NULL && !log_layout_parse_name(args->log_format, &name)) {
		quote_warn("invalid --log-format '%s' (expected auto, clf, json, w3c, alb, elb, haproxy or logfmt)",
			   args->log_format);
		return EXIT_USAGE;
	}
	log_layout_init(layout, name);
	return EXIT_ANSWERED;
}

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
