/*
 * Reads every record's example response as --field writes it, with the
 * response-head reader that reads curl's output: the first response must
 * carry the record's code, and its head (or, for a 1xx, one of its interim
 * heads) every header field the record's headers column names (but Expect
 * and Range, which a request carries).
 * A registered code has an example unless no server sends it alone.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/schema.h"
#include "core/status_line.h"
#include "filters/heads.h"
#include "output/fields.h"

#define RESPONSES_MAX 4

struct responses {
	size_t count;
	int codes[RESPONSES_MAX];
	bool first_has_location;
};

static void gather(void *context, const struct heads_response *response)
{
	struct responses *responses = context;

	if (responses->count == 0)
		responses->first_has_location = response->location != NULL;
	if (responses->count < RESPONSES_MAX)
		responses->codes[responses->count] = response->status.code;
	responses->count++;
}

/*
 * Whether a head of the record's code has a field called name: the first
 * head, or one of the interim heads of a 1xx (104 sends Location in one and
 * Upload-Offset in a later one). Each head ends with an empty line.
 */
static bool code_head_has(const char *wire, int code, const char *name, size_t length)
{
	struct status_line status = { 0 };
	bool head_start = true;

	for (const char *line = wire;;) {
		const char *end = strstr(line, "\r\n");

		if (end == NULL)
			return false;
		if (head_start && !status_line_parse(line, (size_t)(end - line), &status))
			return false;
		if (!head_start && end == line && (status.code / 100 != 1 || status.code == 101))
			return false;	/* the final head has ended; the body follows */
		if (!head_start && status.code == code && strncasecmp(line, name, length) == 0 &&
		    line[length] == ':')
			return true;
		head_start = end == line;
		line = end + 2;
	}
}

/* Header fields a request carries, which the response cannot hold: 100's Expect, Range. */
static bool is_request_field(const char *name, size_t length)
{
	return (length == 6 && strncasecmp(name, "Expect", 6) == 0) ||
	       (length == 5 && strncasecmp(name, "Range", 5) == 0);
}

/*
 * Every registered code has an example but those no server sends as a
 * response of its own: 208 (only inside a 207's body), 305 (deprecated,
 * ignored by clients), 306 and 418 (reserved).
 */
static bool needs_example(const struct status *status)
{
	return status_is_registered(status) && status->code != 208 && status->code != 305 &&
	       status->code != 306 && status->code != 418;
}

static void check_example(const struct status *status, const char *wire, size_t size)
{
	struct responses responses = { 0 };
	struct heads heads;

	assert_int_equal(heads_detect(wire, size, true), HEADS_PLAIN);
	heads_init(&heads, HEADS_PLAIN, gather, &responses);
	heads_feed(&heads, wire, size);
	heads_finish(&heads);
	/* A 1xx (but 101) is followed by the final response; any other code stands alone. */
	if (status->code / 100 == 1 && status->code != 101)
		assert_true(responses.count >= 2 && responses.count <= RESPONSES_MAX);
	else
		assert_int_equal(responses.count, 1);
	assert_int_equal(responses.codes[0], status->code);
	for (const char *item = status->headers; item[0] != '\0';) {
		size_t length = strcspn(item, ";");

		if (!is_request_field(item, length) && !code_head_has(wire, status->code, item, length))
			fail_msg("%03d %s: the example lacks %.*s", status->code, status->phrase,
				 (int)length, item);
		if (length == 8 && strncmp(item, "Location", 8) == 0)
			assert_true(responses.first_has_location);
		item += length + (item[length] == ';');
	}
}

static void test_every_example_reads_as_its_record(void **state)
{
	int field = schema_field_by_name("example");
	size_t examples = 0;

	(void)state;
	assert_int_not_equal(field, FIELD_NONE);
	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];
		struct answer answer = { status->code, status, NULL };
		char *wire = NULL;
		size_t size = 0;
		FILE *out = open_memstream(&wire, &size);
		bool written;

		assert_non_null(out);
		written = field_write(out, field, &answer);
		fclose(out);
		if (written) {
			check_example(status, wire, size);
			examples++;
		} else if (needs_example(status)) {
			fail_msg("%03d %s has no example", status->code, status->phrase);
		}
		free(wire);
	}
	assert_true(examples > 60);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_example_reads_as_its_record),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
