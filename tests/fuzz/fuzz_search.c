/* libFuzzer harness: full-text search with up to eight words from the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/search.h"

#define WORDS_MAX 8

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct search_hit hits[STATUS_ROW_COUNT];
	char *text = malloc(size + 1), *cursor, *words[WORDS_MAX];
	int count = 0;

	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	for (cursor = strtok(text, " \n"); cursor != NULL && count < WORDS_MAX;
	     cursor = strtok(NULL, " \n"))
		words[count++] = cursor;
	if (count > 0)
		search_run((const char *const *)words, count, SIZE_MAX, SIZE_MAX, hits, NULL);
	free(text);
	return 0;
}
