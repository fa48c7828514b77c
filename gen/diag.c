/* Error reports of the generator, in the form FILE:LINE: message. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"

void diag_error(struct diag *diag, const char *path, size_t line,
		const char *format, ...)
{
	char message[400];
	va_list args;

	va_start(args, format);
	vsnprintf(message, sizeof message, format, args);
	va_end(args);
	if (diag->errors == 0)
		snprintf(diag->first, sizeof diag->first, "%s:%zu: %s",
			 path, line, message);
	diag->errors++;
	if (diag->stream != NULL)
		fprintf(diag->stream, "%s:%zu: %s\n", path, line, message);
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
