/*
 * Lines from blocks of any size: the one line assembler of count,
 * annotate and response heads. Lines end at LF. A line up to LINE_CAP
 * bytes comes whole, wherever the reads cut it; a longer one comes as its
 * first LINE_CAP bytes (its head, to be judged by) and then the rest in
 * pieces (to be copied, never judged), so the same bytes give the same
 * lines whatever the read sizes.
 */
#ifndef LINES_H
#define LINES_H

#include <stdbool.h>
#include <stddef.h>

#define LINE_CAP (1 << 16)

struct line {
	const char *text;	/* without its LF */
	size_t length;
	bool cut;		/* the head of a line longer than LINE_CAP */
	bool rest;		/* bytes of such a line after its head */
	bool ended;		/* an LF ended it */
	bool in_place;		/* text lies in the block being read, not in a copy */
};

struct line_reader {
	size_t held;		/* bytes of a line begun in an earlier block */
	bool in_rest;		/* the bytes that come belong to a line already cut */
	char copy[LINE_CAP];
};

void line_reader_init(struct line_reader *reader);

/*
 * The next line or piece from the bytes at *cursor up to end, moving
 * *cursor past it; false when they are used up without one ending (the
 * start of a line is then held for the next block).
 */
bool line_next(struct line_reader *reader, const char **cursor, const char *end,
	       struct line *line);

/* At the end of the input: the last line, held without its LF; false if there is none. */
bool line_last(struct line_reader *reader, struct line *line);

#endif
