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
/* A check of one file: the line being checked is the line its reports name. */
struct checker {
	const char *path;
	struct diag *diag;
	size_t line;
	int failed;
};

void check_fail(struct checker *check, const char *format, ...)
	__attribute__((format(printf, 2, 3)));
void *diag_check_alloc(void *pointer);

#endif
