/*
 * libFuzzer harness: the log layouts. The input's lines are read as one
 * log, its layout detected from them (or, with the first byte's low three
 * bits, named); every code found must lie inside its line and be a code
 * token (core/code.h), and every time read must format back to a date of
 * the proleptic calendar, so no line makes either read past its end.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/code.h"
#include "core/timestamp.h"
#include "filters/log_layout.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct log_layout layout;
	struct log_location found;
	const char *cursor, *end;
	char text[21];

	if (size < 1)
		return 0;
	log_layout_init(&layout, (enum log_layout_name)(data[0] % LOG_LAYOUT_COUNT));
	cursor = (const char *)data + 1;
	end = (const char *)data + size;
	while (cursor < end) {
		const char *newline = memchr(cursor, '\n', (size_t)(end - cursor));
		size_t length = (size_t)((newline != NULL ? newline : end) - cursor);
		/* A copy of exactly the line, so that a read past it is caught. */
		char *line = malloc(length > 0 ? length : 1);
		struct code_token token;
		int64_t seconds;

		memcpy(line, cursor, length);
		if (log_layout_locate(&layout, line, length, &found) == LOG_LINE_CODE &&
		    (found.code_offset + found.code_length > length ||
		     !code_token_read(line + found.code_offset, found.code_length, &token)))
			abort();
		if (log_layout_time(&layout, line, length, &seconds))
			timestamp_format(seconds, text);
		free(line);
		cursor += length + 1;
	}
	return 0;
}
