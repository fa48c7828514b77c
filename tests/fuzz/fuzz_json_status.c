/*
 * libFuzzer harness: the JSON status finder. With the first byte odd, the
 * key is the input's first line, else the common names. A status found
 * must be a code token (core/code.h) before the insertion point, and the
 * line with a member inserted there, as annotate will insert it, must
 * still be valid JSON with the same status found at the same place.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "filters/json_status.h"

static const char member[] = ",\"" JSON_STATUS_PHRASE_MEMBER "\":\"Not Found\"";

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
