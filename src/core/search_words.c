/*
 * Splitting text into search words and making them standard, the same way
 * for the index the generator builds and for the words a user types: runs
 * of ASCII letters and digits, and of bytes above 127 (so UTF-8 letters
 * stay inside words), lower-cased; a British spelling made American
 * (data/spellings.csv); then stemmed (stem.h). The searched fields come
 * from core/schema.def, plus the situations of data/situations.csv.
 */
#include <stdio.h>
#include <string.h>

#include "core/search_index.h"
#include "core/status.h"
#include "core/stem.h"

/*
 * How much a match in the situations counts, beside the fields of
 * schema.def: as much as the summary, since a situation says in a user's
 * words when the code is the answer.
 */
#define SITUATION_WEIGHT 5

/* The searched fields of schema.def, then the situations: their names, texts and weights. */
const char *search_field_name(enum search_field field)
{
	static const char *const names[] = {
#define SEARCHED(ID, name, weight) [SEARCH_##ID] = #name,
#include "core/schema.def"
		[SEARCH_SITUATIONS] = "situation",
	};

	return names[field];
}

/* A record's text of field; the situations are not in the record, so "". */
const char *search_field_text(const struct status *status, enum search_field field)
{
	switch (field) {
#define SEARCHED(ID, name, weight) case SEARCH_##ID: return status->name;
#include "core/schema.def"
	default: return "";
	}
}

double search_field_weight(enum search_field field)
{
	static const double weights[] = {
#define SEARCHED(ID, name, weight) [SEARCH_##ID] = weight,
#include "core/schema.def"
		[SEARCH_SITUATIONS] = SITUATION_WEIGHT,
	};

	return weights[field];
}

bool search_is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Reads the next word of *text into word and moves *text past it; false at the end. */
bool search_next_word(const char **text, char word[SEARCH_WORD_MAX + 1])
{
	const unsigned char *cursor = (const unsigned char *)*text;
	size_t length = 0;

	while (*cursor != '\0' && !search_is_word_byte(*cursor))
		cursor++;
	if (*cursor == '\0') {
		*text = (const char *)cursor;
		return false;
	}
	for (; search_is_word_byte(*cursor); cursor++) {
		unsigned char c = *cursor;

		if (length < SEARCH_WORD_MAX)
			word[length++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	word[length] = '\0';
	*text = (const char *)cursor;
	return true;
}

/*
 * Words too common to tell records apart, left out of the index and of
 * the user's words alike. "not" is not one: it tells 404 Not Found from
 * 302 Found.
 */
bool search_is_stop_word(const char *word)
{
	static const char stop_words[][5] = {
		"a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have",
		"in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was",
		"were", "with",
	};

	/* None is longer than four letters: most words are rejected by their length. */
	if (strlen(word) > 4)
		return false;
	for (size_t i = 0; i < sizeof stop_words / sizeof stop_words[0]; i++)
		if (word[0] == stop_words[i][0] && strcmp(word, stop_words[i]) == 0)
			return true;
	return false;
}

/*
 * Whether word says "not": "cannot", or the "t" of a contraction split off
 * a word ending in n ("can't", "doesn't"), previous being the word before it
 * ("" for none). The index and the user's words read them alike, so that
 * "cannot be parsed" in the data meets "not parse" typed, and the other way.
 */
bool search_is_negation(const char *word, const char *previous)
{
	size_t length = strlen(previous);

	return strcmp(word, "cannot") == 0 || (strcmp(word, "t") == 0 && length > 0 && previous[length - 1] == 'n');
}

/*
 * Whether a lower-case word reads as a past participle ("deleted",
 * "blocked"): a synonym written so names a state, and the word without its
 * ending ("delete") names the request that leads to it, which must not take
 * the state's meaning although both have one stem. "need" and "speed" are
 * too short before their "ed" to count.
 */
bool search_is_participle(const char *word)
{
	size_t length = strlen(word);

	return length > 4 && strcmp(word + length - 2, "ed") == 0 && word[length - 3] != 'e';
}

/*
 * Copies text into out (size bytes) with every variant of table inside it
 * replaced by its standard spelling, at the longest variant that starts at
 * each place; returns whether anything changed. Text that would not fit is
 * left as it was.
 */
bool search_spell(const struct spelling *table, size_t count, const char *text, char *out,
		  size_t size)
{
	size_t used = 0;
	bool changed = false;

	for (const char *c = text; *c != '\0';) {
		const struct spelling *best = NULL;
		size_t best_length = 0;
		const char *copy = c;
		size_t copy_length = 1;

		for (size_t i = 0; i < count; i++) {
			size_t length;

			if (table[i].variant[0] != *c)
				continue;
			length = strlen(table[i].variant);
			if (length > best_length && strncmp(c, table[i].variant, length) == 0) {
				best = &table[i];
				best_length = length;
			}
		}
		if (best != NULL) {
			copy = best->standard;
			copy_length = strlen(best->standard);
			changed = true;
		}
		if (used + copy_length >= size) {
			snprintf(out, size, "%s", text);
			return false;
		}
		memcpy(out + used, copy, copy_length);
		used += copy_length;
		c += best != NULL ? best_length : 1;
	}
	out[used] = '\0';
	return changed;
}

/* A word (from search_next_word) in the form the index keeps: spelled as the table says, stemmed. */
void search_standard_word(const struct spelling *table, size_t count, const char *word,
			  char standard[SEARCH_WORD_MAX + 1])
{
	if (!search_spell(table, count, word, standard, SEARCH_WORD_MAX + 1))
		memcpy(standard, word, strlen(word) + 1);
	stem_word(standard);
}
