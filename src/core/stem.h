/*
 * A light English stemmer: steps 1 and 5 of Porter's algorithm (1980),
 * which take off inflections (plurals, -ed, -ing, a final -e) and leave
 * derivations alone: redirects, redirected and redirecting all become
 * "redirect", limited and limiting "limit", expired and expires "expir",
 * but "authorization" stays apart from "authorize", and "https" from "http"
 * (a final s goes only after a vowel, as in Porter's later stemmer). The generator stems the
 * index with it and search stems the user's words with it, so both sides
 * meet on the same stems.
 */
#ifndef STEM_H
#define STEM_H

#include <stddef.h>

size_t stem_word(char *word);

#endif
