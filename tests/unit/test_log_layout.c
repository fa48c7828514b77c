/*
 * Tests detecting the layout of access logs and finding the status in
 * each, with lines shaped as the vendors document them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "filters/log_layout.h"

#define ALB_LINE "http 2026-11-30T10:00:01.186641Z app/my-loadbalancer/50dc6c495c0c9188 " \
	"192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 502 - 34 366 " \
	"\"GET http://www.example.com:80/ HTTP/1.1\" \"curl/7.46.0\" - - " \
	"arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 " \
	"\"Root=1-58337262-36d228ad5d99923122bbe354\" \"-\" \"-\" 0 2026-11-30T10:00:00.364000Z " \
	"\"forward\" \"-\" \"-\" \"10.0.0.1:80\" \"-\" \"-\" \"-\""
#define ALB_TARGET_LINE "https 2026-11-30T10:00:02.186641Z app/my-loadbalancer/50dc6c495c0c9188 " \
	"192.168.131.39:2817 10.0.0.1:80 0.086 0.048 0.037 200 404 0 57 " \
	"\"GET https://www.example.com:443/x HTTP/1.1\" \"curl/7.46.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2"
#define ELB_LINE "2026-11-30T10:00:03.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 " \
	"0.000073 0.001048 0.000057 503 503 0 29 \"GET http://www.example.com:80/ HTTP/1.1\" " \
	"\"curl/7.38.0\" - -"
#define HAPROXY_LINE "Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317 " \
	"[06/Feb/2009:12:14:14.655] http-in static/srv1 10/0/30/69/109 404 2750 - - ---- " \
	"1/1/1/1/0 0/0 {1wt.eu} {} \"GET /index.html HTTP/1.1\""
#define HEROKU_LINE "2026-11-30T10:00:04.515030+00:00 heroku[router]: at=error code=H12 " \
	"desc=\"Request timeout\" method=GET path=\"/\" host=myapp.herokuapp.com " \
	"request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd=\"204.204.204.204\" dyno=web.1 " \
	"connect=0ms service=30000ms status=503 bytes=0 protocol=https"
#define CLF_LINE "203.0.113.7 - - [30/Nov/2026:10:00:01 +0000] \"GET / HTTP/1.1\" 200 512"

static struct log_layout layout;
static struct log_location found;

static enum log_line_kind locate(const char *line)
{
	return log_layout_locate(&layout, line, strlen(line), &found);
}

/* The code found in line, as a number, or -1. */
static int code_of(const char *line)
{
	const char *code;

	if (locate(line) != LOG_LINE_CODE)
		return -1;
	code = line + found.code_offset;
	assert_int_equal(found.code_length, 3);
	return (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
}

static void test_detect(void **state)
{
	(void)state;
	assert_int_equal(log_layout_detect(ALB_LINE, strlen(ALB_LINE)), LOG_LAYOUT_ALB);
	assert_int_equal(log_layout_detect(ELB_LINE, strlen(ELB_LINE)), LOG_LAYOUT_ELB);
	assert_int_equal(log_layout_detect(HAPROXY_LINE, strlen(HAPROXY_LINE)), LOG_LAYOUT_HAPROXY);
	assert_int_equal(log_layout_detect(HEROKU_LINE, strlen(HEROKU_LINE)), LOG_LAYOUT_LOGFMT);
	assert_int_equal(log_layout_detect("{\"status\":200}", 14), LOG_LAYOUT_JSON);
	assert_int_equal(log_layout_detect(CLF_LINE, strlen(CLF_LINE)), LOG_LAYOUT_AUTO);
	/* A query string's status= is no logfmt pair. */
	assert_int_equal(log_layout_detect("h - - [t] \"GET /?status=200 HTTP/1.1\" 404 1", 37),
			 LOG_LAYOUT_AUTO);
}

static void test_alb_and_elb(void **state)
{
	(void)state;
	log_layout_init(&layout, LOG_LAYOUT_AUTO);
	assert_int_equal(code_of(ALB_LINE), 502);
	assert_int_equal(layout.name, LOG_LAYOUT_ALB);
	assert_int_equal(code_of(ALB_TARGET_LINE), 200);
	log_layout_init(&layout, LOG_LAYOUT_AUTO);
	assert_int_equal(code_of(ELB_LINE), 503);
	assert_int_equal(layout.name, LOG_LAYOUT_ELB);
}

static void test_w3c_iis(void **state)
{
	(void)state;
	log_layout_init(&layout, LOG_LAYOUT_AUTO);
	assert_int_equal(locate("#Software: Microsoft Internet Information Services 10.0"), LOG_LINE_DIRECTIVE);
	assert_int_equal(locate("#Version: 1.0"), LOG_LINE_DIRECTIVE);
	assert_int_equal(locate("#Date: 2026-11-30 10:00:00"), LOG_LINE_DIRECTIVE);
	assert_int_equal(locate("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
				"cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
				"sc-win32-status time-taken"), LOG_LINE_DIRECTIVE);
	assert_int_equal(layout.name, LOG_LAYOUT_W3C);
	assert_int_equal(layout.status_field, 12);
	assert_int_equal(code_of("2026-11-30 10:00:01 10.0.0.5 POST /upload - 443 - 203.0.113.7 "
				 "Mozilla/5.0+(Windows+NT+10.0) - 404 13 0 15\r"), 404);
	assert_int_equal(found.substatus, 13);
	assert_int_equal(code_of("2026-11-30 10:00:02 10.0.0.5 GET / - 443 - 203.0.113.7 "
				 "Mozilla/5.0 - 200 0 0 3"), 200);
	assert_int_equal(found.substatus, 0);
	/* A new #Fields: line changes the columns mid-file, as IIS writes after a restart. */
	locate("#Fields: date time sc-status");
	assert_int_equal(code_of("2026-11-30 10:00:03 500"), 500);
	assert_int_equal(found.substatus, -1);
	locate("#Fields: date time cs-method");
	assert_int_equal(layout.fields_without_status, 1);
	assert_int_equal(locate("2026-11-30 10:00:03 GET"), LOG_LINE_NO_CODE);
}

static void test_w3c_cloudfront(void **state)
{
	(void)state;
	log_layout_init(&layout, LOG_LAYOUT_AUTO);
	locate("#Version: 1.0");
	locate("#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem "
	       "sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type");
	assert_int_equal(code_of("2026-11-30\t10:00:05\tSEA19-C1\t3101\t192.0.2.100\tGET\t"
				 "d111111abcdef8.cloudfront.net\t/index.html\t403\t-\t"
				 "Mozilla/5.0%20(Windows%20NT%2010.0)\t-\t-\tError"), 403);
}

static void test_haproxy_and_logfmt(void **state)
{
	(void)state;
	log_layout_init(&layout, LOG_LAYOUT_AUTO);
	assert_int_equal(code_of(HAPROXY_LINE), 404);
	log_layout_init(&layout, LOG_LAYOUT_AUTO);
	assert_int_equal(code_of(HEROKU_LINE), 503);
	assert_int_equal(code_of("time=2026-11-30T10:00:05Z level=info msg=\"request\" status=\"201\" dur=3ms"), 201);
	assert_int_equal(locate("level=info msg=started"), LOG_LINE_NO_CODE);
	assert_int_equal(locate("status=ok"), LOG_LINE_NO_CODE);
}

static void test_named_and_generic(void **state)
{
	(void)state;
	log_layout_init(&layout, LOG_LAYOUT_AUTO);
	for (int i = 0; i < LOG_LAYOUT_DETECT_LINES - 1; i++)
		assert_int_equal(locate(CLF_LINE), LOG_LINE_GENERIC);
	assert_int_equal(layout.name, LOG_LAYOUT_AUTO);
	assert_int_equal(locate(CLF_LINE), LOG_LINE_GENERIC);
	assert_int_equal(layout.name, LOG_LAYOUT_CLF);
	/* Settled: a later ALB line is not detected. */
	assert_int_equal(locate(ALB_LINE), LOG_LINE_GENERIC);
	log_layout_restart(&layout);
	assert_int_equal(code_of(ALB_LINE), 502);

	log_layout_init(&layout, LOG_LAYOUT_ALB);
	assert_int_equal(locate(CLF_LINE), LOG_LINE_NO_CODE);
	assert_int_equal(locate(HEROKU_LINE), LOG_LINE_NO_CODE);
	assert_int_equal(layout.mismatched, 2);
	assert_int_equal(code_of(ALB_LINE), 502);
	log_layout_restart(&layout);
	assert_int_equal(layout.name, LOG_LAYOUT_ALB);
}

static void test_names(void **state)
{
	enum log_layout_name name;

	(void)state;
	assert_true(log_layout_parse_name("haproxy", &name));
	assert_int_equal(name, LOG_LAYOUT_HAPROXY);
	assert_true(log_layout_parse_name("auto", &name));
	assert_int_equal(name, LOG_LAYOUT_AUTO);
	assert_false(log_layout_parse_name("iis", &name));
	assert_false(log_layout_parse_name("", &name));
	assert_string_equal(log_layout_name_text(LOG_LAYOUT_LOGFMT), "logfmt");
	assert_string_equal(log_layout_names(), "clf, json, w3c, alb, elb, haproxy, logfmt");
}

/* The list of names is every layout's own name but auto's, in the table's order. */
static void test_names_list_every_layout(void **state)
{
	char expected[256] = "";

	(void)state;
	for (int i = LOG_LAYOUT_AUTO + 1; i < LOG_LAYOUT_COUNT; i++) {
		if (i > LOG_LAYOUT_AUTO + 1)
			strcat(expected, ", ");
		strcat(expected, log_layout_name_text((enum log_layout_name)i));
	}
	assert_string_equal(log_layout_names(), expected);
	assert_string_equal(log_layout_names(), expected);
}

/* The words --log-format completes with are the names it takes, each naming its own layout. */
static void test_words_name_each_layout(void **state)
{
	enum log_layout_name name;

	(void)state;
	for (int i = 0; i < LOG_LAYOUT_COUNT; i++) {
		assert_true(log_layout_parse_name(log_layout_words[i], &name));
		assert_int_equal(name, i);
	}
	assert_null(log_layout_words[LOG_LAYOUT_COUNT]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_alb_and_elb),
		cmocka_unit_test(test_w3c_iis),
		cmocka_unit_test(test_w3c_cloudfront),
		cmocka_unit_test(test_haproxy_and_logfmt),
		cmocka_unit_test(test_named_and_generic),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_names_list_every_layout),
		cmocka_unit_test(test_words_name_each_layout),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
