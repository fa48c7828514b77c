/* The generator's reports, FILE:LINE: message, with cells quoted as the binary quotes input. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "diag.h"

static void report(struct diag *diag, const char *path, size_t line, const char *format, va_list args)
{
	char raw[400], message[400];

	vsnprintf(raw, sizeof raw, format, args);
	utf8_quote(raw, strlen(raw), message, sizeof message);
	if (diag->errors == 0)
		snprintf(diag->first, sizeof diag->first, "%s:%zu: %s",
			 path, line, message);
	diag->errors++;
	if (diag->stream != NULL)
		fprintf(diag->stream, "%s:%zu: %s\n", path, line, message);
}

void diag_error(struct diag *diag, const char *path, size_t line,
		const char *format, ...)
{
	va_list args;

	va_start(args, format);
	report(diag, path, line, format, args);
	va_end(args);
}

void check_fail(struct checker *check, const char *format, ...)
{
	va_list args;

	va_start(args, format);
	report(check->diag, check->path, check->line, format, args);
	va_end(args);
	check->failed = 1;
}

/* Returns pointer, the result of an allocation; without memory the generator stops. */
void *diag_check_alloc(void *pointer)
{
	if (pointer == NULL) {
		perror("httpstatus-gen");
		exit(1);
	}
	return pointer;
}
