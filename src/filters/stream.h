/*
 * Splitting stream mode's input into queries: words separated by white
 * space (the space of core/code.h's token rule), fed in blocks of any
 * size. A push splitter: each query goes to a callback as it ends.
 */
#ifndef STREAM_H
#define STREAM_H

#include <stdbool.h>
#include <stddef.h>

/* No query is longer; a longer word is handed on by its start, marked cut. */
#define QUERY_MAX 255

/*
 * A query, and the byte after it: '\n' at a line's end (then the query may
 * be empty: a line ends after a blank), '\0' at the input's end. Queries of
 * one line may be one query together ("not found").
 */
typedef void stream_query_function(void *context, const char *query, size_t length, bool cut,
				   char separator);

struct stream_splitter {
	stream_query_function *found;
	void *context;
	size_t length;		/* of the query begun in an earlier block */
	bool cut;
	char query[QUERY_MAX + 1];	/* room for a NUL after it */
};

void stream_splitter_init(struct stream_splitter *splitter, stream_query_function *found,
			  void *context);

/* Whether a query has begun and not yet ended. */
static inline bool stream_splitter_between(const struct stream_splitter *splitter)
{
	return splitter->length == 0 && !splitter->cut;
}

/*
 * Reads the bytes from cursor on up to the end of the next query (handed
 * on, with the separator after it read too) or to end; returns where it
 * stopped.
 */
const char *stream_split_next(struct stream_splitter *splitter, const char *cursor,
			      const char *end);

/* Hands on the last query, if the input ended inside one. */
void stream_split_end(struct stream_splitter *splitter);

#endif
