/* What annotate and count share: where in a log line the code is (--column N, --key NAME). */
#include "commands/commands.h"
#include "core/exit_status.h"
#include "output/quote.h"

int command_log_format(const struct command_args *args, struct log_format *format,
		       struct json_status_keys *keys)
{
	format->keys = keys;
	format->field = args->log_column;
	json_status_keys_default(keys);
	if (args->json_key != NULL && !json_status_keys_one(keys, args->json_key)) {
		quote_warn("invalid --key '%s' (expected a member name, dotted for nesting: response.status)",
			   args->json_key);
		return EXIT_USAGE;
	}
	return EXIT_ANSWERED;
}
