/*
 * Tests JSON log lines in annotate: the exact output for nested keys,
 * escaped quotes, a status as a string and as a number, lines that pass
 * through untouched, lines annotated already, CRLF line ends and Common
 * Log Format lines among them; and the same output however the input is
 * cut: a byte at a time, and in two feeds cut at every byte position.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands/commands.h"
#include "filters/lines.h"

/*
 * Annotates text with keys (the common names when NULL), fed in pieces of
 * at most block bytes after a first piece of first bytes, into a string
 * the caller frees.
 */
static char *annotate(const char *key, const char *text, size_t length, size_t first,
		      size_t block, size_t *output_length)
{
	static struct json_status_shape shape;
	struct json_status_keys keys;
	struct log_format format = { 0, &keys, NULL, false, &shape };
	struct annotator *annotator;
	char *output;
	FILE *out = open_memstream(&output, output_length);

	assert_non_null(out);
	memset(&shape, 0, sizeof shape);
	if (key != NULL)
		assert_true(json_status_keys_one(&keys, key));
	else
		json_status_keys_default(&keys);
	annotator = annotator_begin(&format, false, out);
	if (first > length)
		first = length;
	annotator_block(annotator, text, first);
	for (size_t at = first; at < length; at += block)
		annotator_block(annotator, text + at, length - at < block ? length - at : block);
	assert_true(annotator_end(annotator));
	assert_int_equal(fclose(out), 0);
	return output;
}

/*
 * The text annotated whole is expected; and so it is fed a byte at a time,
 * and in two feeds cut at every position.
 */
static void assert_annotates_with(const char *key, const char *text, const char *expected)
{
	size_t length = strlen(text), output_length;
	char *output = annotate(key, text, length, length, 1, &output_length);

	assert_int_equal(output_length, strlen(expected));
	assert_memory_equal(output, expected, output_length);
	free(output);
	output = annotate(key, text, length, 0, 1, &output_length);
	assert_int_equal(output_length, strlen(expected));
	assert_memory_equal(output, expected, output_length);
	free(output);
	for (size_t cut = 0; cut <= length; cut++) {
		output = annotate(key, text, length, cut, length + 1, &output_length);
		if (output_length != strlen(expected) || memcmp(output, expected, output_length) != 0)
			fail_msg("cut at byte %zu of %s: got %.*s", cut, text, (int)output_length,
				 output);
		free(output);
	}
}

static void assert_annotates(const char *text, const char *expected)
{
	assert_annotates_with(NULL, text, expected);
}

static void test_status_as_number_and_string(void **state)
{
	(void)state;
	assert_annotates("{\"status\":404}\n", "{\"status\":404,\"status_phrase\":\"Not Found\"}\n");
	assert_annotates("{\"status\":\"404\"}\n",
			 "{\"status\":\"404\",\"status_phrase\":\"Not Found\"}\n");
	assert_annotates("{ \"status_code\" : 200 , \"size\":12 }\n",
			 "{ \"status_code\" : 200,\"status_phrase\":\"OK\" , \"size\":12 }\n");
	/* A last line without a newline. */
	assert_annotates("{\"status\":503}", "{\"status\":503,\"status_phrase\":\"Service Unavailable\"}");
}

static void test_nested_keys(void **state)
{
	(void)state;
	/* Caddy's shape: the request first, its headers nested, the status after. */
	assert_annotates("{\"request\":{\"uri\":\"/a\",\"headers\":{\"status\":[\"x\"]}},\"status\":301}\n",
			 "{\"request\":{\"uri\":\"/a\",\"headers\":{\"status\":[\"x\"]}},\"status\":301,"
			 "\"status_phrase\":\"Moved Permanently\"}\n");
	/* response.status is one of the common names (Kong). */
	assert_annotates("{\"a\":1,\"response\":{\"status\":\"410\"},\"b\":2}\n",
			 "{\"a\":1,\"response\":{\"status\":\"410\",\"status_phrase\":\"Gone\"},\"b\":2}\n");
	assert_annotates_with("http.response.code",
			      "{\"http\":{\"request\":{\"code\":1},\"response\":{\"code\":502}}}\n",
			      "{\"http\":{\"request\":{\"code\":1},\"response\":{\"code\":502,"
			      "\"status_phrase\":\"Bad Gateway\"}}}\n");
}

static void test_escaped_quotes(void **state)
{
	(void)state;
	/* In a value, and in a key that is not the status's. */
	assert_annotates("{\"msg\":\"say \\\"status\\\":500\",\"st\\\"atus\":500,\"status\":200}\n",
			 "{\"msg\":\"say \\\"status\\\":500\",\"st\\\"atus\":500,\"status\":200,"
			 "\"status_phrase\":\"OK\"}\n");
	/* A key written with escapes is the key it decodes to. */
	assert_annotates("{\"st\\u0061tus\":404,\"ua\":\"a \\\\\\\" b\"}\n",
			 "{\"st\\u0061tus\":404,\"status_phrase\":\"Not Found\",\"ua\":\"a \\\\\\\" b\"}\n");
}

static void test_lines_passing_through(void **state)
{
	(void)state;
	/* Not valid JSON: a trailing comma, an unclosed string, a bare word, two objects. */
	assert_annotates("{\"status\":404,}\n", "{\"status\":404,}\n");
	assert_annotates("{\"status\":404,\"ua\":\"x}\n", "{\"status\":404,\"ua\":\"x}\n");
	assert_annotates("{\"status\":404,\"ok\":yes}\n", "{\"status\":404,\"ok\":yes}\n");
	assert_annotates("{\"status\":404}{}\n", "{\"status\":404}{}\n");
	assert_annotates("{\"status\":\"40\t4\"}\n", "{\"status\":\"40\t4\"}\n");
	/* Valid, with no status member, or a status that is not one. */
	assert_annotates("{\"level\":\"info\",\"msg\":\"started\"}\n",
			 "{\"level\":\"info\",\"msg\":\"started\"}\n");
	assert_annotates("{\"status\":\"ok\"}\n", "{\"status\":\"ok\"}\n");
	assert_annotates("{\"status\":4.04e2}\n", "{\"status\":4.04e2}\n");
	/* A number 404.0 is 404, as the token rule reads it everywhere. */
	assert_annotates("{\"status\":404.0}\n", "{\"status\":404.0,\"status_phrase\":\"Not Found\"}\n");
	/* A code the data does not know. */
	assert_annotates("{\"status\":298}\n", "{\"status\":298}\n");
}

static void test_crlf_line_ends(void **state)
{
	(void)state;
	assert_annotates("{\"status\":404}\r\n{\"status\":\"200\"}\r\n",
			 "{\"status\":404,\"status_phrase\":\"Not Found\"}\r\n"
			 "{\"status\":\"200\",\"status_phrase\":\"OK\"}\r\n");
}

static void test_mixed_with_common_log_format(void **state)
{
	(void)state;
	assert_annotates("10.0.0.1 - - [30/Nov/2026:10:00:00 +0000] \"GET /{x} HTTP/1.1\" 404 12\n"
			 "{\"status\":500}\n"
			 "not json {\"status\":500}\n"
			 "{\"status\":500\n"
			 "10.0.0.2 - - [30/Nov/2026:10:00:01 +0000] \"GET /a\\\"b HTTP/1.1\" 302 0\n",
			 "10.0.0.1 - - [30/Nov/2026:10:00:00 +0000] \"GET /{x} HTTP/1.1\" 404 (Not Found) 12\n"
			 "{\"status\":500,\"status_phrase\":\"Internal Server Error\"}\n"
			 "not json {\"status\":500}\n"
			 "{\"status\":500\n"
			 "10.0.0.2 - - [30/Nov/2026:10:00:01 +0000] \"GET /a\\\"b HTTP/1.1\" 302 (Found) 0\n");
}

/* A line longer than the held line passes through untouched, and the next line is annotated. */
static void test_long_line(void **state)
{
	size_t length = LINE_CAP + 100, output_length;
	char *text = malloc(length + 32), *output;
	static const char next[] = "{\"status\":404}\n";
	static const char annotated[] = "{\"status\":404,\"status_phrase\":\"Not Found\"}\n";

	(void)state;
	assert_non_null(text);
	memcpy(text, "{\"ua\":\"", 7);
	memset(text + 7, 'a', length - 7);
	memcpy(text + length - 15, "\",\"status\":404}", 15);
	text[length] = '\n';
	memcpy(text + length + 1, next, sizeof next);
	for (size_t block = 1000; block <= 1000000; block *= 1000) {
		output = annotate(NULL, text, strlen(text), 0, block, &output_length);
		assert_int_equal(output_length, length + 1 + sizeof annotated - 1);
		assert_memory_equal(output, text, length + 1);
		assert_memory_equal(output + length + 1, annotated, sizeof annotated - 1);
		free(output);
	}
	free(text);
}

/* A line annotated already, by this or an earlier run, is left as it is. */
static void test_annotated_already(void **state)
{
	(void)state;
	assert_annotates("{\"status\":404,\"status_phrase\":\"Not Found\"}\n",
			 "{\"status\":404,\"status_phrase\":\"Not Found\"}\n");
	assert_annotates("{\"status_phrase\":\"x\",\"status\":404}\n",
			 "{\"status_phrase\":\"x\",\"status\":404}\n");
	assert_annotates("\"GET /\" 200 (OK) 12\n\"GET /\" 200 (Not Found) 12\n",
			 "\"GET /\" 200 (OK) 12\n\"GET /\" 200 (OK) (Not Found) 12\n");
	assert_annotates("\"GET /\" 200 (OK)", "\"GET /\" 200 (OK)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_as_number_and_string),
		cmocka_unit_test(test_nested_keys),
		cmocka_unit_test(test_escaped_quotes),
		cmocka_unit_test(test_lines_passing_through),
		cmocka_unit_test(test_crlf_line_ends),
		cmocka_unit_test(test_mixed_with_common_log_format),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_annotated_already),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
