/* What annotate and count share: where in a log line the code is (--field N, --key NAME). */
#include <stdlib.h>

#include "commands/commands.h"
#include "core/exit_status.h"
#include "output/quote.h"

/* --field N is a field number from 1; 0 when not given, -1 when not a number in range. */
static int log_field_number(const char *argument)
{
	char *end;
	long number;

	if (argument == NULL)
		return 0;
	number = strtol(argument, &end, 10);
	if (*end != '\0' || end == argument || number < 1 || number > 1000)
		return -1;
	return (int)number;
}

int command_log_format(const struct command_args *args, const char *name,
		       struct log_format *format, struct json_status_keys *keys)
{
	format->keys = keys;
	format->field = log_field_number(args->log_field);
	if (format->field < 0) {
		char message[128];

		snprintf(message, sizeof message,
			 "invalid --field '%%s' for %s (expected a field number from 1 to 1000)", name);
		quote_warn(message, args->log_field);
		return EXIT_USAGE;
	}
	json_status_keys_default(keys);
	if (args->json_key != NULL && !json_status_keys_one(keys, args->json_key)) {
		quote_warn("invalid --key '%s' (expected a member name, dotted for nesting: response.status)",
			   args->json_key);
		return EXIT_USAGE;
	}
	return EXIT_ANSWERED;
}
