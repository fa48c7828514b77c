/* Reading the queries of the bare form, explain and compare, from the operands or stdin. */
#ifndef QUERIES_H
#define QUERIES_H

#include <stdbool.h>

#include "core/query.h"
#include "output/output.h"

struct command_args;

/* What is done with each query read. */
struct query_reader {
	const struct output *output;
	/* Answers a query that names something; false when it has no answer after all. */
	bool (*answer)(void *context, const struct query *query);
	/* Records a query that named nothing (it has been reported on stderr). */
	void (*missed)(void *context, const char *text);
	void *context;
	size_t queries;		/* how many were read */
};

bool queries_from_stdin(const struct command_args *args);
int queries_read(struct query_reader *reader, const struct command_args *args);

#endif
