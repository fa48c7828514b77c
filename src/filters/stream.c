/* Splitting stream mode's input into queries: see stream.h. */
#include "filters/stream.h"

#include <string.h>

#include "core/code.h"

void stream_splitter_init(struct stream_splitter *splitter, stream_query_function *found,
			  void *context)
{
	splitter->found = found;
	splitter->context = context;
	splitter->length = 0;
	splitter->cut = false;
}

static void hand_on(struct stream_splitter *splitter, const char *query, size_t length, char separator)
{
	if (length > 0 || splitter->cut || separator == '\n' || separator == '\0')
		splitter->found(splitter->context, query, length, splitter->cut, separator);
	splitter->length = 0;
	splitter->cut = false;
}

const char *stream_split_next(struct stream_splitter *splitter, const char *cursor,
			      const char *end)
{
	const char *start = cursor;
	size_t length, room;

	while (cursor < end && !code_is_space(*cursor))
		cursor++;
	length = (size_t)(cursor - start);
	if (cursor < end && splitter->length == 0 && !splitter->cut && length <= QUERY_MAX) {
		/* A query whole in the block, as most are: handed on where it is. */
		if (length > 0 || *cursor == '\n')
			splitter->found(splitter->context, start, length, false, *cursor);
		return cursor + 1;
	}
	room = QUERY_MAX - splitter->length;
	if (length > room) {
		length = room;
		splitter->cut = true;
	}
	memcpy(splitter->query + splitter->length, start, length);
	splitter->length += length;
	if (cursor == end)
		return end;
	hand_on(splitter, splitter->query, splitter->length, *cursor);
	return cursor + 1;
}

void stream_split_end(struct stream_splitter *splitter)
{
	hand_on(splitter, splitter->query, splitter->length, '\0');
}
