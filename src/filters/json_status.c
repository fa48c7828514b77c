/*
 * The JSON status finder: see json_status.h. One pass over the line, with
 * no recursion: a bit per level says whether the container is an object or
 * an array, and each key keeps how much of itself the members entered so
 * far have matched and at which depth the rest is to be found.
 */
#include "filters/json_status.h"

#include <stdint.h>
#include <string.h>

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

void json_status_keys_default(struct json_status_keys *keys)
{
	keys->count = sizeof(default_names) / sizeof(default_names[0]);
	for (size_t i = 0; i < keys->count; i++) {
		keys->names[i] = default_names[i];
		keys->lengths[i] = strlen(default_names[i]);
	}
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
	return true;
}

struct scanner {
	const char *text;
	size_t at, end;
};

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void skip_space(struct scanner *s)
{
	while (s->at < s->end && is_space(s->text[s->at]))
		s->at++;
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
	unsigned char bytes[4];
	size_t count;

	if (point < 0x80) {
		bytes[0] = (unsigned char)point;
		count = 1;
	} else if (point < 0x800) {
		bytes[0] = (unsigned char)(0xC0 | point >> 6);
		bytes[1] = (unsigned char)(0x80 | (point & 0x3F));
		count = 2;
	} else if (point < 0x10000) {
		bytes[0] = (unsigned char)(0xE0 | point >> 12);
		bytes[1] = (unsigned char)(0x80 | (point >> 6 & 0x3F));
		bytes[2] = (unsigned char)(0x80 | (point & 0x3F));
		count = 3;
	} else {
		bytes[0] = (unsigned char)(0xF0 | point >> 18);
		bytes[1] = (unsigned char)(0x80 | (point >> 12 & 0x3F));
		bytes[2] = (unsigned char)(0x80 | (point >> 6 & 0x3F));
		bytes[3] = (unsigned char)(0x80 | (point & 0x3F));
		count = 4;
	}
	if (length == SIZE_MAX || room - length < count)
		return SIZE_MAX;
	memcpy(name + length, bytes, count);
	return length + count;
}

/*
 * A member name without escapes, as nearly all are: its bytes where they
 * are, with no copy, and s->at past its closing quote; NULL, with s->at
 * unchanged, for a name that read_string must decode.
 */
static const char *plain_name(struct scanner *s, size_t *length)
{
	for (size_t at = s->at + 1; at < s->end; at++) {
		unsigned char c = (unsigned char)s->text[at];

		if (c == '"') {
			const char *name = s->text + s->at + 1;

			*length = at - s->at - 1;
			s->at = at + 1;
			return name;
		}
		if (c == '\\' || c < 0x20)
			return NULL;
	}
	return NULL;
}

/*
 * Reads a string whose opening quote is at s->at, up to its closing quote.
 * With name, its decoded bytes go there (at most JSON_STATUS_KEY_MAX; a
 * longer one sets *name_length to SIZE_MAX, as no key can match it).
 */
static bool read_string(struct scanner *s, char *name, size_t *name_length)
{
	size_t length = 0;

	s->at++;
	for (;;) {
		const char *from = s->text + s->at;
		size_t run = 0;
		unsigned char c;

		/* A run of plain bytes at once. */
		while (s->at + run < s->end) {
			c = (unsigned char)from[run];
			if (c == '"' || c == '\\' || c < 0x20)
				break;
			run++;
		}
		if (name != NULL && length != SIZE_MAX) {
			if (run > JSON_STATUS_KEY_MAX - length)
				length = SIZE_MAX;
			else
				memcpy(name + length, from, run), length += run;
		}
		s->at += run;
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
				struct scanner ahead = { s->text, s->at + 2, s->end };
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
		switch (c) {
		case '"': case '\\': case '/':
			break;
		case 'b': c = '\b'; break;
		case 'f': c = '\f'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 't': c = '\t'; break;
		default:
			return false;
		}
		if (name != NULL)
			length = put_utf8(name, length, JSON_STATUS_KEY_MAX, c);
	}
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Reads a number; *integer tells whether it was digits only (no sign, fraction or exponent). */
static bool read_number(struct scanner *s, bool *integer)
{
	size_t start = s->at;

	if (s->text[s->at] == '-')
		s->at++;
	if (s->at >= s->end || !is_digit(s->text[s->at]))
		return false;
	if (s->text[s->at] == '0')
		s->at++;
	else
		while (s->at < s->end && is_digit(s->text[s->at]))
			s->at++;
	*integer = s->text[start] != '-';
	if (s->at < s->end && s->text[s->at] == '.') {
		s->at++;
		if (s->at >= s->end || !is_digit(s->text[s->at]))
			return false;
		while (s->at < s->end && is_digit(s->text[s->at]))
			s->at++;
		*integer = false;
	}
	if (s->at < s->end && (s->text[s->at] == 'e' || s->text[s->at] == 'E')) {
		s->at++;
		if (s->at < s->end && (s->text[s->at] == '+' || s->text[s->at] == '-'))
			s->at++;
		if (s->at >= s->end || !is_digit(s->text[s->at]))
			return false;
		while (s->at < s->end && is_digit(s->text[s->at]))
			s->at++;
		*integer = false;
	}
	return true;
}

static bool read_literal(struct scanner *s, const char *word, size_t length)
{
	if (s->end - s->at < length || memcmp(s->text + s->at, word, length) != 0)
		return false;
	s->at += length;
	return true;
}

/* Where each key stands: how much of it the members entered so far matched, and at which depth the rest is. */
struct key_state {
	size_t matched;
	size_t depth;
};

struct search {
	const struct json_status_keys *keys;
	struct key_state states[JSON_STATUS_KEYS_MAX];
	uint32_t alive;		/* the keys that may still be found */
	uint32_t leaf;		/* the keys the current member's name ends */
	uint32_t descend;	/* the keys that go on inside the current member's object */
	bool found;
	struct json_status best;
};

/* Marks the keys that the member name (at depth) ends or leads into. */
static void match_name(struct search *search, const char *name, size_t length, size_t depth)
{
	search->leaf = 0;
	search->descend = 0;
	for (uint32_t alive = search->alive; alive != 0; alive &= alive - 1) {
		int k = __builtin_ctz(alive);
		struct key_state *state = &search->states[k];
		const char *rest = search->keys->names[k] + state->matched;
		size_t rest_length = search->keys->lengths[k] - state->matched;

		if (state->depth != depth || length > rest_length || length == 0 ||
		    rest[0] != name[0] || memcmp(rest, name, length) != 0)
			continue;
		if (length == rest_length)
			search->leaf |= UINT32_C(1) << k;
		else if (rest[length] == '.')
			search->descend |= UINT32_C(1) << k;
	}
}

/* A status value: one to three digits. */
static bool is_code(const char *text, size_t length)
{
	if (length < 1 || length > 3)
		return false;
	for (size_t i = 0; i < length; i++)
		if (!is_digit(text[i]))
			return false;
	return true;
}

/* The member's value was a status at offset: the best key that ended on it keeps it. */
static void found_code(struct search *search, size_t offset, size_t length, bool quoted,
		       size_t insert)
{
	for (size_t k = 0; k < search->keys->count; k++) {
		if (!(search->leaf & UINT32_C(1) << k))
			continue;
		if (!search->found || k < search->best.key) {
			search->found = true;
			search->best = (struct json_status){
				.key = k, .code_offset = offset, .code_length = length,
				.quoted = quoted, .insert_offset = insert,
			};
		}
		break;
	}
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
	if ((search->leaf | search->descend) == 0)
		return;
	for (size_t k = 0; k < search->keys->count; k++) {
		uint32_t bit = UINT32_C(1) << k;

		if ((search->leaf & bit) || ((search->descend & bit) && !entered_object)) {
			search->alive &= ~bit;
		} else if (search->descend & bit) {
			search->states[k].matched += name_length + 1;
			search->states[k].depth = depth + 1;
		}
	}
	search->leaf = 0;
	search->descend = 0;
}

enum json_status_result json_status_find(const struct json_status_keys *keys, const char *line,
					 size_t length, struct json_status *out)
{
	struct scanner s = { line, 0, length };
	struct search search = { .keys = keys };
	uint64_t is_object[JSON_STATUS_DEPTH_MAX / 64] = { 0 };
	size_t depth = 0;	/* containers open */
	char name[JSON_STATUS_KEY_MAX];
	const char *name_text;
	size_t name_length = 0;

	for (size_t k = 0; k < keys->count; k++)
		search.states[k] = (struct key_state){ .matched = 0, .depth = 1 };
	search.alive = keys->count == 32 ? UINT32_MAX : (UINT32_C(1) << keys->count) - 1;

	skip_space(&s);
	if (s.at >= s.end || line[s.at] != '{')
		return JSON_STATUS_INVALID;
	s.at++;
	depth = 1;
	is_object[0] = 1;

	/* At the top of the loop: just after an opening brace or bracket, or after a value. */
	for (bool after_value = false;;) {
		bool in_object = is_object[(depth - 1) / 64] >> ((depth - 1) % 64) & 1;
		bool integer;
		size_t value_start;
		char c;

		skip_space(&s);
		if (s.at >= s.end)
			return JSON_STATUS_INVALID;
		c = line[s.at];
		if (c == (in_object ? '}' : ']')) {
			s.at++;
			/* The keys still looking inside this object can no longer be found. */
			for (uint32_t alive = search.alive; alive != 0; alive &= alive - 1)
				if (search.states[__builtin_ctz(alive)].depth == depth)
					search.alive &= ~(UINT32_C(1) << __builtin_ctz(alive));
			if (--depth == 0)
				break;
			after_value = true;
			continue;
		}
		if (after_value) {
			if (c != ',')
				return JSON_STATUS_INVALID;
			s.at++;
			skip_space(&s);
			if (s.at >= s.end)
				return JSON_STATUS_INVALID;
			c = line[s.at];
		}
		if (in_object) {
			if (c != '"')
				return JSON_STATUS_INVALID;
			name_text = plain_name(&s, &name_length);
			if (name_text == NULL) {
				if (!read_string(&s, name, &name_length))
					return JSON_STATUS_INVALID;
				name_text = name;
			}
			skip_space(&s);
			if (s.at >= s.end || line[s.at] != ':')
				return JSON_STATUS_INVALID;
			s.at++;
			skip_space(&s);
			if (s.at >= s.end)
				return JSON_STATUS_INVALID;
			c = line[s.at];
			if (name_length != SIZE_MAX)
				match_name(&search, name_text, name_length, depth);
		}
		after_value = true;
		value_start = s.at;
		if (c == '{' || c == '[') {
			if (depth == JSON_STATUS_DEPTH_MAX)
				return JSON_STATUS_INVALID;
			member_done(&search, c == '{', name_length, depth);
			if (c == '{')
				is_object[depth / 64] |= UINT64_C(1) << (depth % 64);
			else
				is_object[depth / 64] &= ~(UINT64_C(1) << (depth % 64));
			depth++;
			s.at++;
			after_value = false;
			continue;
		}
		if (c == '"') {
			if (!read_string(&s, NULL, NULL))
				return JSON_STATUS_INVALID;
			if (search.leaf && is_code(line + value_start + 1, s.at - value_start - 2))
				found_code(&search, value_start + 1, s.at - value_start - 2, true, s.at);
		} else if (c == '-' || is_digit(c)) {
			if (!read_number(&s, &integer))
				return JSON_STATUS_INVALID;
			if (search.leaf && integer && is_code(line + value_start, s.at - value_start))
				found_code(&search, value_start, s.at - value_start, false, s.at);
		} else if (!read_literal(&s, "true", 4) && !read_literal(&s, "false", 5) &&
			   !read_literal(&s, "null", 4)) {
			return JSON_STATUS_INVALID;
		}
		member_done(&search, false, name_length, depth);
	}
	skip_space(&s);
	if (s.at != s.end)
		return JSON_STATUS_INVALID;
	if (!search.found)
		return JSON_STATUS_MISSING;
	*out = search.best;
	return JSON_STATUS_FOUND;
}
