/*
 * The JSON status finder: see json_status.h. One pass over the line, with
 * no recursion: a bit per level says whether the container is an object or
 * an array, and each key keeps how much of itself the members entered so
 * far have matched and at which depth the rest is to be found. A log's
 * next line is first checked against the shape the pass kept of the last.
 */
#include "filters/json_status.h"

#include <stdint.h>
#include <string.h>

#include "compat/mem.h"
#include "core/code.h"

_Static_assert(JSON_STATUS_SHAPE_MAX <= MEM_STOPS_MAX && JSON_STATUS_SHAPE_MAX <= UINT16_MAX,
	       "a shape's line has its stops indexed, and its places fit in a slot");

/* The names that JSON access logs give the status, first preferred. */
static const char *const default_names[] = {
	"status",			/* Caddy, Fastly, Heroku, API Gateway, most nginx templates */
	"status_code",			/* HAProxy and application loggers */
	"statusCode",
	"StatusCode",			/* ASP.NET */
	"http_status",
	"httpStatus",			/* Azure Application Gateway */
	"response_status",
	"response_code",		/* Envoy and Istio (%RESPONSE_CODE%) */
	"DownstreamStatus",		/* Traefik */
	"elb_status_code",		/* AWS Application Load Balancer */
	"sc-status",			/* Amazon CloudFront, IIS (W3C field names) */
	"httpStatusCode",		/* Azure Front Door */
	"httpRequest.status",		/* Google Cloud LogEntry */
	"http.response.status_code",	/* Elastic Common Schema, OpenTelemetry */
	"http.status_code",		/* Datadog, older OpenTelemetry */
	"response.status",		/* Kong */
};

_Static_assert(sizeof(default_names) / sizeof(default_names[0]) <= JSON_STATUS_KEYS_MAX,
	       "the default names fit in struct json_status_keys");

/* The table that leads a member name's first byte to the keys that may start with it. */
static void keys_index(struct json_status_keys *keys)
{
	memset(keys->starting, 0, sizeof keys->starting);
	for (size_t i = 0; i < keys->count; i++)
		keys->starting[(unsigned char)keys->names[i][0] & 63] |= UINT32_C(1) << i;
}

void json_status_keys_default(struct json_status_keys *keys)
{
	keys->count = sizeof(default_names) / sizeof(default_names[0]);
	for (size_t i = 0; i < keys->count; i++) {
		keys->names[i] = default_names[i];
		keys->lengths[i] = strlen(default_names[i]);
	}
	keys_index(keys);
}

bool json_status_keys_one(struct json_status_keys *keys, const char *name)
{
	size_t length = strlen(name);

	if (length == 0 || length > JSON_STATUS_KEY_MAX || name[0] == '.' ||
	    name[length - 1] == '.' || strstr(name, "..") != NULL)
		return false;
	keys->count = 1;
	keys->names[0] = name;
	keys->lengths[0] = length;
	keys_index(keys);
	return true;
}

struct scanner {
	const char *text;
	size_t at, end;
	const uint64_t *stops;	/* the line's stops (mem_json_stops_index), or NULL for a long line */
};

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Inline: it runs between any two tokens, and most often finds no space at all. */
static inline void skip_space(struct scanner *s)
{
	while (s->at < s->end && (unsigned char)s->text[s->at] <= ' ' && is_space(s->text[s->at]))
		s->at++;
}

/* The next byte after any space, in *c; false at the end of the line. */
static inline bool next_token(struct scanner *s, char *c)
{
	skip_space(s);
	if (s->at >= s->end)
		return false;
	*c = s->text[s->at];
	return true;
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Reads the four hex digits of a \u escape at s->at; -1 when they are not. */
static long read_hex4(struct scanner *s)
{
	long value = 0;

	if (s->end - s->at < 4)
		return -1;
	for (int i = 0; i < 4; i++) {
		int digit = hex_value(s->text[s->at + (size_t)i]);

		if (digit < 0)
			return -1;
		value = value * 16 + digit;
	}
	s->at += 4;
	return value;
}

/* Appends the UTF-8 form of code point to name, if it fits; returns the new length or SIZE_MAX. */
static size_t put_utf8(char *name, size_t length, size_t room, long point)
{
	static const unsigned char lead[] = { 0, 0, 0xC0, 0xE0, 0xF0 };
	size_t count = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;

	if (length == SIZE_MAX || room - length < count)
		return SIZE_MAX;
	for (size_t i = count - 1; i > 0; i--, point >>= 6)
		name[length + i] = (char)(0x80 | (point & 0x3F));
	name[length] = (char)(lead[count] | point);
	return length + count;
}

/*
 * A string without escapes, as nearly all are: its bytes where they are,
 * with no copy, and s->at past its closing quote; NULL, with s->at
 * unchanged, for a string that read_string must decode.
 */
static inline const char *plain_string(struct scanner *s, size_t *length)
{
	const char *name = s->text + s->at + 1;
	size_t stop = s->stops != NULL ? mem_json_stops_next(s->stops, s->end, s->at + 1) :
		(size_t)(mem_find_json_stop(name, s->text + s->end) - s->text);

	if (stop == s->end || s->text[stop] != '"')
		return NULL;
	*length = stop - s->at - 1;
	s->at = stop + 1;
	return name;
}

/*
 * Reads a string whose opening quote is at s->at, up to its closing quote.
 * With name, its decoded bytes go there (at most JSON_STATUS_KEY_MAX; a
 * longer one sets *name_length to SIZE_MAX, as no key can match it).
 */
static bool read_string(struct scanner *s, char *name, size_t *name_length)
{
	static const char escapes[] = "\"\\/bfnrt", escaped[] = "\"\\/\b\f\n\r\t";
	const char *escape;
	size_t length = 0;

	s->at++;
	for (;;) {
		const char *from = s->text + s->at;
		size_t stop = (size_t)(mem_find_json_stop(from, s->text + s->end) - s->text);
		size_t run = stop - s->at;
		unsigned char c;

		if (name != NULL && length != SIZE_MAX) {
			if (run > JSON_STATUS_KEY_MAX - length)
				length = SIZE_MAX;
			else
				memcpy(name + length, from, run), length += run;
		}
		s->at = stop;
		if (s->at >= s->end)
			return false;
		c = (unsigned char)s->text[s->at];
		if (c == '"') {
			s->at++;
			if (name_length != NULL)
				*name_length = length;
			return true;
		}
		if (c < 0x20 || s->at + 1 >= s->end)
			return false;
		/* A backslash and its escape. */
		c = (unsigned char)s->text[s->at + 1];
		s->at += 2;
		if (c == 'u') {
			long point = read_hex4(s);

			if (point < 0)
				return false;
			/* A high surrogate and its low one make one code point; a lone one stays as it is written. */
			if (point >= 0xD800 && point <= 0xDBFF && s->end - s->at >= 6 &&
			    s->text[s->at] == '\\' && s->text[s->at + 1] == 'u') {
				struct scanner ahead = { s->text, s->at + 2, s->end, NULL };
				long low = read_hex4(&ahead);

				if (low >= 0xDC00 && low <= 0xDFFF) {
					point = 0x10000 + ((point - 0xD800) << 10) + (low - 0xDC00);
					s->at = ahead.at;
				}
			}
			if (name != NULL)
				length = put_utf8(name, length, JSON_STATUS_KEY_MAX, point);
			continue;
		}
		escape = memchr(escapes, c, sizeof escapes - 1);
		if (escape == NULL)
			return false;
		if (name != NULL)
			length = put_utf8(name, length, JSON_STATUS_KEY_MAX, escaped[escape - escapes]);
	}
}

/*
 * read_string on a copy of the scanner: no call takes the scanner's own
 * address, so that the compiler keeps its place in a register instead of
 * storing and loading it at every byte.
 */
static inline bool read_string_at(struct scanner *s, char *name, size_t *name_length)
{
	struct scanner copy = *s;
	bool read = read_string(&copy, name, name_length);

	s->at = copy.at;
	return read;
}

/* Passes the digits at s->at; false when there are none. */
static bool skip_digits(struct scanner *s)
{
	size_t start = s->at;

	while (s->at < s->end && code_is_digit(s->text[s->at]))
		s->at++;
	return s->at > start;
}

/* Reads a number, as JSON writes them: no leading zero, digits after a point and an exponent. */
static bool read_number(struct scanner *s)
{
	if (s->text[s->at] == '-')
		s->at++;
	if (s->at < s->end && s->text[s->at] == '0')
		s->at++;
	else if (!skip_digits(s))
		return false;
	if (s->at < s->end && s->text[s->at] == '.') {
		s->at++;
		if (!skip_digits(s))
			return false;
	}
	if (s->at < s->end && (s->text[s->at] == 'e' || s->text[s->at] == 'E')) {
		s->at++;
		if (s->at < s->end && (s->text[s->at] == '+' || s->text[s->at] == '-'))
			s->at++;
		if (!skip_digits(s))
			return false;
	}
	return true;
}

/*
 * Reads a number at s->at (a '-' or a digit). Most in logs are whole (a
 * status, a size): those are read here; any other goes to read_number, on
 * a copy of the scanner, as read_string_at does.
 */
static inline bool number_at(struct scanner *s)
{
	size_t start = s->at;
	struct scanner copy;
	bool read;

	if (s->text[s->at] >= '1' && s->text[s->at] <= '9') {
		do
			s->at++;
		while (s->at < s->end && code_is_digit(s->text[s->at]));
		if (s->at == s->end || (s->text[s->at] != '.' && (s->text[s->at] | 0x20) != 'e'))
			return true;
		s->at = start;
	}
	copy = *s;
	read = read_number(&copy);
	s->at = copy.at;
	return read;
}

static bool read_literal(struct scanner *s, const char *word, size_t length)
{
	if (s->end - s->at < length || memcmp(s->text + s->at, word, length) != 0)
		return false;
	s->at += length;
	return true;
}

/*
 * Where a key that has led into an object stands: how much of it the
 * members entered so far matched, and at which depth the rest is. A key
 * that has not is looked for whole at depth 1.
 */
struct key_state {
	size_t matched;
	size_t depth;
};

struct search {
	const struct json_status_keys *keys;
	uint32_t alive;		/* the keys that may still be found */
	uint32_t descended;	/* the keys that have led into an object: states[k] holds where */
	uint32_t leaf;		/* the keys the current member's name ends */
	uint32_t descend;	/* the keys that go on inside the current member's object */
	size_t deepest;		/* no alive key is looked for deeper than this */
	bool found;
	struct json_status best;
	struct key_state states[JSON_STATUS_KEYS_MAX];
};

static size_t key_matched(const struct search *search, int k)
{
	return search->descended >> k & 1 ? search->states[k].matched : 0;
}

/*
 * Marks the keys that the member name (at depth) ends or leads into. Most
 * names can match no key: they are deeper than any key is looked for, or
 * start with a byte that no key goes on with, which one look in the keys'
 * table of first bytes tells for the keys not yet led into an object.
 */
static void match_name(struct search *search, const char *name, size_t length, size_t depth)
{
	uint32_t candidates = 0;

	search->leaf = 0;
	search->descend = 0;
	if (depth > search->deepest || length == 0)
		return;
	if (depth == 1)
		candidates = search->keys->starting[(unsigned char)name[0] & 63] & ~search->descended;
	for (uint32_t descended = search->descended & search->alive; descended != 0;
	     descended &= descended - 1) {
		int k = __builtin_ctz(descended);

		if (search->states[k].depth == depth)
			candidates |= UINT32_C(1) << k;
	}
	for (candidates &= search->alive; candidates != 0; candidates &= candidates - 1) {
		int k = __builtin_ctz(candidates);
		size_t matched = key_matched(search, k);
		const char *rest = search->keys->names[k] + matched;
		size_t rest_length = search->keys->lengths[k] - matched;

		if (length > rest_length || !mem_equal(rest, name, length))
			continue;
		if (length == rest_length)
			search->leaf |= UINT32_C(1) << k;
		else if (rest[length] == '.')
			search->descend |= UINT32_C(1) << k;
	}
}

/*
 * The member's value was a status: the best key that ended on it keeps
 * it. A key after the best one found can no longer win, so it is no
 * longer looked for; once the first key is found, the rest of the line is
 * only checked.
 */
static void found_code(struct search *search, const struct code_token *token, bool quoted,
		       size_t insert)
{
	size_t k = (size_t)__builtin_ctz(search->leaf);

	if (!search->found || k < search->best.key) {
		search->found = true;
		search->best = (struct json_status){
			.key = k, .token = *token, .quoted = quoted, .insert_offset = insert,
		};
		search->alive &= (UINT32_C(1) << k) - 1;
	}
}

/* A number value from start to end of the line, read as a token; false when it is no code. */
static bool found_number(struct search *search, const char *line, size_t start, size_t end)
{
	struct code_token token;

	if (!code_token_read(line + start, end - start, &token))
		return false;
	token.offset += start;
	found_code(search, &token, false, end);
	return true;
}

/*
 * A string value from start to end (its quotes included), decoded, read
 * as a token; the token's place is where its bytes are in the line, or,
 * when escapes wrote them, the whole of the string's contents.
 */
static bool found_string(struct search *search, const char *line, size_t start, size_t end,
			 const char *decoded, size_t length)
{
	size_t offset = start + 1, written = end - start - 2;
	struct code_token token;

	if (!code_token_read(decoded, length, &token))
		return false;
	if (written == length && memcmp(line + offset, decoded, length) == 0) {
		token.offset += offset;
	} else {
		token.offset = offset;
		token.length = written;
	}
	found_code(search, &token, true, end);
	return true;
}

/*
 * The member's value has been read (or, for an object, entered): the keys
 * that ended on the member, or led into it and found no object, are done,
 * since a member counts where it is first found; the keys that lead into
 * the object entered go on there, past the name and its dot.
 */
static void member_done(struct search *search, bool entered_object, size_t name_length,
			size_t depth)
{
	for (uint32_t keys = search->leaf | search->descend; keys != 0; keys &= keys - 1) {
		int k = __builtin_ctz(keys);
		uint32_t bit = UINT32_C(1) << k;

		if ((search->leaf & bit) || ((search->descend & bit) && !entered_object)) {
			search->alive &= ~bit;
		} else if (search->descend & bit) {
			search->states[k].matched = key_matched(search, k) + name_length + 1;
			search->states[k].depth = depth + 1;
			search->descended |= bit;
			search->deepest = depth + 1;
		}
	}
	search->leaf = 0;
	search->descend = 0;
}

/* The container at depth closes: the keys still looking inside it can no longer be found. */
static void container_done(struct search *search, size_t depth)
{
	if (depth > search->deepest)
		return;
	if (depth == 1) {
		search->alive = 0;
		return;
	}
	for (uint32_t descended = search->descended & search->alive; descended != 0;
	     descended &= descended - 1) {
		int k = __builtin_ctz(descended);

		if (search->states[k].depth == depth)
			search->alive &= ~(UINT32_C(1) << k);
	}
	search->deepest = depth - 1;
}

/*
 * Keeps where a value was in the line being learned, and what the keys
 * made of it; false when the shape has no room for it.
 */
static bool learn_value(struct json_status_shape *learn, size_t start, size_t end, bool string,
			uint32_t leaf, bool coded)
{
	if (learn->slots == JSON_STATUS_SLOTS_MAX)
		return false;
	learn->slot[learn->slots++] = (struct json_status_slot){
		.start = (uint16_t)start, .end = (uint16_t)end, .string = string, .coded = coded,
		.leaf = leaf,
	};
	return true;
}

/*
 * The scan of a whole line, token by token. With learn, the line's values
 * are kept there, and the line itself when it is valid JSON.
 */
static enum json_status_result scan(const struct json_status_keys *keys, const char *line,
				    size_t length, const uint64_t *stops, struct json_status *out,
				    struct json_status_shape *learn)
{
	struct scanner s = { line, 0, length, stops };
	struct search search;	/* set field by field: states only when a key leads into an object */
	char closer[JSON_STATUS_DEPTH_MAX];	/* what closes each open container: '}' or ']' */
	size_t depth = 1;	/* containers open */
	char name[JSON_STATUS_KEY_MAX], c;
	const char *name_text;
	size_t name_length = 0;
	static const char phrase_member[] = JSON_STATUS_PHRASE_MEMBER;
	bool has_phrase = false;

	search.keys = keys;
	search.descended = search.leaf = search.descend = 0;
	search.deepest = 1;
	search.found = false;
	search.alive = (UINT32_C(1) << keys->count) - 1;
	if (learn != NULL) {
		learn->keys = NULL;
		learn->slots = 0;
		if (length > JSON_STATUS_SHAPE_MAX)
			learn = NULL;
	}

	if (!next_token(&s, &c) || c != '{')
		return JSON_STATUS_INVALID;
	s.at++;
	closer[0] = '}';

	/* At the top of the loop: just after an opening brace or bracket, or after a value. */
	for (bool after_value = false;;) {
		bool in_object = closer[depth - 1] == '}', coded = false;
		size_t value_start;

		if (!next_token(&s, &c))
			return JSON_STATUS_INVALID;
		if (c == closer[depth - 1]) {
			s.at++;
			container_done(&search, depth);
			if (--depth == 0)
				break;
			after_value = true;
			continue;
		}
		if (after_value) {
			if (c != ',')
				return JSON_STATUS_INVALID;
			s.at++;
			if (!next_token(&s, &c))
				return JSON_STATUS_INVALID;
		}
		if (in_object) {
			if (c != '"')
				return JSON_STATUS_INVALID;
			name_text = plain_string(&s, &name_length);
			if (name_text == NULL) {
				if (!read_string_at(&s, name, &name_length))
					return JSON_STATUS_INVALID;
				name_text = name;
			}
			if (!next_token(&s, &c) || c != ':')
				return JSON_STATUS_INVALID;
			s.at++;
			if (!next_token(&s, &c))
				return JSON_STATUS_INVALID;
			if (name_length != SIZE_MAX)
				match_name(&search, name_text, name_length, depth);
			if (name_length == sizeof phrase_member - 1 &&
			    mem_equal(name_text, phrase_member, sizeof phrase_member - 1))
				has_phrase = true;
		}
		after_value = true;
		value_start = s.at;
		if (c == '{' || c == '[') {
			if (depth == JSON_STATUS_DEPTH_MAX)
				return JSON_STATUS_INVALID;
			if (search.leaf | search.descend)
				member_done(&search, c == '{', name_length, depth);
			closer[depth++] = c == '{' ? '}' : ']';
			s.at++;
			after_value = false;
			continue;
		}
		if (c == '"') {
			size_t value_length;
			const char *value = plain_string(&s, &value_length);

			if (value == NULL) {
				if (!read_string_at(&s, search.leaf ? name : NULL, &value_length))
					return JSON_STATUS_INVALID;
				value = name;
			}
			/* SIZE_MAX, or a plain string longer than any code token read_string would keep. */
			if (search.leaf && value_length <= JSON_STATUS_KEY_MAX)
				coded = found_string(&search, line, value_start, s.at, value, value_length);
		} else if (c == '-' || code_is_digit(c)) {
			if (!number_at(&s))
				return JSON_STATUS_INVALID;
			if (search.leaf)
				coded = found_number(&search, line, value_start, s.at);
		} else if (!read_literal(&s, "true", 4) && !read_literal(&s, "false", 5) &&
			   !read_literal(&s, "null", 4)) {
			return JSON_STATUS_INVALID;
		}
		/* Strings and numbers are a shape's values; true, false and null are among its bytes. */
		if (learn != NULL && (c == '"' || c == '-' || code_is_digit(c)) &&
		    !learn_value(learn, value_start, s.at, c == '"', search.leaf, coded))
			learn = NULL;
		if (search.leaf | search.descend)
			member_done(&search, false, name_length, depth);
	}
	skip_space(&s);
	if (s.at != s.end)
		return JSON_STATUS_INVALID;
	if (learn != NULL) {
		learn->keys = keys;
		learn->length = length;
		learn->has_phrase = has_phrase;
		memcpy(learn->text, line, length);
	}
	if (!search.found)
		return JSON_STATUS_MISSING;
	*out = search.best;
	out->has_phrase = has_phrase;
	return JSON_STATUS_FOUND;
}

/* A shape that missed waits 2^(misses - 1) - 1 lines, at most 31, before its next try. */
#define SHAPE_MISSES_MAX 6

/* A value at s->at of the kind the slot had: past it, and read as the keys read it then. */
static bool shape_value(struct scanner *s, struct search *search,
			const struct json_status_slot *slot)
{
	size_t start = s->at, value_length;
	const char *value;
	bool coded = false;

	if (s->at >= s->end)
		return false;
	if (!slot->string) {
		if ((s->text[s->at] != '-' && !code_is_digit(s->text[s->at])) || !number_at(s))
			return false;
		if (slot->leaf) {
			search->leaf = slot->leaf;
			coded = found_number(search, s->text, start, s->at);
		}
		return coded == slot->coded;
	}
	if (s->text[s->at] != '"')
		return false;
	value = plain_string(s, &value_length);
	/* A value with escapes is checked; one read as a status is left to the scan. */
	if (value == NULL)
		return slot->leaf == 0 && read_string_at(s, NULL, NULL);
	if (slot->leaf && value_length <= JSON_STATUS_KEY_MAX) {
		search->leaf = slot->leaf;
		coded = found_string(search, s->text, start, s->at, value, value_length);
	}
	return coded == slot->coded;
}

/*
 * Whether the line is shape's line with other values: the same bytes
 * between them, each value of the same kind, and those the keys read
 * coded as they were. The scan would then read the line token for token
 * as it read shape's, so the keys fare the same, and the answer is the
 * same key's value, read here from this line.
 */
static bool find_by_shape(const struct json_status_shape *shape, const char *line, size_t length,
			  const uint64_t *stops, enum json_status_result *result,
			  struct json_status *out)
{
	struct scanner s = { line, 0, length, stops };
	struct search search;	/* found_code's fields only: the states stay unset */
	size_t from = 0, between;

	search.keys = shape->keys;
	search.found = false;
	search.alive = 0;

	for (size_t i = 0; i < shape->slots; i++) {
		between = shape->slot[i].start - from;
		if (length - s.at < between || !mem_equal(shape->text + from, line + s.at, between))
			return false;
		s.at += between;
		if (!shape_value(&s, &search, &shape->slot[i]))
			return false;
		from = shape->slot[i].end;
	}
	between = shape->length - from;
	if (length - s.at != between || !mem_equal(shape->text + from, line + s.at, between))
		return false;
	*result = search.found ? JSON_STATUS_FOUND : JSON_STATUS_MISSING;
	if (search.found) {
		*out = search.best;
		out->has_phrase = shape->has_phrase;
	}
	return true;
}

enum json_status_result json_status_find_again(struct json_status_shape *shape,
					       const struct json_status_keys *keys,
					       const char *line, size_t length,
					       struct json_status *out)
{
	uint64_t words[MEM_STOPS_WORDS];
	const uint64_t *stops = NULL;
	enum json_status_result result;

	if (length <= MEM_STOPS_MAX) {
		mem_json_stops_index(line, length, words);
		stops = words;
	}
	if (shape == NULL)
		return scan(keys, line, length, stops, out, NULL);
	if (shape->waiting == 0 && shape->keys == keys) {
		if (find_by_shape(shape, line, length, stops, &result, out)) {
			shape->misses /= 2;
			return result;
		}
		/*
		 * Where lines seldom share a shape (requests logged with
		 * other headers each), tries and learning would cost more
		 * than they save: the more misses, the more lines are
		 * scanned before the shape is learned and tried again.
		 */
		shape->misses += shape->misses < SHAPE_MISSES_MAX;
		shape->waiting = (1u << (shape->misses - 1)) - 1;
	} else if (shape->waiting > 0) {
		shape->waiting--;
	}
	return scan(keys, line, length, stops, out, shape->waiting == 0 ? shape : NULL);
}

enum json_status_result json_status_find(const struct json_status_keys *keys, const char *line,
					 size_t length, struct json_status *out)
{
	return json_status_find_again(NULL, keys, line, length, out);
}
