/* libFuzzer harness: query parsing and lookup by code, pattern, name, class and topic, and suggestions. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/choose.h"
#include "core/query.h"
#include "core/suggest.h"
#include "output/quote.h"
#include "core/status.h"

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
	if (query.kind == QUERY_PATTERN)
		for (int code = STATUS_CODE_MIN; code <= STATUS_CODE_MAX; code++)
			query_pattern_matches(&query, code);
	status_class_by_name(text);
	choose_topic(text);
	if (suggest_for_query(text, found) > SUGGEST_MAX)
		abort();
	quote_for_message(text, quoted);
	free(text);
	return 0;
}
