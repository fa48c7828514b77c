/*
 * libFuzzer harness: query parsing and lookup by code, pattern, name, class
 * and topic, suggestions, and quoting for messages, whose output must be
 * safe to print.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/choose.h"
#include "core/name.h"
#include "core/query.h"
#include "core/suggest.h"
#include "output/quote.h"
#include "core/status.h"
#include "core/utf8.h"

/* The quoted text is valid UTF-8 with no control, C1 or bidi control in it. */
static void check_quoted(const char *quoted)
{
	size_t length = strlen(quoted);
	const unsigned char *s = (const unsigned char *)quoted;

	if (length >= QUOTE_BUFFER || utf8_invalid_at(quoted, length) != length)
		abort();
	for (size_t i = 0; i < length; i++) {
		if (s[i] < 0x20 || s[i] == 0x7F)
			abort();
		if (s[i] == 0xC2 && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F)
			abort();
		if (s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] >= 0xAA && s[i + 2] <= 0xAE)
			abort();
		if (s[i] == 0xE2 && s[i + 1] == 0x81 && s[i + 2] >= 0xA6 && s[i + 2] <= 0xA9)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	char quoted[QUOTE_BUFFER];
	const struct status *found[SUGGEST_MAX];
	struct query query;

	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	query_parse(text, &query);
	query_reason_matches(&query);
	/* A name is found only from bytes that names may hold, once the blanks around it are gone. */
	if (query.kind == QUERY_NAME && name_invalid_at(query.text, strlen(query.text)) != strlen(query.text))
		abort();
	if (query.kind == QUERY_PATTERN)
		for (int code = STATUS_CODE_MIN; code <= STATUS_CODE_MAX; code++)
			query_pattern_matches(&query, code);
	status_class_by_name(text);
	choose_topic(text);
	if (suggest_for_query(text, found) > SUGGEST_MAX)
		abort();
	check_quoted(quote_for_message(text, quoted));
	check_quoted(quote_bytes_for_message((const char *)data, size, quoted));
	free(text);
	return 0;
}
