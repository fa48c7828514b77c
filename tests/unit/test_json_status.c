/* Tests the JSON status finder: real log shapes, nested and dotted keys, escapes, and lines it refuses. */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "filters/json_status.h"

static void assert_same_status(const struct json_status *a, const struct json_status *b)
{
	assert_int_equal(a->key, b->key);
	assert_int_equal(a->token.code, b->token.code);
	assert_int_equal(a->token.substatus, b->token.substatus);
	assert_int_equal(a->token.lone_zero, b->token.lone_zero);
	assert_int_equal(a->token.offset, b->token.offset);
	assert_int_equal(a->token.length, b->token.length);
	assert_int_equal(a->quoted, b->quoted);
	assert_int_equal(a->insert_offset, b->insert_offset);
	assert_int_equal(a->has_phrase, b->has_phrase);
}

/*
 * json_status_find_again with shape gives json_status_find's answer for
 * the length bytes at line (copied to exactly its length); returns it.
 */
static enum json_status_result assert_again(struct json_status_shape *shape,
					    const struct json_status_keys *keys, const char *line,
					    size_t length)
{
	char *copy = malloc(length > 0 ? length : 1);
	struct json_status expected, found;
	enum json_status_result result;

	assert_non_null(copy);
	memcpy(copy, line, length);
	result = json_status_find(keys, copy, length, &expected);
	if (json_status_find_again(shape, keys, copy, length, &found) != result)
		fail_msg("%.*s: not json_status_find's result %d", (int)length, line, result);
	if (result == JSON_STATUS_FOUND)
		assert_same_status(&found, &expected);
	free(copy);
	return result;
}

/* A line read once to learn its shape, and again from the shape, gets one answer. */
static void assert_again_twice(const struct json_status_keys *keys, const char *line, size_t length)
{
	static struct json_status_shape shape;

	memset(&shape, 0, sizeof shape);
	assert_again(&shape, keys, line, length);
	assert_again(&shape, keys, line, length);
}

/*
 * Finds the status in line with keys and checks the code's text, the key,
 * and that the insertion point is right after the value. The line is
 * copied to exactly its length, so a read past it is caught under ASan.
 */
static void assert_found_with(const struct json_status_keys *keys, const char *line,
			      const char *code, const char *key, const char *before_insert)
{
	size_t length = strlen(line);
	char *copy = malloc(length > 0 ? length : 1);
	struct json_status found;

	assert_non_null(copy);
	memcpy(copy, line, length);
	if (json_status_find(keys, copy, length, &found) != JSON_STATUS_FOUND)
		fail_msg("no status found in %s", line);
	assert_again_twice(keys, line, length);
	assert_int_equal(found.token.length, strlen(code));
	assert_memory_equal(copy + found.token.offset, code, strlen(code));
	assert_string_equal(keys->names[found.key], key);
	assert_int_equal(found.insert_offset, strlen(before_insert));
	assert_memory_equal(copy, before_insert, strlen(before_insert));
	assert_int_equal(found.quoted, line[found.token.offset - 1] == '"');
	free(copy);
}

static void assert_found(const char *line, const char *code, const char *key,
			 const char *before_insert)
{
	struct json_status_keys keys;

	json_status_keys_default(&keys);
	assert_found_with(&keys, line, code, key, before_insert);
}

static void assert_key_finds(const char *key, const char *line, const char *code,
			     const char *before_insert)
{
	struct json_status_keys keys;

	assert_true(json_status_keys_one(&keys, key));
	assert_found_with(&keys, line, code, key, before_insert);
}

static void assert_result(const char *line, enum json_status_result expected)
{
	struct json_status_keys keys;
	struct json_status found = { .insert_offset = 12345 };
	size_t length = strlen(line);
	char *copy = malloc(length > 0 ? length : 1);

	assert_non_null(copy);
	memcpy(copy, line, length);
	json_status_keys_default(&keys);
	if (json_status_find(&keys, copy, length, &found) != expected)
		fail_msg("%s: not the expected result %d", line, expected);
	assert_again_twice(&keys, line, length);
	assert_int_equal(found.insert_offset, 12345);
	free(copy);
}

static void test_real_log_shapes(void **state)
{
	(void)state;
	/* Caddy */
	assert_found("{\"level\":\"info\",\"ts\":1700000000.5,\"logger\":\"http.log.access\","
		     "\"request\":{\"method\":\"GET\",\"uri\":\"/\",\"headers\":{\"Accept\":[\"*/*\"]}},"
		     "\"bytes_read\":0,\"duration\":0.0012,\"size\":12,\"status\":404,"
		     "\"resp_headers\":{\"Server\":[\"Caddy\"]}}",
		     "404", "status",
		     "{\"level\":\"info\",\"ts\":1700000000.5,\"logger\":\"http.log.access\","
		     "\"request\":{\"method\":\"GET\",\"uri\":\"/\",\"headers\":{\"Accept\":[\"*/*\"]}},"
		     "\"bytes_read\":0,\"duration\":0.0012,\"size\":12,\"status\":404");
	/* nginx log_format escape=json, the status quoted */
	assert_found("{\"time\":\"2024-01-01T00:00:00+00:00\",\"remote_addr\":\"10.0.0.1\","
		     "\"request\":\"GET /a HTTP/1.1\",\"status\": \"503\",\"body_bytes_sent\":\"0\"}\n",
		     "503", "status",
		     "{\"time\":\"2024-01-01T00:00:00+00:00\",\"remote_addr\":\"10.0.0.1\","
		     "\"request\":\"GET /a HTTP/1.1\",\"status\": \"503\"");
	/* Traefik */
	assert_found("{\"ClientHost\":\"10.0.0.2\",\"DownstreamStatus\":302,\"OriginStatus\":302}",
		     "302", "DownstreamStatus", "{\"ClientHost\":\"10.0.0.2\",\"DownstreamStatus\":302");
	assert_found("{\"elb_status_code\":\"502\",\"target_status_code\":\"-\"}", "502",
		     "elb_status_code", "{\"elb_status_code\":\"502\"");
	assert_found("{\"sc-status\":\"000\", \"cs-method\":\"GET\"}", "000", "sc-status",
		     "{\"sc-status\":\"000\"");
	/* Google Cloud and Elastic: nested; OpenTelemetry: a dotted name */
	assert_found("{\"httpRequest\":{\"requestMethod\":\"GET\",\"status\":429},\"severity\":\"INFO\"}",
		     "429", "httpRequest.status",
		     "{\"httpRequest\":{\"requestMethod\":\"GET\",\"status\":429");
	assert_found("{\"http\":{\"request\":{\"method\":\"GET\"},\"response\":{\"status_code\":200}}}",
		     "200", "http.response.status_code",
		     "{\"http\":{\"request\":{\"method\":\"GET\"},\"response\":{\"status_code\":200");
	assert_found("{\"attributes\":1,\"http.response.status_code\":201}", "201",
		     "http.response.status_code", "{\"attributes\":1,\"http.response.status_code\":201");
	/* Browsers' "no response" */
	assert_found("{\"statusCode\":0}", "0", "statusCode", "{\"statusCode\":0");
}

static void test_first_name_preferred(void **state)
{
	(void)state;
	assert_found("{\"elb_status_code\":502,\"status\":200}", "200", "status",
		     "{\"elb_status_code\":502,\"status\":200");
	/* A member that holds no status is passed over. */
	assert_found("{\"status\":\"ok\",\"status_code\":201}", "201", "status_code",
		     "{\"status\":\"ok\",\"status_code\":201");
	assert_found("{\"status\":{\"code\":1},\"response\":{\"status\":\"418\"}}", "418",
		     "response.status", "{\"status\":{\"code\":1},\"response\":{\"status\":\"418\"");
	assert_found("{\"status\":4044,\"statusCode\":4.04e2,\"StatusCode\":-404,\"http_status\":404e0,"
		     "\"httpStatus\":\"40\",\"response_status\":null,\"response_code\":\"\","
		     "\"DownstreamStatus\":204}",
		     "204", "DownstreamStatus",
		     "{\"status\":4044,\"statusCode\":4.04e2,\"StatusCode\":-404,\"http_status\":404e0,"
		     "\"httpStatus\":\"40\",\"response_status\":null,\"response_code\":\"\","
		     "\"DownstreamStatus\":204");
	/* Values are read by the token rule of core/code.h, as every mode reads a code. */
	assert_found("{\"status\":404.0}", "404.0", "status", "{\"status\":404.0");
	assert_found("{\"status\":\"404 \"}", "404", "status", "{\"status\":\"404 \"");
	/* The first of two members with one name counts. */
	assert_found("{\"status\":301,\"status\":302}", "301", "status", "{\"status\":301");
	/* A status of a nested object is not the top-level one. */
	assert_found("{\"upstream\":{\"status\":502},\"status\":200}", "200", "status",
		     "{\"upstream\":{\"status\":502},\"status\":200");
	assert_result("{\"upstream\":{\"status\":502}}", JSON_STATUS_MISSING);
	assert_result("{\"list\":[{\"status\":502}]}", JSON_STATUS_MISSING);
}

static void test_given_key(void **state)
{
	struct json_status_keys keys;

	(void)state;
	assert_key_finds("code", "{\"status\":200,\"code\":\"404\"}", "404",
			 "{\"status\":200,\"code\":\"404\"");
	assert_key_finds("response.status", "{\"response\":{\"status\":500}}", "500",
			 "{\"response\":{\"status\":500");
	assert_key_finds("a.b.c", "{\"a\":{\"x\":[1,{\"c\":1}],\"b\":{\"c\":307}}}", "307",
			 "{\"a\":{\"x\":[1,{\"c\":1}],\"b\":{\"c\":307");
	assert_key_finds("a.b.c", "{\"a.b\":{\"c\":308}}", "308", "{\"a.b\":{\"c\":308");
	/* The first "a" holds no object: a later "a" does not count. */
	assert_true(json_status_keys_one(&keys, "a.b"));
	{
		const char *line = "{\"a\":1,\"a\":{\"b\":200}}";
		struct json_status found;

		assert_int_equal(json_status_find(&keys, line, strlen(line), &found),
				 JSON_STATUS_MISSING);
	}
	assert_false(json_status_keys_one(&keys, ""));
	assert_false(json_status_keys_one(&keys, ".a"));
	assert_false(json_status_keys_one(&keys, "a."));
	assert_false(json_status_keys_one(&keys, "a..b"));
}

static void test_escapes(void **state)
{
	(void)state;
	/* Escaped quotes inside values and names do not end the string. */
	assert_found("{\"request\":\"GET /\\\"status\\\":500 \\\\\",\"status\":404}", "404", "status",
		     "{\"request\":\"GET /\\\"status\\\":500 \\\\\",\"status\":404");
	assert_found("{\"a\\\"b\":1,\"st\\u0061tus\":\"301\"}", "301", "status",
		     "{\"a\\\"b\":1,\"st\\u0061tus\":\"301\"");
	assert_key_finds("caf\xc3\xa9", "{\"caf\\u00e9\":410}", "410", "{\"caf\\u00e9\":410");
	assert_key_finds("\xf0\x9f\x98\x80", "{\"\\ud83d\\ude00\":410}", "410",
			 "{\"\\ud83d\\ude00\":410");
	assert_key_finds("s/t", "{\"s\\/t\":200}", "200", "{\"s\\/t\":200");
	assert_found("{\"msg\":\"\\b\\f\\n\\r\\t\\u00FF\\ud800\",\"status\":200}", "200", "status",
		     "{\"msg\":\"\\b\\f\\n\\r\\t\\u00FF\\ud800\",\"status\":200");
}

static void test_invalid_lines(void **state)
{
	(void)state;
	assert_result("", JSON_STATUS_INVALID);
	assert_result("   \n", JSON_STATUS_INVALID);
	assert_result("[{\"status\":200}]", JSON_STATUS_INVALID);
	assert_result("\"status\"", JSON_STATUS_INVALID);
	assert_result("{\"status\":200", JSON_STATUS_INVALID);
	assert_result("{\"status\":200}}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200} x", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,}", JSON_STATUS_INVALID);
	assert_result("{\"status\" 200}", JSON_STATUS_INVALID);
	assert_result("{status:200}", JSON_STATUS_INVALID);
	assert_result("{'status':200}", JSON_STATUS_INVALID);
	assert_result("{\"status\":0200}", JSON_STATUS_INVALID);
	assert_result("{\"status\":+200}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200.}", JSON_STATUS_INVALID);
	assert_result("{\"status\":2e}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,\"x\":tru}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,\"x\":\"a\tb\"}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,\"x\":\"\\x\"}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,\"x\":\"\\u12\"}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,\"x\":\"abc}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,\"x\":[1,2}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,\"x\":{\"y\":1]}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,\"x\":[1 2]}", JSON_STATUS_INVALID);
	assert_result("{\"status\":200,\"x\":\"\\", JSON_STATUS_INVALID);
	assert_result("10.0.0.1 - - [01/Jan/2024:00:00:00 +0000] \"GET / HTTP/1.1\" 200 12",
		      JSON_STATUS_INVALID);
}

static void test_missing(void **state)
{
	(void)state;
	assert_result("{}", JSON_STATUS_MISSING);
	assert_result(" { } \r\n", JSON_STATUS_MISSING);
	assert_result("{\"level\":\"info\",\"msg\":\"started\",\"n\":[true,false,null,-1.5e+3]}",
		      JSON_STATUS_MISSING);
	assert_result("{\"status\":\"ok\"}", JSON_STATUS_MISSING);
	assert_result("{\"Status\":200}", JSON_STATUS_MISSING);
}

/* Builds {"a":[[...]],"status":200} with levels containers open at the deepest point. */
static enum json_status_result find_at_depth(size_t levels)
{
	char *line = malloc(2 * levels + 32);
	struct json_status_keys keys;
	struct json_status found;
	enum json_status_result result;
	size_t at = 0;

	assert_non_null(line);
	memcpy(line, "{\"a\":", 5), at += 5;
	for (size_t i = 1; i < levels; i++)
		line[at++] = '[';
	for (size_t i = 1; i < levels; i++)
		line[at++] = ']';
	memcpy(line + at, ",\"status\":200}", 14), at += 14;
	json_status_keys_default(&keys);
	result = json_status_find(&keys, line, at, &found);
	if (result == JSON_STATUS_FOUND)
		assert_int_equal(found.insert_offset, at - 1);
	free(line);
	return result;
}

/* Nesting to the limit is scanned; one level more is refused, with no recursion either way. */
static void test_depth(void **state)
{
	(void)state;
	assert_int_equal(find_at_depth(2), JSON_STATUS_FOUND);
	assert_int_equal(find_at_depth(JSON_STATUS_DEPTH_MAX), JSON_STATUS_FOUND);
	assert_int_equal(find_at_depth(JSON_STATUS_DEPTH_MAX + 1), JSON_STATUS_INVALID);
}

/*
 * A string of every length from empty to past the longest line whose
 * stops are indexed (compat/mem.h): its end is found wherever it falls
 * among the index's words, and a control byte or an escape at its last
 * place is seen there.
 */
static void test_string_lengths(void **state)
{
	static const char head[] = "{\"ua\":\"", tail[] = "\",\"status\":404}";
	char line[1200], before[1200];

	(void)state;
	for (size_t length = 0; length < 1100; length++) {
		size_t text = sizeof head - 1 + length;

		memcpy(line, head, sizeof head - 1);
		memset(line + sizeof head - 1, 'x', length);
		memcpy(line + text, tail, sizeof tail);
		memcpy(before, line, strlen(line) - 1);
		before[strlen(line) - 1] = '\0';
		assert_found(line, "404", "status", before);
		if (length == 0)
			continue;
		line[text - 1] = '\t';
		assert_result(line, JSON_STATUS_INVALID);
		line[text - 1] = '\\';
		assert_result(line, JSON_STATUS_INVALID);
		if (length >= 2) {
			line[text - 2] = '\\';
			line[text - 1] = '"';
			memcpy(before, line, strlen(line) - 1);
			assert_found(line, "404", "status", before);
		}
	}
}

/*
 * Lines one after another through one shape: each gets json_status_find's
 * answer; those marked 'S' are answered from the shape of the line before,
 * those marked 's' are scanned.
 */
static void assert_lines_again(const char *key, const char *const *lines)
{
	static struct json_status_shape shape;
	struct json_status_keys keys;

	if (key != NULL)
		assert_true(json_status_keys_one(&keys, key));
	else
		json_status_keys_default(&keys);
	memset(&shape, 0, sizeof shape);
	for (size_t i = 0; lines[i] != NULL; i++) {
		const char *line = lines[i] + 1;
		struct json_status_shape before = shape;
		bool from_shape;

		assert_again(&shape, &keys, line, strlen(line));
		/* Answered from the shape: it is kept as it was, and its misses halve. */
		from_shape = before.keys != NULL && before.waiting == 0 && shape.keys == before.keys &&
			     shape.misses == before.misses / 2 && shape.length == before.length &&
			     memcmp(shape.text, before.text, before.length) == 0;
		if (from_shape != (lines[i][0] == 'S'))
			fail_msg("%s: %s from the shape of the line before", line,
				 from_shape ? "answered" : "not answered");
	}
}

static void test_shapes(void **state)
{
	(void)state;
	/* Other values around the same bytes; spaces, numbers of every form. */
	assert_lines_again(NULL, (const char *const[]){
		"s{\"ua\":\"a\",\"status\":200,\"size\":1}",
		"S{\"ua\":\"bcd efg\",\"status\":404,\"size\":12345}",
		"S{\"ua\":\"\",\"status\":0,\"size\":-1.5e+3}",
		"s{ \"status\" : 200 , \"t\" : 1.5 }\r",
		"S{ \"status\" : 503 , \"t\" : -0.25E-3 }\r",
		NULL });
	/* The key's bytes inside a string, behind an escaped quote: only the member counts. */
	assert_lines_again(NULL, (const char *const[]){
		"s{\"msg\":\"x\",\"status\":200}",
		"S{\"msg\":\"x\\\",\\\"status\\\":500\",\"status\":201}",
		"S{\"msg\":\"\\\"status\\\":500 \\\\\",\"status\":202}",
		"s{\"msg\":\"x\",\"status\":200,\"y\":\"\\\"status\\\":1\"}",
		"s{\"msg\":\"x\",\"status\":\"\\\",\\\"status\\\":500\"}",
		NULL });
	/* A nested object's status is not looked at, with the common names; with a key, it is. */
	assert_lines_again(NULL, (const char *const[]){
		"s{\"up\":{\"status\":502},\"status\":200}",
		"S{\"up\":{\"status\":404},\"status\":503}",
		"s{\"up\":{\"status\":\"x\"},\"status\":503}",
		NULL });
	assert_lines_again("up.status", (const char *const[]){
		"s{\"up\":{\"status\":502},\"status\":200}",
		"S{\"up\":{\"status\":404},\"status\":503}",
		"s{\"up\":{\"status\":\"x\"},\"status\":200}",
		"S{\"up\":{\"status\":\"y\"},\"status\":201}",
		"s{\"up\":{\"status\":\"304\"},\"status\":200}",
		NULL });
	/* A key's member that held no code, then one that does, and back. */
	assert_lines_again(NULL, (const char *const[]){
		"s{\"status\":\"ok\",\"status_code\":201}",
		"S{\"status\":\"no\",\"status_code\":202}",
		"s{\"status\":\"503\",\"status_code\":201}",
		"S{\"status\":\"504\",\"status_code\":-1}",
		"s{\"status\":\"ok\",\"status_code\":201}",
		"s{\"status\":2000,\"status_code\":201}",
		NULL });
	/* Values that are not what they were: a number for a string, literals, escapes, arrays. */
	assert_lines_again(NULL, (const char *const[]){
		"s{\"status\":\"200\"}",
		"S{\"status\":\" 503\"}",
		"s{\"status\":\"\\u0034\\u0030\\u0034\"}",
		NULL });
	assert_lines_again(NULL, (const char *const[]){
		"s{\"status\":\"200\"}",
		"s{\"status\":200}",
		NULL });
	assert_lines_again(NULL, (const char *const[]){
		"s{\"a\":true,\"status\":200}",
		"s{\"a\":false,\"status\":200}",
		NULL });
	assert_lines_again(NULL, (const char *const[]){
		"s{\"h\":[\"a\",\"b\"],\"status\":200}",
		"S{\"h\":[\"c\",\"\"],\"status\":201}",
		"s{\"h\":[\"a\"],\"status\":200}",
		"S{\"h\":[\"\\u00e9\"],\"status\":200}",
		NULL });
	/* Two shapes in turn: after two misses in a row, a line is scanned before the next try. */
	assert_lines_again(NULL, (const char *const[]){
		"s{\"a\":1,\"status\":200}",
		"s{\"b\":1,\"status\":200}",
		"s{\"a\":2,\"status\":201}",
		"s{\"b\":2,\"status\":202}",
		"S{\"b\":3,\"status\":203}",
		"s{\"a\":3,\"status\":204}",
		"s{\"a\":4,\"status\":205}",
		"S{\"a\":5,\"status\":206}",
		NULL });
	/* Lines that are not JSON after the same bytes. */
	assert_lines_again(NULL, (const char *const[]){
		"s{\"size\":0,\"status\":200}",
		"s{\"size\":012,\"status\":200}",
		"s{\"size\":0,\"status\":200}",
		"s{\"size\":0,\"status\":200",
		"s{\"size\":0,\"status\":200}",
		"s{\"size\":0,\"status\":200}x",
		"s{\"size\":0,\"status\":200}",
		"s{\"size\":\"a\tb\",\"status\":200}",
		"s{\"size\":0,\"status\":200}",
		"s{\"size\":-,\"status\":200}",
		"s{\"size\":0,\"status\":200}",
		"s{\"size\":\"\\x\",\"status\":200}",
		"s{\"size\":0,\"status\":2}",
		"s{\"size\":0,\"status\":",
		"s{\"size\":1,\"status\":200} ",
		NULL });
	/* The phrase member annotate added is seen from the shape too. */
	assert_lines_again(NULL, (const char *const[]){
		"s{\"status\":404,\"status_phrase\":\"Not Found\"}",
		"S{\"status\":500,\"status_phrase\":\"Internal Server Error\"}",
		NULL });
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_log_shapes),
		cmocka_unit_test(test_first_name_preferred),
		cmocka_unit_test(test_given_key),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_invalid_lines),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_string_lengths),
		cmocka_unit_test(test_shapes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
