/*
 * Splitting text into search words: runs of ASCII letters and digits, and
 * of bytes above 127 (so UTF-8 letters stay inside words), lower-cased.
 * The generator indexes the data with this function and search splits the
 * user's words with it, so both sides cut text the same way. The searched
 * fields come from core/schema.def.
 */
#include "core/search_index.h"
#include "core/status.h"

/* The searched fields of schema.def: their names, texts and weights. */
const char *search_field_name(enum search_field field)
{
	static const char *const names[] = {
#define SEARCHED(ID, name, weight) [SEARCH_##ID] = #name,
#include "core/schema.def"
	};

	return names[field];
}

const char *search_field_text(const struct status *status, enum search_field field)
{
	switch (field) {
#define SEARCHED(ID, name, weight) case SEARCH_##ID: return status->name;
#include "core/schema.def"
	default: return "";
	}
}

int search_field_weight(enum search_field field)
{
	static const int weights[] = {
#define SEARCHED(ID, name, weight) [SEARCH_##ID] = weight,
#include "core/schema.def"
	};

	return weights[field];
}

static bool is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Reads the next word of *text into word and moves *text past it; false at the end. */
bool search_next_word(const char **text, char word[SEARCH_WORD_MAX + 1])
{
	const unsigned char *cursor = (const unsigned char *)*text;
	size_t length = 0;

	while (*cursor != '\0' && !is_word_byte(*cursor))
		cursor++;
	if (*cursor == '\0') {
		*text = (const char *)cursor;
		return false;
	}
	for (; is_word_byte(*cursor); cursor++) {
		unsigned char c = *cursor;

		if (length < SEARCH_WORD_MAX)
			word[length++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	word[length] = '\0';
	*text = (const char *)cursor;
	return true;
}
