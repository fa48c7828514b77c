/*
 * libFuzzer harness: the response-head reader and the status line parser
 * under it. The form is detected from the input as stream mode will; the
 * reports must be the same whether the input comes whole, cut once where
 * the first byte says, or one byte at a time, and each report's parts
 * must lie inside its status line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "blocks.h"
#include "filters/heads.h"

static struct heads heads;

static void report(void *context, const struct heads_response *response)
{
	const struct status_line *status = &response->status;

	if (response->line_length > LINE_CAP ||
	    status->reason_offset + status->reason_length > response->line_length ||
	    status->version_offset + status->version_length > response->line_length ||
	    status->code < 0 || status->code > 999 ||
	    (response->location == NULL && response->location_length != 0) ||
	    response->location_length > LINE_CAP)
		abort();
	fprintf(context, "%d %.*s -> %.*s%d\n", status->code, (int)response->line_length,
		response->line, (int)response->location_length,
		response->location != NULL ? response->location : "", response->location_cut);
}

static void feed_heads(const char *bytes, size_t length)
{
	heads_feed(&heads, bytes, length);
}

static char *read_heads(const uint8_t *data, size_t size, size_t cut, size_t block,
			size_t *length)
{
	char *text;
	FILE *out = memory_output_open(&text, length);
	enum heads_form form = heads_detect((const char *)data + 1, size - 1, true);

	/* Undetected input is read as plain heads too, to reach more states. */
	heads_init(&heads, form == HEADS_VERBOSE ? HEADS_VERBOSE : HEADS_PLAIN, report, out);
	feed_in_blocks(feed_heads, data, 1, size, cut, block);
	heads_finish(&heads);
	memory_output_close(out);
	return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t cut, in_blocks_length, bytewise_length;
	char *in_blocks, *bytewise;
	struct status_line line;

	if (size < 1)
		return 0;
	/* The parser alone, on the whole input as one line. */
	if (status_line_parse((const char *)data, size, &line) &&
	    (line.reason_offset + line.reason_length > size || line.code > 999))
		abort();
	/* Detection must not change its answer once it has decided. */
	for (size_t prefix = 0; prefix < size && prefix < 64; prefix++) {
		enum heads_form early = heads_detect((const char *)data + 1, prefix, false);

		if (early != HEADS_UNDECIDED &&
		    early != heads_detect((const char *)data + 1, size - 1, true))
			abort();
	}
	cut = 1 + data[0] % size;
	in_blocks = read_heads(data, size, cut, SIZE_MAX, &in_blocks_length);
	bytewise = read_heads(data, size, cut, 1, &bytewise_length);
	require_same_output(in_blocks, in_blocks_length, bytewise, bytewise_length);
	return 0;
}
