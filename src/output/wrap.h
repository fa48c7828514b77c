/* Word wrapping of the data's text to the output width. */
#ifndef WRAP_H
#define WRAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct span {
	const char *start;
	size_t length;
};

bool wrap_next_line(struct span *rest, size_t width, struct span *line);
bool wrap_next_paragraph(struct span *rest, struct span *paragraph);
void wrap_paragraphs(FILE *out, const char *text, size_t indent, size_t width);
void wrap_hanging(FILE *out, const char *text, size_t column, size_t indent, size_t width);

#endif
