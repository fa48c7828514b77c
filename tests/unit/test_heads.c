/* Tests the response-head reader on what curl -sI, -sIL, -si and -sv write, fed in blocks of every size. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filters/heads.h"

static struct heads heads;

struct reports {
	char text[3 * LINE_CAP];
	size_t length;
};

/* Writes each response as "CODE|status line|location" on a line of its own. */
static void gather(void *context, const struct heads_response *response)
{
	struct reports *reports = context;
	int written;

	assert_true(response->status.reason_offset + response->status.reason_length <=
		    response->line_length);
	written = snprintf(reports->text + reports->length, sizeof(reports->text) - reports->length,
			   "%d|%.*s|%.*s%s\n", response->status.code, (int)response->line_length,
			   response->line, (int)response->location_length,
			   response->location != NULL ? response->location : "",
			   response->location_cut ? "(cut)" : "");
	assert_true(written > 0 && (size_t)written < sizeof(reports->text) - reports->length);
	reports->length += (size_t)written;
}

/* Reads input with the form heads_detect gives, in blocks of block bytes. */
static void read_in_blocks(const char *input, size_t length, size_t block, struct reports *reports)
{
	enum heads_form form = heads_detect(input, length, true);

	reports->length = 0;
	reports->text[0] = '\0';
	heads_init(&heads, form, gather, reports);
	for (size_t at = 0; at < length; at += block)
		heads_feed(&heads, input + at, length - at < block ? length - at : block);
	heads_finish(&heads);
}

/* The reports for input are expected, whatever the size of the blocks it comes in. */
static void assert_reports(const char *input, enum heads_form form, const char *expected)
{
	size_t length = strlen(input);
	struct reports whole, blocks;

	assert_int_equal(heads_detect(input, length, true), form);
	read_in_blocks(input, length, length > 0 ? length : 1, &whole);
	assert_string_equal(whole.text, expected);
	for (size_t block = 1; block < length; block++) {
		read_in_blocks(input, length, block, &blocks);
		assert_string_equal(blocks.text, expected);
	}
}

static void test_curl_head(void **state)
{
	(void)state;
	assert_reports("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 12\r\n\r\n",
		       HEADS_PLAIN, "200|HTTP/1.1 200 OK|\n");
	assert_reports("HTTP/2 404 \r\n", HEADS_PLAIN, "404|HTTP/2 404 |\n");
	assert_reports("HTTP/3 204\n", HEADS_PLAIN, "204|HTTP/3 204|\n");
	assert_reports("HTTP/1.0 503 Service Unavailable", HEADS_PLAIN,
		       "503|HTTP/1.0 503 Service Unavailable|\n");
}

static void test_redirect_chain(void **state)
{
	(void)state;
	assert_reports("HTTP/1.1 301 Moved Permanently\r\n"
		       "Location: http://www.example.com/\r\n"
		       "Content-Length: 0\r\n"
		       "\r\n"
		       "HTTP/1.1 302 Found\r\n"
		       "location:   https://www.example.com/start \r\n"
		       "\r\n"
		       "HTTP/2 200 \r\n"
		       "content-type: text/html\r\n"
		       "\r\n",
		       HEADS_PLAIN,
		       "301|HTTP/1.1 301 Moved Permanently|http://www.example.com/\n"
		       "302|HTTP/1.1 302 Found|https://www.example.com/start\n"
		       "200|HTTP/2 200 |\n");
}

static void test_interim_answers_and_first_location(void **state)
{
	(void)state;
	assert_reports("HTTP/1.1 100 Continue\r\n\r\n"
		       "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"
		       "HTTP/1.1 307 Temporary Redirect\r\nLocation: /a\r\nLocation: /b\r\n\r\n",
		       HEADS_PLAIN,
		       "100|HTTP/1.1 100 Continue|\n"
		       "103|HTTP/1.1 103 Early Hints|\n"
		       "307|HTTP/1.1 307 Temporary Redirect|/a\n");
}

static void test_head_without_final_blank_line(void **state)
{
	(void)state;
	assert_reports("HTTP/1.1 301 Moved Permanently\nLocation: /next", HEADS_PLAIN,
		       "301|HTTP/1.1 301 Moved Permanently|/next\n");
	assert_reports("HTTP/1.1 301 Moved Permanently\r\nLocation: /next\r\n", HEADS_PLAIN,
		       "301|HTTP/1.1 301 Moved Permanently|/next\n");
	/* A second status line ends the head before it, blank line or not. */
	assert_reports("HTTP/1.1 302 Found\nLocation: /a\nHTTP/1.1 200 OK\n", HEADS_PLAIN,
		       "302|HTTP/1.1 302 Found|/a\n200|HTTP/1.1 200 OK|\n");
}

static void test_body_is_ignored(void **state)
{
	(void)state;
	assert_reports("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n\r\n"
		       "Location: not a header\r\nHTTP/1.1 is a protocol\r\n\r\nmore\n",
		       HEADS_PLAIN, "404|HTTP/1.1 404 Not Found|\n");
	/* curl -si with two URLs: the second head follows the first body. */
	assert_reports("HTTP/1.1 200 OK\n\nbody\nHTTP/1.1 404 Not Found\nLocation: /x\n\nbody\n",
		       HEADS_PLAIN, "200|HTTP/1.1 200 OK|\n404|HTTP/1.1 404 Not Found|/x\n");
}

static void test_curl_verbose(void **state)
{
	(void)state;
	assert_reports("*   Trying 93.184.215.14:80...\n"
		       "* Connected to example.com (93.184.215.14) port 80\n"
		       "> GET / HTTP/1.1\r\n"
		       "> Host: example.com\r\n"
		       "> \r\n"
		       "< HTTP/1.1 301 Moved Permanently\r\n"
		       "< Location: https://example.com/\r\n"
		       "< Content-Length: 0\r\n"
		       "< \r\n"
		       "* Connection #0 to host example.com left intact\n"
		       "* Issue another request to this URL: 'https://example.com/'\n"
		       "} [5 bytes data]\n"
		       "> GET / HTTP/2\r\n"
		       ">\r\n"
		       "{ [5 bytes data]\n"
		       "< HTTP/2 200 \r\n"
		       "< location: ignored-not-a-redirect\r\n"
		       "<\r\n"
		       "<!doctype html>\n"
		       "HTTP/1.1 500 in the body\n",
		       HEADS_VERBOSE,
		       "301|HTTP/1.1 301 Moved Permanently|https://example.com/\n"
		       "200|HTTP/2 200 |ignored-not-a-redirect\n");
}

static void test_detection(void **state)
{
	const char *undecided = "* Trying\n> GET";

	(void)state;
	assert_int_equal(heads_detect("", 0, true), HEADS_NONE);
	assert_int_equal(heads_detect("", 0, false), HEADS_UNDECIDED);
	assert_int_equal(heads_detect("HTTP/1.1 2", 10, false), HEADS_UNDECIDED);
	assert_int_equal(heads_detect("HTTP/1.1 2", 10, true), HEADS_NONE);
	assert_int_equal(heads_detect(undecided, strlen(undecided), false), HEADS_UNDECIDED);
	assert_int_equal(heads_detect(undecided, strlen(undecided), true), HEADS_NONE);
	assert_int_equal(heads_detect("404\nHTTP/1.1 200 OK\n", 20, true), HEADS_NONE);
	assert_int_equal(heads_detect("\nHTTP/1.1 200 OK\n", 17, true), HEADS_NONE);
	assert_int_equal(heads_detect("HTTP/2 404\n", 11, false), HEADS_PLAIN);
	assert_int_equal(heads_detect("HTTP/2 404\r", 11, true), HEADS_PLAIN);
	assert_int_equal(heads_detect("http/1.1 200 OK\n", 16, true), HEADS_NONE);
	assert_int_equal(heads_detect("* x\n< HTTP/1.1 200 OK\n", 22, false), HEADS_VERBOSE);
	assert_int_equal(heads_detect("* x\n< Server: y\n", 16, false), HEADS_NONE);
	assert_int_equal(heads_detect("* x\nfoo\n< HTTP/1.1 200 OK\n", 26, false), HEADS_NONE);
	assert_int_equal(heads_detect("*x\n< HTTP/1.1 200 OK\n", 21, false), HEADS_NONE);
}

/*
 * A line longer than LINE_CAP is read by its head: a Location is marked as
 * cut, a status line is still one, its reason cut.
 */
static void test_long_lines(void **state)
{
	size_t long_length = LINE_CAP + 100;
	char *input = malloc(2 * long_length + 200);
	struct reports reports;
	size_t at = 0;

	(void)state;
	assert_non_null(input);
	at += (size_t)sprintf(input, "HTTP/1.1 302 Found\nLocation: ");
	memset(input + at, 'a', long_length);
	at += long_length;
	at += (size_t)sprintf(input + at, "\nHTTP/1.1 200 OK");
	memset(input + at, 'b', long_length);
	at += long_length;
	at += (size_t)sprintf(input + at, "\nX: y\n\n");
	read_in_blocks(input, at, 1000, &reports);
	assert_true(strstr(reports.text, "(cut)\n200|HTTP/1.1 200 OKbbb") != NULL);
	assert_int_equal(reports.length,
			 strlen("302|HTTP/1.1 302 Found|(cut)\n") + LINE_CAP -
				 strlen("Location: ") + strlen("200||\n") + LINE_CAP);
	free(input);
}

/* An empty Location is none; a folded one goes on after a space. */
static void test_location_forms(void **state)
{
	(void)state;
	assert_reports("HTTP/1.1 301 Moved\r\nLocation:\r\n\r\n", HEADS_PLAIN,
		       "301|HTTP/1.1 301 Moved|\n");
	assert_reports("HTTP/1.1 301 Moved\r\nLocation:\r\n /a\r\n\tb \r\nX: y\r\n c\r\n\r\n",
		       HEADS_PLAIN, "301|HTTP/1.1 301 Moved|/a b\n");
	assert_reports("HTTP/1.1 301 Moved\r\nLocation: \r\nLocation: /b\r\n\r\n", HEADS_PLAIN,
		       "301|HTTP/1.1 301 Moved|/b\n");
}

/* Bytes that cannot begin a response head tell at once, before their line ends. */
static void test_detected_early(void **state)
{
	(void)state;
	assert_int_equal(heads_detect("404 ", 4, false), HEADS_NONE);
	assert_int_equal(heads_detect("HTTx", 4, false), HEADS_NONE);
	assert_int_equal(heads_detect("HTTP/1.1 200", 12, false), HEADS_UNDECIDED);
	assert_int_equal(heads_detect("HTT", 3, false), HEADS_UNDECIDED);
	assert_int_equal(heads_detect("* x\n<", 5, false), HEADS_UNDECIDED);
	assert_int_equal(heads_detect("* x\n<x", 6, false), HEADS_NONE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_curl_head),
		cmocka_unit_test(test_redirect_chain),
		cmocka_unit_test(test_interim_answers_and_first_location),
		cmocka_unit_test(test_head_without_final_blank_line),
		cmocka_unit_test(test_body_is_ignored),
		cmocka_unit_test(test_curl_verbose),
		cmocka_unit_test(test_detection),
		cmocka_unit_test(test_long_lines),
		cmocka_unit_test(test_location_forms),
		cmocka_unit_test(test_detected_early),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
