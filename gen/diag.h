/* Error reports of the generator, in the form FILE:LINE: message. */
#ifndef DIAG_H
#define DIAG_H

#include <stddef.h>
#include <stdio.h>

struct diag {
	FILE *stream;		/* where reports go; NULL keeps them quiet */
	int errors;
	char first[512];	/* the first report, for tests */
};

void diag_error(struct diag *diag, const char *path, size_t line,
		const char *format, ...)
	__attribute__((format(printf, 4, 5)));
void *diag_check_alloc(void *pointer);

#endif
