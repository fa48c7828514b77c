/*
 * Finding the status in a JSON log line: one object per line, as Caddy,
 * nginx (log_format ... escape=json), Traefik, AWS load balancers, Google
 * Cloud, Elastic and application loggers write them. The line is checked
 * as strict JSON by a scanner that allocates nothing and reads no byte past
 * the line; the answer is where the status value is and where a sibling
 * member can be inserted, so that annotate can add the phrase and leave
 * every other byte of the line as it was.
 */
#ifndef JSON_STATUS_H
#define JSON_STATUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/code.h"

/* The member annotate adds after the status: ,"status_phrase":"Not Found" */
#define JSON_STATUS_PHRASE_MEMBER "status_phrase"

#define JSON_STATUS_KEYS_MAX 16
#define JSON_STATUS_KEY_MAX 255	/* bytes in a key */
#define JSON_STATUS_DEPTH_MAX 1024	/* deeper lines are reported as invalid */

/*
 * The members to look for, first preferred. A dot in a key descends into
 * an object ("response.status"); a member whose name holds the dot itself
 * ("http.response.status_code", as OpenTelemetry writes attributes) matches
 * too.
 */
struct json_status_keys {
	size_t count;
	const char *names[JSON_STATUS_KEYS_MAX];
	size_t lengths[JSON_STATUS_KEYS_MAX];
	uint32_t starting[64];	/* a bit for each key whose first byte has these low six bits */
};

/* The common names, first preferred: status, status_code, statusCode, DownstreamStatus, ... */
void json_status_keys_default(struct json_status_keys *keys);
/* One key given by the user; false when it is empty, too long or has an empty part ("a..b"). */
bool json_status_keys_one(struct json_status_keys *keys, const char *name);

enum json_status_result {
	JSON_STATUS_FOUND,
	JSON_STATUS_MISSING,	/* valid JSON, but no key holds a status */
	JSON_STATUS_INVALID,	/* not one JSON object */
};

struct json_status {
	size_t key;		/* the index of the key that matched */
	struct code_token token;	/* the status: 404, or inside "404"; offset in the line */
	bool quoted;		/* the status was a string */
	size_t insert_offset;	/* right after the status value: a sibling member goes here */
	bool has_phrase;	/* a member named JSON_STATUS_PHRASE_MEMBER is in the line */
};

/*
 * Scans the length bytes of line (whitespace, a line end included, is
 * allowed around the object) and finds the first key's member whose value
 * is a status: a number or a string that is a code token (core/code.h:
 * 404, "404", 0, "000", "404.13"). A key that names a member holding anything else ("status":
 * "ok") is passed over for the next. A member found twice counts where it
 * is first found.
 */
enum json_status_result json_status_find(const struct json_status_keys *keys, const char *line,
					 size_t length, struct json_status *out);

#define JSON_STATUS_SHAPE_MAX 1024	/* bytes of a line whose shape is kept */
#define JSON_STATUS_SLOTS_MAX 64	/* values in it */

/*
 * A line's shape: its bytes with its string and number values left open,
 * and what the keys made of each value. A log's lines repeat their members
 * in one order, so the next line is most often the same bytes around other
 * values; checking that it is costs a comparison of the bytes between
 * values and a look at each value, rather than a scan token by token. The
 * fields are json_status_find_again's own.
 */
struct json_status_slot {
	uint16_t start, end;	/* the value's bytes, a string's quotes included */
	bool string;
	bool coded;		/* a key's value that was a code token */
	uint32_t leaf;		/* the keys whose member held the value, which was read as a status */
};

struct json_status_shape {
	const struct json_status_keys *keys;	/* learned with these; NULL: nothing learned */
	size_t length, slots;
	bool has_phrase;
	unsigned misses;	/* lines the shape did not fit, halved at each it fits */
	unsigned waiting;	/* lines to scan before the shape is tried again */
	char text[JSON_STATUS_SHAPE_MAX];	/* the line it was learned from */
	struct json_status_slot slot[JSON_STATUS_SLOTS_MAX];
};

/*
 * json_status_find, with the same answer on every line, for a log's lines
 * one after another: a line shaped as the one before is answered from
 * shape; any other is scanned, and its shape kept for the next. shape
 * starts zeroed, and is for one set of keys.
 */
enum json_status_result json_status_find_again(struct json_status_shape *shape,
					       const struct json_status_keys *keys,
					       const char *line, size_t length,
					       struct json_status *out);

#endif
