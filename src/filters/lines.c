/* Lines from blocks of any size: see lines.h. */
#include "filters/lines.h"

#include <string.h>

#include "compat/mem.h"

void line_reader_init(struct line_reader *reader)
{
	reader->held = 0;
	reader->in_rest = false;
}

bool line_next(struct line_reader *reader, const char **cursor, const char *end,
	       struct line *line)
{
	const char *start = *cursor, *newline;
	size_t piece, room;

	if (start == end)
		return false;
	newline = mem_find(start, end, '\n');
	piece = (size_t)(newline - start);
	*line = (struct line){ .text = start, .length = piece, .ended = newline < end,
			       .in_place = true };
	if (reader->in_rest) {
		line->rest = true;
		reader->in_rest = !line->ended;
		*cursor = line->ended ? newline + 1 : end;
		return true;
	}
	room = LINE_CAP - reader->held;
	if (piece > room) {
		/* Longer than the cap: its head now, the rest in pieces. */
		line->cut = true;
		line->ended = false;
		line->length = LINE_CAP;
		if (reader->held > 0) {
			memcpy(reader->copy + reader->held, start, room);
			line->text = reader->copy;
			line->in_place = false;
		}
		reader->held = 0;
		reader->in_rest = true;
		*cursor = start + room;
		return true;
	}
	if (reader->held == 0 && line->ended) {
		*cursor = newline + 1;
		return true;
	}
	memcpy(reader->copy + reader->held, start, piece);
	reader->held += piece;
	if (!line->ended) {
		*cursor = end;
		return false;
	}
	*line = (struct line){ .text = reader->copy, .length = reader->held, .ended = true };
	reader->held = 0;
	*cursor = newline + 1;
	return true;
}

bool line_last(struct line_reader *reader, struct line *line)
{
	bool held = reader->held > 0;

	*line = (struct line){ .text = reader->copy, .length = reader->held };
	line_reader_init(reader);
	return held;
}
