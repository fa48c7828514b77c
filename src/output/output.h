/* Where answers are written: the stream, its width and whether to colour. */
#ifndef OUTPUT_H
#define OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/status.h"

enum color_mode {
	COLOR_AUTO,
	COLOR_ALWAYS,
	COLOR_NEVER,
};

struct output {
	FILE *stream;
	size_t width;
	bool color;
	bool is_terminal;
	bool quiet;		/* -q: the stream discards, and misses are not reported */
};

/* SGR parameters for the styles the renderers use. */
#define STYLE_BOLD "1"
#define STYLE_DIM "2"
#define STYLE_MATCH "1;4"
#define STYLE_RESET "0"

FILE *output_stdout(void);
void output_stderr(void);
void output_open(struct output *output, FILE *stream, enum color_mode mode);
FILE *output_discard(void);
bool output_close(FILE *stream);
void output_style(const struct output *output, const char *style);
void output_class_style(const struct output *output, int code);
void output_heading(const struct output *output, const char *title);
void output_report_miss(const struct output *output, const char *query);
void output_report_miss_bytes(const struct output *output, const char *query, size_t length);

#define OUTPUT_SUGGESTION_BUFFER 512
/* "403 Forbidden", "401 Unauthorized or 403 Forbidden", "A, B or C": what a miss may have meant. */
const char *output_suggestion(const struct status *const *found, size_t count,
			      char buffer[OUTPUT_SUGGESTION_BUFFER]);

#endif
