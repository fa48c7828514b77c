/* Tests the guides' writers: advice, the choose outline and the suggestion list. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "output/guide.h"

static char *text;
static size_t text_size;

static struct output open_text(size_t width)
{
	struct output output = { open_memstream(&text, &text_size), width, false, false, false };

	assert_non_null(output.stream);
	return output;
}

static void close_text(struct output *output)
{
	assert_int_equal(fclose(output->stream), 0);
}

/* Every line of text fits in width columns (the data's text is ASCII here). */
static void assert_fits(const char *lines, size_t width)
{
	for (const char *line = lines; *line != '\0';) {
		size_t length = strcspn(line, "\n");

		if (length > width)
			fail_msg("line over %zu columns: %.*s", width, (int)length, line);
		line += length + (line[length] == '\n');
	}
}

static void test_suggestion(void **state)
{
	const struct status *found[] = { status_by_code(401), status_by_code(403), status_by_code(404) };
	char buffer[OUTPUT_SUGGESTION_BUFFER];

	(void)state;
	assert_string_equal(output_suggestion(found, 1, buffer), "401 Unauthorized");
	assert_string_equal(output_suggestion(found, 2, buffer), "401 Unauthorized or 403 Forbidden");
	assert_string_equal(output_suggestion(found, 3, buffer),
			    "401 Unauthorized, 403 Forbidden or 404 Not Found");
	assert_string_equal(output_suggestion(found, 0, buffer), "");
}

static void test_advice_text(void **state)
{
	const struct advice *advice[] = { advice_for_pair(401, 403), advice_for_pair(302, 307) };
	struct output output = open_text(60);

	(void)state;
	guide_advice_text(&output, advice, 2);
	close_text(&output);
	assert_memory_equal(text, "Advice\n  401 or 403: Send 401 when", strlen("Advice\n  401 or 403: Send 401 when"));
	assert_non_null(strstr(text, "\n\n  302, 303 or 307: "));
	assert_fits(text, 60);
	free(text);
	output = open_text(60);
	guide_advice_text(&output, advice, 0);
	close_text(&output);
	assert_string_equal(text, "");
	free(text);
}

static void test_advice_json(void **state)
{
	const struct advice *advice[] = { advice_for_pair(401, 403) };
	FILE *out = open_memstream(&text, &text_size);

	(void)state;
	guide_advice_json(out, advice, 1);
	guide_advice_json(out, advice, 0);
	fclose(out);
	assert_memory_equal(text, "[{\"codes\":[401,403],\"advice\":\"Send 401 when",
			    strlen("[{\"codes\":[401,403],\"advice\":\"Send 401 when"));
	assert_string_equal(text + strlen(text) - 5, "\"}][]");
	free(text);
}

static void test_choose_text(void **state)
{
	struct output output = open_text(50);
	const struct choose_node *root = choose_topic("success");
	size_t leaves = 0;

	(void)state;
	guide_choose_text(&output, root);
	close_text(&output);
	assert_memory_equal(text, "Successful (2xx)\n  ", strlen("Successful (2xx)\n  "));
	assert_fits(text, 50);
	free(text);
	/* Wide enough for every line: each leaf's code follows its answer. */
	output = open_text(500);
	guide_choose_text(&output, root);
	close_text(&output);
	for (size_t i = 0; i < choose_node_count; i++) {
		const struct choose_node *node = &choose_nodes[i], *top = node;
		char code[16];

		while (top->parent != CHOOSE_NONE)
			top = &choose_nodes[top->parent];
		if (top != root || node->code == CHOOSE_NONE)
			continue;
		snprintf(code, sizeof code, ": %03d ", node->code);
		assert_non_null(strstr(text, code));
		leaves++;
	}
	assert_true(leaves >= 4);
	free(text);
}

static void test_choose_json(void **state)
{
	FILE *out = open_memstream(&text, &text_size);
	int depth = 0, most = 0;

	(void)state;
	guide_choose_json(out, choose_topic("client error"));
	fclose(out);
	assert_memory_equal(text, "{\"topic\":\"client error\",\"class\":\"4xx\",\"question\":",
			    strlen("{\"topic\":\"client error\",\"class\":\"4xx\",\"question\":"));
	/* Brackets balance outside strings, and nest no deeper than the tree. */
	for (const char *c = text; *c != '\0'; c++) {
		if (*c == '"') {
			for (c++; *c != '"'; c++)
				c += *c == '\\';
			continue;
		}
		depth += (*c == '{' || *c == '[') - (*c == '}' || *c == ']');
		most = depth > most ? depth : most;
		assert_true(depth >= 0);
	}
	assert_int_equal(depth, 0);
	assert_true(most <= 2 * CHOOSE_DEPTH_MAX);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_suggestion),
		cmocka_unit_test(test_advice_text),
		cmocka_unit_test(test_advice_json),
		cmocka_unit_test(test_choose_text),
		cmocka_unit_test(test_choose_json),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
