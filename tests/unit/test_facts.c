/*
 * The data's facts against lists typed here from the IANA registry and
 * RFC 9110: every registered code and phrase, what is cacheable by default,
 * what may carry content, what each redirect does, the seed documents'
 * codes, and the vendor behind every unofficial code.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "core/code.h"
#include "core/status.h"
#include "core/substatus.h"
#include "status_data.h"

struct registered {
	int code;
	const char *phrase;
};

/*
 * The IANA HTTP Status Code Registry, as of RFC 9110 and its successors.
 * The registry writes 510 as "Not Extended (OBSOLETED)" and 104 with its
 * temporary registration's dates; the data records the phrase and says
 * "obsolete" or "temporary" in the kind column instead.
 */
static const struct registered registry[] = {
	{ 100, "Continue" }, { 101, "Switching Protocols" }, { 102, "Processing" },
	{ 103, "Early Hints" }, { 104, "Upload Resumption Supported" },
	{ 200, "OK" }, { 201, "Created" }, { 202, "Accepted" },
	{ 203, "Non-Authoritative Information" }, { 204, "No Content" },
	{ 205, "Reset Content" }, { 206, "Partial Content" }, { 207, "Multi-Status" },
	{ 208, "Already Reported" }, { 226, "IM Used" },
	{ 300, "Multiple Choices" }, { 301, "Moved Permanently" }, { 302, "Found" },
	{ 303, "See Other" }, { 304, "Not Modified" }, { 305, "Use Proxy" },
	{ 306, "(Unused)" }, { 307, "Temporary Redirect" }, { 308, "Permanent Redirect" },
	{ 400, "Bad Request" }, { 401, "Unauthorized" }, { 402, "Payment Required" },
	{ 403, "Forbidden" }, { 404, "Not Found" }, { 405, "Method Not Allowed" },
	{ 406, "Not Acceptable" }, { 407, "Proxy Authentication Required" },
	{ 408, "Request Timeout" }, { 409, "Conflict" }, { 410, "Gone" },
	{ 411, "Length Required" }, { 412, "Precondition Failed" },
	{ 413, "Content Too Large" }, { 414, "URI Too Long" },
	{ 415, "Unsupported Media Type" }, { 416, "Range Not Satisfiable" },
	{ 417, "Expectation Failed" }, { 418, "(Unused)" },
	{ 421, "Misdirected Request" }, { 422, "Unprocessable Content" },
	{ 423, "Locked" }, { 424, "Failed Dependency" }, { 425, "Too Early" },
	{ 426, "Upgrade Required" }, { 428, "Precondition Required" },
	{ 429, "Too Many Requests" }, { 431, "Request Header Fields Too Large" },
	{ 451, "Unavailable For Legal Reasons" },
	{ 500, "Internal Server Error" }, { 501, "Not Implemented" },
	{ 502, "Bad Gateway" }, { 503, "Service Unavailable" },
	{ 504, "Gateway Timeout" }, { 505, "HTTP Version Not Supported" },
	{ 506, "Variant Also Negotiates" }, { 507, "Insufficient Storage" },
	{ 508, "Loop Detected" }, { 510, "Not Extended" },
	{ 511, "Network Authentication Required" },
};

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static bool is_registered(int code)
{
	for (size_t i = 0; i < COUNT(registry); i++)
		if (registry[i].code == code)
			return true;
	return false;
}

static bool in_list(const int *list, size_t count, int code)
{
	for (size_t i = 0; i < count; i++)
		if (list[i] == code)
			return true;
	return false;
}

static void test_every_registered_code_with_its_phrase(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(registry); i++) {
		const struct status *status = status_by_code(registry[i].code);

		assert_non_null(status);
		assert_string_equal(status->phrase, registry[i].phrase);
		assert_true(status_is_registered(status));
	}
}

static void test_nothing_else_claims_to_be_registered(void **state)
{
	(void)state;
	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		if (status_is_registered(status) && !is_registered(status->code))
			fail_msg("%d %s is not in the registry but its kind is not unofficial",
				 status->code, status->phrase);
	}
}

static void test_kinds(void **state)
{
	(void)state;
	/* IANA does not deprecate 102: its RFC is obsolete and RFC 4918 dropped it. */
	assert_int_equal(status_by_code(102)->kind, KIND_LEGACY);
	assert_int_equal(status_by_code(104)->kind, KIND_TEMPORARY);
	assert_int_equal(status_by_code(CODE_NO_RESPONSE)->kind, KIND_PSEUDO);
	assert_int_equal(status_by_code(305)->kind, KIND_DEPRECATED);
	assert_int_equal(status_by_code(306)->kind, KIND_UNUSED);
	assert_int_equal(status_by_code(418)->kind, KIND_UNUSED);
	assert_int_equal(status_by_code(510)->kind, KIND_OBSOLETE);
	assert_int_equal(status_by_code(404)->kind, KIND_STANDARD);
}

/*
 * RFC 9110, Section 15.1, and RFC 7725, Section 3, for 451; RFC 6585 says a
 * cache must not store 428, 429, 431 and 511 at all.
 */
static void test_cacheable_by_default(void **state)
{
	static const int cacheable[] = { 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501 };
	static const int never[] = { 428, 429, 431, 511 };

	(void)state;
	for (size_t i = 0; i < COUNT(registry); i++) {
		const struct status *status = status_by_code(registry[i].code);
		int expected = in_list(cacheable, COUNT(cacheable), status->code) ? CACHEABLE_YES
			     : in_list(never, COUNT(never), status->code) ? CACHEABLE_NEVER
			     : CACHEABLE_NO;

		if (status->cacheable != expected)
			fail_msg("%d: cacheable is %d, should be %d", status->code, status->cacheable, expected);
	}
}

/* RFC 9110, Sections 15.2, 15.3.5, 15.3.6 and 15.4.5. */
static void test_content_forbidden(void **state)
{
	/* 000 has no response at all, so no content either. */
	static const int forbidden[] = { 0, 100, 101, 102, 103, 104, 204, 205, 304 };

	(void)state;
	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		if ((status->body == BODY_ALLOWED) == in_list(forbidden, COUNT(forbidden), status->code))
			fail_msg("%d: body should be %s", status->code,
				 status->body == BODY_ALLOWED ? "forbidden" : "allowed");
	}
}

/* RFC 9110, Sections 15.4.2 to 15.4.9. */
static void test_redirects(void **state)
{
	static const struct {
		int code;
		enum status_redirect redirect;
		enum status_method method;
	} redirects[] = {
		{ 301, REDIRECT_PERMANENT, METHOD_POST_TO_GET },
		{ 302, REDIRECT_TEMPORARY, METHOD_POST_TO_GET },
		{ 303, REDIRECT_INDIRECT, METHOD_GET },
		{ 307, REDIRECT_TEMPORARY, METHOD_KEEP },
		{ 308, REDIRECT_PERMANENT, METHOD_KEEP },
	};
	size_t redirect_rows = 0;

	(void)state;
	for (size_t i = 0; i < COUNT(redirects); i++) {
		const struct status *status = status_by_code(redirects[i].code);

		assert_int_equal(status->redirect, redirects[i].redirect);
		assert_int_equal(status->method, redirects[i].method);
	}
	for (size_t i = 0; i < status_count; i++)
		redirect_rows += status_table[i].redirect != REDIRECT_NONE;
	assert_int_equal(redirect_rows, COUNT(redirects));
}

static bool has_header(const struct status *status, const char *header)
{
	size_t length = strlen(header);

	for (const char *item = status->headers; *item != '\0';) {
		size_t item_length = strcspn(item, ";");

		if (item_length == length && strncmp(item, header, length) == 0)
			return true;
		item += item_length + (item[item_length] == ';');
	}
	return false;
}

static void test_headers(void **state)
{
	static const struct {
		int code;
		const char *header;
	} headers[] = {
		{ 100, "Expect" }, { 101, "Upgrade" }, { 301, "Location" }, { 302, "Location" },
		{ 303, "Location" }, { 307, "Location" }, { 308, "Location" },
		{ 401, "WWW-Authenticate" }, { 405, "Allow" },
		{ 407, "Proxy-Authenticate" }, { 416, "Content-Range" },
		{ 426, "Upgrade" }, { 429, "Retry-After" }, { 503, "Retry-After" },
	};

	(void)state;
	for (size_t i = 0; i < COUNT(headers); i++)
		if (!has_header(status_by_code(headers[i].code), headers[i].header))
			fail_msg("%d should name %s", headers[i].code, headers[i].header);
}

/* Every code the two seed documents name. */
static void test_seed_codes(void **state)
{
	static const int seeds[] = {
		100, 101, 102, 200, 201, 202, 203, 204, 205, 206, 207,
		300, 301, 302, 303, 304, 305, 306, 307,
		400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413,
		414, 415, 416, 417, 421, 422, 423, 424, 425, 426, 449,
		500, 501, 502, 503, 504, 505, 506, 507, 509, 510, 600,
	};

	(void)state;
	for (size_t i = 0; i < COUNT(seeds); i++)
		if (status_by_code(seeds[i]) == NULL)
			fail_msg("seed code %d is missing", seeds[i]);
}

/* The vendor codes of real logs, each with the vendor that uses it. */
static void test_vendor_codes(void **state)
{
	static const struct {
		int code;
		const char *vendor;
	} vendors[] = {
		{ 218, "Apache" }, { 419, "Laravel" }, { 420, "Twitter" }, { 420, "Spring" },
		{ 440, "Exchange" }, { 444, "nginx" }, { 449, "WebDAV" }, { 451, "Exchange" },
		{ 460, "AWS" }, { 463, "AWS" }, { 464, "AWS" }, { 494, "nginx" },
		{ 495, "nginx" }, { 496, "nginx" }, { 497, "nginx" }, { 498, "Esri" },
		{ 499, "nginx" }, { 499, "Esri" }, { 509, "cPanel" },
		{ 520, "Cloudflare" }, { 521, "Cloudflare" }, { 522, "Cloudflare" },
		{ 523, "Cloudflare" }, { 524, "Cloudflare" }, { 525, "Cloudflare" },
		{ 526, "Cloudflare" }, { 527, "Cloudflare" }, { 529, "Qualys" },
		{ 530, "Cloudflare" }, { 561, "AWS" },
		{ 103, "Google Gears" }, { 420, "Shopify" }, { 423, "Shopify" }, { 430, "Shopify" },
		{ 540, "Shopify" }, { 783, "Shopify" }, { 999, "LinkedIn" },
		{ 450, "Windows Parental Controls" }, { 499, "Google APIs" }, { 530, "Pantheon" },
		{ 530, "Edgio" }, { 531, "Edgio" }, { 532, "Edgio" }, { 533, "Edgio" },
		{ 534, "Edgio" }, { 535, "Edgio" }, { 536, "Edgio" }, { 537, "Edgio" },
		{ 538, "Edgio" }, { 539, "Edgio" }, { 540, "Edgio" }, { 541, "Edgio" },
		{ 542, "Edgio" }, { 543, "Edgio" }, { 544, "Edgio" }, { 545, "Edgio" },
		{ 546, "Edgio" }, { 547, "Edgio" }, { 548, "Edgio" },
	};

	(void)state;
	for (size_t i = 0; i < COUNT(vendors); i++) {
		const struct status *status = status_by_code(vendors[i].code);

		while (status != NULL && (status->kind != KIND_UNOFFICIAL ||
					  strstr(status->origin, vendors[i].vendor) == NULL))
			status = status_next_meaning(status);
		if (status == NULL)
			fail_msg("%d has no meaning from %s", vendors[i].code, vendors[i].vendor);
	}
	for (size_t i = 0; i < status_count; i++)
		if (status_table[i].kind == KIND_UNOFFICIAL)
			assert_null(strstr(status_table[i].origin, "nofficial"));
}

static void test_every_entry_is_complete(void **state)
{
	(void)state;
	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		assert_true(status->summary[0] != '\0');
		assert_true(status->description[0] != '\0');
		assert_true(status->notes[0] != '\0');
		assert_true(status->origin[0] != '\0');
	}
}

/* Every row names its source, or says why there is none. */
static void test_every_row_has_a_source(void **state)
{
	(void)state;
	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];

		if (status->source[0] == '\0' && status->source_note[0] == '\0')
			fail_msg("%d %s has no source and no source note", status->code, status->phrase);
		if (status->source[0] != '\0' && strncmp(status->source, "https://", 8) != 0)
			fail_msg("%d: source %s is not https", status->code, status->source);
	}
}

/* A registered code's source is its RFC section on the RFC Editor's site, and its MDN page. */
static void test_registered_links(void **state)
{
	(void)state;
	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];
		unsigned rfc;
		char section[32], expected[160];

		if (!status_is_registered(status) || status->kind == KIND_TEMPORARY)
			continue;
		assert_int_equal(sscanf(status->origin, "RFC %u, Section %31[0-9.]", &rfc, section), 2);
		snprintf(expected, sizeof expected,
			 "https://www.rfc-editor.org/rfc/rfc%u.html#section-%s", rfc, section);
		assert_string_equal(status->source, expected);
		/* MDN has no page for 305 and 306; every other registered code has one. */
		if (status->code == 305 || status->code == 306) {
			assert_string_equal(status->mdn, "");
			continue;
		}
		snprintf(expected, sizeof expected,
			 "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/%d", status->code);
		assert_string_equal(status->mdn, expected);
	}
	for (size_t i = 0; i < status_count; i++)
		if (!status_is_registered(&status_table[i]))
			assert_string_equal(status_table[i].mdn, "");
}

/* Sources checked by hand for single rows: spec sections, vendors' pages, and honest notes. */
static void test_sources(void **state)
{
	static const struct {
		int code;
		const char *origin_part;
		const char *source;	/* the whole URL, or "" with the note's start */
		const char *note;
	} sources[] = {
		{ 404, "RFC 9110", "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5", "" },
		{ 102, "RFC 2518", "https://www.rfc-editor.org/rfc/rfc2518.html#section-10.1", "" },
		{ 104, "draft-ietf-httpbis-resumable-upload",
		  "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/", "An Internet-Draft" },
		{ 0, "curl", "https://curl.se/docs/manpage.html#-w", "curl's manual" },
		{ 520, "Cloudflare",
		  "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/", "" },
		{ 430, "Shopify", "https://shopify.dev/docs/api/usage/response-codes", "" },
		{ 999, "LinkedIn", "", "No LinkedIn document" },
		{ 450, "Parental", "", "Microsoft Press" },
		{ 218, "Apache", "", "No vendor document" },
		{ 598, "Informal", "", "No vendor document" },
		{ 599, "Informal", "", "No vendor document" },
		{ 600, "Baidu", "", "No vendor document" },
		{ 509, "cPanel", "", "No cPanel document" },
		{ 527, "Cloudflare", "", "No current Cloudflare document" },
		{ 0, "AWS", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#response-code-000",
		  "AWS troubleshooting guide" },
		{ 0, "Akamai", "", "No public Akamai page" },
		{ 9, "nginx", "https://github.com/nginx/nginx/blob/master/src/http/modules/ngx_http_log_module.c", "nginx's source" },
		{ 299, "Linode", "https://techdocs.akamai.com/linode-api/reference/299", "" },
		{ 462, "Fastly", "", "No Fastly document found" },
		{ 492, "Akamai Enterprise", "https://techdocs.akamai.com/eaa/docs/app-response-codes-login-events-err", "Akamai's EAA page" },
		{ 562, "Akamai Enterprise", "https://techdocs.akamai.com/eaa/docs/app-response-codes-login-events-err", "Akamai's EAA page" },
		{ 503, "Fastly", "https://www.fastly.com/documentation/guides/concepts/errors/", "Fastly's guide" },
		{ 560, "Pantheon", "https://docs.pantheon.io/guides/errors-and-server-responses/retries-server-containers", "" },
		{ 561, "Pantheon", "https://docs.pantheon.io/guides/errors-and-server-responses/5xx-errors", "" },
		{ 600, "Akamai", "", "No Akamai document found" },
		{ 893, "Edgio", "", "No Edgio document found" },
	};

	(void)state;
	for (size_t i = 0; i < COUNT(sources); i++) {
		const struct status *status = status_by_code(sources[i].code);

		while (status != NULL && strstr(status->origin, sources[i].origin_part) == NULL)
			status = status_next_meaning(status);
		if (status == NULL)
			fail_msg("%d has no meaning from %s", sources[i].code, sources[i].origin_part);
		assert_string_equal(status->source, sources[i].source);
		if (strncmp(status->source_note, sources[i].note, strlen(sources[i].note)) != 0)
			fail_msg("%d: source note '%s' should start '%s'", sources[i].code,
				 status->source_note, sources[i].note);
	}
}

/* IIS sub-statuses: each belongs to a code in the data, in order, with a short meaning. */
static void test_iis_substatuses(void **state)
{
	(void)state;
	assert_true(substatus_count >= 100);
	for (size_t i = 0; i < substatus_count; i++) {
		const struct substatus *entry = &substatus_table[i];

		assert_non_null(status_by_code(entry->code));
		assert_true(strlen(entry->meaning) > 0 && strlen(entry->meaning) <= 80);
		/* The ASP.NET Core Module's own sub-statuses cite its troubleshooting guide. */
		if (strncmp(entry->meaning, "ASP.NET Core Module:", 20) == 0)
			assert_string_equal(entry->source,
					    "https://learn.microsoft.com/en-us/aspnet/core/test/troubleshoot-azure-iis");
		else
			assert_string_equal(entry->source,
					    "https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code");
		/* In order; a number repeats only for another product's meaning, with its own source. */
		if (i > 0)
			assert_true(entry[-1].code < entry->code ||
				    (entry[-1].code == entry->code && entry[-1].substatus < entry->substatus) ||
				    (entry[-1].code == entry->code && entry[-1].substatus == entry->substatus &&
				     strcmp(entry[-1].source, entry->source) != 0));
	}
	assert_non_null(substatus_find(404, 13));
	assert_non_null(substatus_find(500, 19));
	assert_non_null(substatus_find(403, 14));
	assert_non_null(substatus_find(400, 601));
	for (int sub = 30; sub <= 38; sub++)
		assert_non_null(substatus_find(500, sub));
	/* 502.5: IIS ARR's meaning and the ASP.NET Core Module's, each named. */
	/* 502.5 has IIS ARR's meaning and the ASP.NET Core Module's, each with its source. */
	assert_string_equal(substatus_find(502, 5)->meaning, "ARR: WebSocket forwarding failed");
	assert_string_equal(substatus_next_meaning(substatus_find(502, 5))->meaning,
			    "ASP.NET Core Module: the app's process failed to start");
	assert_non_null(strstr(substatus_next_meaning(substatus_find(502, 5))->source, "/aspnet/core/"));
	assert_null(substatus_next_meaning(substatus_next_meaning(substatus_find(502, 5))));
	assert_null(substatus_next_meaning(substatus_find(502, 4)));
	/* Microsoft's list has neither 500.14 nor 503.1. */
	assert_null(substatus_find(500, 14));
	assert_null(substatus_find(503, 1));
	assert_null(substatus_first(200));
}

/* The generator's STATUS_PHRASE_MAX, which annotate sizes its pieces by, is the longest phrase. */
static void test_phrase_max_is_the_longest_phrase(void **state)
{
	size_t longest = 0;

	(void)state;
	for (size_t i = 0; i < status_count; i++)
		if (strlen(status_table[i].phrase) > longest)
			longest = strlen(status_table[i].phrase);
	assert_int_equal(longest, STATUS_PHRASE_MAX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_registered_code_with_its_phrase),
		cmocka_unit_test(test_nothing_else_claims_to_be_registered),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_cacheable_by_default),
		cmocka_unit_test(test_content_forbidden),
		cmocka_unit_test(test_redirects),
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_seed_codes),
		cmocka_unit_test(test_vendor_codes),
		cmocka_unit_test(test_every_entry_is_complete),
		cmocka_unit_test(test_every_row_has_a_source),
		cmocka_unit_test(test_registered_links),
		cmocka_unit_test(test_sources),
		cmocka_unit_test(test_iis_substatuses),
		cmocka_unit_test(test_phrase_max_is_the_longest_phrase),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
