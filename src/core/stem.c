/*
 * Porter's steps 1a, 1b, 1c, 5a and 5b (stem.h), on a lower-case ASCII
 * word in place. A word with a digit or a byte outside a-z is left as it
 * is: its letters are not English inflections.
 */
#include <stdbool.h>
#include <string.h>

#include "core/stem.h"

/* Whether word[i] is a consonant: y is one unless it follows a consonant. */
static bool is_consonant(const char *word, size_t i)
{
	switch (word[i]) {
	case 'a': case 'e': case 'i': case 'o': case 'u':
		return false;
	case 'y':
		return i == 0 || !is_consonant(word, i - 1);
	default:
		return true;
	}
}

/* Porter's measure m of word[0 .. length): how many vowel-consonant runs. */
static size_t measure(const char *word, size_t length)
{
	size_t i = 0, m = 0;

	while (i < length && is_consonant(word, i))
		i++;
	while (i < length) {
		while (i < length && !is_consonant(word, i))
			i++;
		if (i == length)
			break;
		while (i < length && is_consonant(word, i))
			i++;
		m++;
	}
	return m;
}

static bool has_vowel(const char *word, size_t length)
{
	for (size_t i = 0; i < length; i++)
		if (!is_consonant(word, i))
			return true;
	return false;
}

/* *o: ends consonant-vowel-consonant, the last not w, x or y ("hop", not "how"). */
static bool ends_cvc(const char *word, size_t length)
{
	char last = length > 0 ? word[length - 1] : '\0';

	return length >= 3 && is_consonant(word, length - 1) && !is_consonant(word, length - 2) &&
	       is_consonant(word, length - 3) && last != 'w' && last != 'x' && last != 'y';
}

static bool ends_double_consonant(const char *word, size_t length)
{
	return length >= 2 && word[length - 1] == word[length - 2] && is_consonant(word, length - 1);
}

static bool ends_with(const char *word, size_t length, const char *suffix)
{
	size_t suffix_length = strlen(suffix);

	return length >= suffix_length && memcmp(word + length - suffix_length, suffix, suffix_length) == 0;
}

/*
 * Plurals: caresses -> caress, ponies -> poni, cats -> cat. As in Porter's
 * later English stemmer, a final s goes only when a vowel comes before the
 * letter before it: "https" and "gas" are no plurals of "http" and "ga".
 */
static size_t step_1a(const char *word, size_t length)
{
	if (ends_with(word, length, "sses") || ends_with(word, length, "ies"))
		return length - 2;
	if (ends_with(word, length, "ss"))
		return length;
	if (ends_with(word, length, "s") && length >= 3 && has_vowel(word, length - 2))
		return length - 1;
	return length;
}

/* After -ed or -ing went: conflat(ed) -> conflate, hopp(ing) -> hop, fil(ing) -> file. */
static size_t step_1b_tidy(char *word, size_t length)
{
	if (ends_with(word, length, "at") || ends_with(word, length, "bl") || ends_with(word, length, "iz")) {
		word[length] = 'e';
		return length + 1;
	}
	if (ends_double_consonant(word, length) && !ends_with(word, length, "l") &&
	    !ends_with(word, length, "s") && !ends_with(word, length, "z"))
		return length - 1;
	if (measure(word, length) == 1 && ends_cvc(word, length)) {
		word[length] = 'e';
		return length + 1;
	}
	return length;
}

/* -eed, -ed, -ing: agreed -> agree, redirected -> redirect, limiting -> limit. */
static size_t step_1b(char *word, size_t length)
{
	if (ends_with(word, length, "eed"))
		return measure(word, length - 3) > 0 ? length - 1 : length;
	if (ends_with(word, length, "ed") && has_vowel(word, length - 2))
		return step_1b_tidy(word, length - 2);
	if (ends_with(word, length, "ing") && has_vowel(word, length - 3))
		return step_1b_tidy(word, length - 3);
	return length;
}

/* happy -> happi, so that it meets happiness's and happier's stems. */
static size_t step_1c(char *word, size_t length)
{
	if (ends_with(word, length, "y") && has_vowel(word, length - 1))
		word[length - 1] = 'i';
	return length;
}

/* A final e (expire -> expir, but rate stays) and a final double l (controll -> control). */
static size_t step_5(const char *word, size_t length)
{
	if (ends_with(word, length, "e")) {
		size_t m = measure(word, length - 1);

		if (m > 1 || (m == 1 && !ends_cvc(word, length - 1)))
			length--;
	}
	if (ends_with(word, length, "ll") && measure(word, length) > 1)
		length--;
	return length;
}

/* Stems word in place (it has room for its own length plus one); returns the new length. */
size_t stem_word(char *word)
{
	size_t length = 0;

	for (; word[length] != '\0'; length++)
		if (word[length] < 'a' || word[length] > 'z')
			return strlen(word);
	if (length <= 2)
		return length;
	length = step_1a(word, length);
	length = step_1b(word, length);
	length = step_1c(word, length);
	length = step_5(word, length);
	word[length] = '\0';
	return length;
}
