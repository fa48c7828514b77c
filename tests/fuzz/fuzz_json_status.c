/*
 * libFuzzer harness: the JSON status finder. With the first byte odd, the
 * key is the input's first line, else the common names. A status found
 * must be a code token (core/code.h) before the insertion point, and the
 * line with a member inserted there, as annotate will insert it, must
 * still be valid JSON with the same status found at the same place. The
 * input's lines, one after another, must get the same answers from
 * json_status_find_again (a line's shape kept for the next) as from
 * json_status_find.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "filters/json_status.h"

static const char member[] = ",\"" JSON_STATUS_PHRASE_MEMBER "\":\"Not Found\"";

static bool same_status(const struct json_status *a, const struct json_status *b)
{
	return a->key == b->key && a->token.code == b->token.code &&
	       a->token.substatus == b->token.substatus && a->token.lone_zero == b->token.lone_zero &&
	       a->token.offset == b->token.offset && a->token.length == b->token.length &&
	       a->quoted == b->quoted && a->insert_offset == b->insert_offset &&
	       a->has_phrase == b->has_phrase;
}

/* Each line of text, one after another through one shape, gets json_status_find's answer. */
static void require_same_again(const struct json_status_keys *keys, const char *text, size_t length)
{
	static struct json_status_shape shape;

	memset(&shape, 0, sizeof shape);
	while (length > 0) {
		const char *newline = memchr(text, '\n', length);
		size_t line = newline != NULL ? (size_t)(newline - text) : length;
		char *copy = malloc(line > 0 ? line : 1);
		struct json_status expected, found;
		enum json_status_result result;

		if (copy == NULL)
			abort();
		memcpy(copy, text, line);
		result = json_status_find(keys, copy, line, &expected);
		if (json_status_find_again(&shape, keys, copy, line, &found) != result ||
		    (result == JSON_STATUS_FOUND && !same_status(&found, &expected)))
			abort();
		free(copy);
		line += newline != NULL;
		text += line;
		length -= line;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_status_keys keys;
	struct json_status found, again;
	struct code_token token;
	char key[JSON_STATUS_KEY_MAX + 1];
	const char *line;
	size_t length, key_length = 0;
	char *inserted;

	if (size < 1)
		return 0;
	line = (const char *)data + 1;
	length = size - 1;
	json_status_keys_default(&keys);
	if (data[0] & 1) {
		const char *newline = memchr(line, '\n', length);

		if (newline == NULL)
			return 0;
		key_length = (size_t)(newline - line);
		if (key_length > JSON_STATUS_KEY_MAX || memchr(line, '\0', key_length) != NULL)
			return 0;
		memcpy(key, line, key_length);
		key[key_length] = '\0';
		if (!json_status_keys_one(&keys, key))
			return 0;
		length -= key_length + 1;
		line = newline + 1;
	}
	require_same_again(&keys, line, length);
	/* A copy of exactly the line's length, so ASan catches any read past it. */
	inserted = malloc(length + sizeof(member));
	if (inserted == NULL)
		abort();
	memcpy(inserted, line, length);
	if (json_status_find(&keys, inserted, length, &found) != JSON_STATUS_FOUND) {
		free(inserted);
		return 0;
	}
	if (found.key >= keys.count || found.token.length < 1 ||
	    found.token.offset + found.token.length + found.quoted > found.insert_offset ||
	    found.insert_offset > length)
		abort();
	/* Unless escapes wrote it, the token is where its bytes are. */
	if (memchr(inserted + found.token.offset, '\\', found.token.length) == NULL &&
	    (!code_token_read(inserted + found.token.offset, found.token.length, &token) ||
	     token.code != found.token.code || token.offset != 0))
		abort();
	memmove(inserted + found.insert_offset + sizeof(member) - 1, inserted + found.insert_offset,
		length - found.insert_offset);
	memcpy(inserted + found.insert_offset, member, sizeof(member) - 1);
	if (json_status_find(&keys, inserted, length + sizeof(member) - 1, &again) !=
		    JSON_STATUS_FOUND ||
	    again.key != found.key || again.token.offset != found.token.offset ||
	    again.insert_offset != found.insert_offset)
		abort();
	free(inserted);
	return 0;
}
