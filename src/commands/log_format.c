/*
 * What annotate and count share: where in a log line the code is
 * (--column N, --key NAME, --log-format NAME).
 */
#include "commands/commands.h"
#include "core/exit_status.h"
#include "output/quote.h"

int command_log_format(const struct command_args *args, struct log_format *format,
		       struct json_status_keys *keys, struct log_layout *layout)
{
	enum log_layout_name name = LOG_LAYOUT_AUTO;

	format->keys = keys;
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
