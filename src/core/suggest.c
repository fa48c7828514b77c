/*
 * Did you mean (suggest.h): the nearest lookup keys by the optimal string
 * alignment distance (an adjacent swap costs one), bounded so that only
 * keys of about the query's length are compared and each comparison stops
 * early. Codes are compared as three-character strings, after letters that
 * look like digits (4o4, 4O4, 5l0) are read as digits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/code.h"
#include "core/name.h"
#include "core/search_index.h"
#include "core/suggest.h"
#include "core/synonyms.h"

#define SUGGEST_WORDS_MAX 8

/*
 * The distance between a and b, or bound + 1 as soon as it is known to be
 * over bound. Only the cells within bound of the diagonal can stay within
 * it: the others count as bound + 1 and are not worked out, since search's
 * typo correction runs this against many words of the index.
 */
size_t suggest_edit_distance(const char *a, size_t a_length, const char *b, size_t b_length,
			     size_t bound)
{
	size_t rows[3][NAME_KEY_BUFFER + 1];
	size_t *before = rows[0], *previous = rows[1], *current = rows[2];
	size_t beyond = bound + 1;

	if (a_length > NAME_KEY_MAX || b_length > NAME_KEY_MAX ||
	    (a_length > b_length ? a_length - b_length : b_length - a_length) > bound)
		return beyond;
	for (size_t j = 0; j <= b_length; j++)
		previous[j] = before[j] = current[j] = j <= bound ? j : beyond;
	for (size_t i = 1; i <= a_length; i++) {
		size_t low = i > bound ? i - bound : 1, high = i + bound < b_length ? i + bound : b_length;
		size_t row_least = i <= bound ? i : beyond, *spare = before;

		current[0] = row_least;
		current[low - 1] = low > 1 ? beyond : current[0];
		for (size_t j = low; j <= high; j++) {
			size_t least = previous[j - 1] + (a[i - 1] != b[j - 1]);

			if (previous[j] + 1 < least)
				least = previous[j] + 1;
			if (current[j - 1] + 1 < least)
				least = current[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && before[j - 2] + 1 < least)
				least = before[j - 2] + 1;
			current[j] = least < beyond ? least : beyond;
			if (least < row_least)
				row_least = least;
		}
		if (high < b_length)
			current[high + 1] = beyond;
		if (row_least > bound)
			return beyond;
		before = previous;
		previous = current;
		current = spare;
	}
	return previous[b_length] <= bound ? previous[b_length] : beyond;
}

#define SUGGEST_TIER_MAX 16

/* Adds status to found[*count] (room for SUGGEST_TIER_MAX) unless its code is there already. */
static void suggest_add(const struct status *found[], size_t *count, const struct status *status)
{
	for (size_t i = 0; i < *count; i++)
		if (found[i]->code == status->code)
			return;
	if (*count < SUGGEST_TIER_MAX)
		found[(*count)++] = status;
}

/* A registered code before a vendor's, then by code (candidates hold each code once). */
static int suggest_order(const void *a, const void *b)
{
	const struct status *first = *(const struct status *const *)a, *second = *(const struct status *const *)b;
	int first_vendor = !status_is_registered(first), second_vendor = !status_is_registered(second);

	return first_vendor != second_vendor ? first_vendor - second_vendor : first->code - second->code;
}

/* Sorts the candidates and keeps the first SUGGEST_MAX in found; how many. */
static size_t suggest_best(const struct status *candidates[], size_t count,
			   const struct status *found[SUGGEST_MAX])
{
	qsort(candidates, count, sizeof *candidates, suggest_order);
	if (count > SUGGEST_MAX)
		count = SUGGEST_MAX;
	memcpy(found, candidates, count * sizeof *candidates);
	return count;
}

/* Reads digits and look-alike letters (o O for 0, l I for 1) as a code's digits; false for other text. */
static bool suggest_code_text(const char *text, char digits[NAME_KEY_BUFFER], size_t *length)
{
	size_t used = 0, real_digits = 0;

	for (const char *c = text; *c != '\0'; c++) {
		char digit = *c;

		if (*c == 'o' || *c == 'O')
			digit = '0';
		else if (*c == 'l' || *c == 'I')
			digit = '1';
		else if (*c >= '0' && *c <= '9')
			real_digits++;
		else
			return false;
		if (used + 1 >= NAME_KEY_BUFFER)
			return false;
		digits[used++] = digit;
	}
	digits[used] = '\0';
	*length = used;
	return real_digits > 0;
}

/* Codes one edit away from the digits, registered ones only when there are any. */
static size_t suggest_codes(const char *digits, size_t length, const struct status *found[SUGGEST_MAX])
{
	const struct status *near[STATUS_CODE_MAX - STATUS_CODE_MIN + 1], *best[SUGGEST_TIER_MAX];
	size_t near_count = 0, count = 0;
	bool registered = false;

	if (length == 3 && (found[0] = status_by_code(code_parse(digits, 3))) != NULL)
		return 1;
	for (int code = STATUS_CODE_MIN; code <= STATUS_CODE_MAX; code++) {
		const struct status *status = status_by_code(code);
		char text[4] = { (char)('0' + code / 100), (char)('0' + code / 10 % 10), (char)('0' + code % 10), '\0' };

		if (status == NULL || suggest_edit_distance(digits, length, text, 3, 1) > 1)
			continue;
		near[near_count++] = status;
		registered = registered || status_is_registered(status);
	}
	for (size_t i = 0; i < near_count; i++)
		if (!registered || status_is_registered(near[i]))
			suggest_add(best, &count, near[i]);
	return suggest_best(best, count, found);
}

/* Names: the keys at the least distance within the bound, one record per code. */
static size_t suggest_names(const char *key, size_t length, const struct status *found[SUGGEST_MAX])
{
	const struct status *best[SUGGEST_TIER_MAX];
	size_t bound = length < 4 ? 0 : length <= 6 ? 1 : 2, least = bound + 1, count = 0;

	if (bound == 0)
		return 0;
	for (size_t i = 0; i < suggest_key_count; i++) {
		const struct suggest_key *candidate = &suggest_keys[i];
		size_t distance;

		if (candidate->length + bound < length)
			continue;
		if (candidate->length > length + bound)
			break;
		distance = suggest_edit_distance(key, length, candidate->key, candidate->length,
						 least < bound ? least : bound);
		if (distance > bound || distance > least)
			continue;
		if (distance < least) {
			least = distance;
			count = 0;
		}
		suggest_add(best, &count, &status_table[candidate->row]);
	}
	return suggest_best(best, count, found);
}

/* The nearest records to a query that matched nothing, best first; how many (0 to SUGGEST_MAX). */
size_t suggest_for_query(const char *text, const struct status *found[SUGGEST_MAX])
{
	char key[NAME_KEY_BUFFER];
	size_t length;

	if (suggest_code_text(text, key, &length))
		return suggest_codes(key, length, found);
	length = name_key(text, strlen(text), key, sizeof key);
	return length == 0 ? 0 : suggest_names(key, length, found);
}

/* Adds to found the record name names, unless it is there already; false when there is no room. */
static bool resolve_try(const char *name, const struct status *found[2], size_t *count)
{
	const struct status *status = status_by_name(name);

	if (status == NULL || (*count > 0 && found[0] == status))
		return true;
	if (*count == 2)
		return false;
	found[(*count)++] = status;
	return true;
}

/*
 * The record a name means when it is written with a spelling variant
 * (unauthorised) or one word in the plural or singular where the data
 * has the other (too many request); NULL unless exactly one record fits.
 */
const struct status *suggest_resolve_name(const char *name)
{
	char lower[NAME_KEY_BUFFER * 2], standard[NAME_KEY_BUFFER * 2], words[SUGGEST_WORDS_MAX][SEARCH_WORD_MAX + 1];
	char joined[SUGGEST_WORDS_MAX * (SEARCH_WORD_MAX + 1) + 2];
	const struct status *found[2];
	const char *cursor;
	size_t count = 0, word_count = 0;

	/* A byte no name holds makes the query no name at all (core/name.h). */
	if (strlen(name) >= sizeof lower || name_invalid_at(name, strlen(name)) != strlen(name))
		return NULL;
	snprintf(lower, sizeof lower, "%s", name);
	for (size_t i = 0; lower[i] != '\0'; i++)
		if (lower[i] >= 'A' && lower[i] <= 'Z')
			lower[i] = (char)(lower[i] - 'A' + 'a');
	if (!spelling_normalise(lower, standard, sizeof standard))
		memcpy(standard, lower, sizeof standard);
	else if (!resolve_try(standard, found, &count))
		return NULL;
	cursor = standard;
	while (word_count < SUGGEST_WORDS_MAX && search_next_word(&cursor, words[word_count]))
		word_count++;
	for (size_t w = 0; w < word_count; w++) {
		size_t used = 0;

		for (size_t j = 0; j < word_count; j++) {
			size_t length = strlen(words[j]);

			if (j == w && length > 3 && words[j][length - 1] == 's')
				length--;
			memcpy(joined + used, words[j], length);
			used += length;
			if (j == w && length == strlen(words[j]))
				joined[used++] = 's';
		}
		joined[used] = '\0';
		if (!resolve_try(joined, found, &count))
			return NULL;
	}
	return count == 1 ? found[0] : NULL;
}
