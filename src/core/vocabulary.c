/*
 * The words of each enumerated field, made from vocabulary.def. The
 * generator reads them and the command line prints them, so both sides agree
 * by construction.
 */

#include "core/vocabulary.h"

#define COUNT(array) ((int)(sizeof(array) / sizeof((array)[0])))

static const char *const kind_words[] = {
#define KIND(ID, word) [KIND_##ID] = word,
#include "core/vocabulary.def"
};

static const char *const redirect_words[] = {
#define REDIRECT(ID, word) [REDIRECT_##ID] = word,
#include "core/vocabulary.def"
};

static const char *const method_words[] = {
#define METHOD(ID, word) [METHOD_##ID] = word,
#include "core/vocabulary.def"
};

static const char *const body_words[] = {
#define BODY(ID, word) [BODY_##ID] = word,
#include "core/vocabulary.def"
};

/* A flag: the word of value 1 means true, every other word false. */
static const char *const cacheable_words[] = {
#define CACHEABLE(ID, word) [CACHEABLE_##ID] = word,
#include "core/vocabulary.def"
};

/* The fields that are not enumerated have the empty vocabulary. */
const struct vocabulary vocabulary_none = { "", NULL, 0 };
#define VOCABULARY(name, label) \
	const struct vocabulary vocabulary_##name = { label, name##_words, COUNT(name##_words) };
#include "core/vocabulary.def"

const char *vocabulary_word(const struct vocabulary *vocabulary, int value)
{
	return vocabulary->words[value];
}
