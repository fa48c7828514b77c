/* The words of each enumerated field (vocabulary.def), both ways. */
#ifndef VOCABULARY_H
#define VOCABULARY_H

#include "core/status.h"

struct vocabulary {
	const char *label;	/* what the generator's messages call a word of it */
	const char *const *words;	/* by value, as the CSV, TSV and JSON write them: "post-to-get" */
	int count;
};

extern const struct vocabulary vocabulary_none;
#define VOCABULARY(name, label) extern const struct vocabulary vocabulary_##name;
#include "core/vocabulary.def"

const char *vocabulary_word(const struct vocabulary *vocabulary, int value);

#endif
