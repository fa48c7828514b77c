/* Tests the guides at run time: suggestions, spellings and plurals, advice, the choose tree. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "core/advice.h"
#include "core/choose.h"
#include "core/query.h"
#include "core/suggest.h"
#include "core/synonyms.h"

static void test_edit_distance(void **state)
{
	(void)state;
	assert_int_equal(suggest_edit_distance("forbiden", 8, "forbidden", 9, 2), 1);
	assert_int_equal(suggest_edit_distance("fobridden", 9, "forbidden", 9, 2), 1);
	assert_int_equal(suggest_edit_distance("gone", 4, "gone", 4, 1), 0);
	assert_int_equal(suggest_edit_distance("abcdef", 6, "uvwxyz", 6, 2), 3);
	assert_int_equal(suggest_edit_distance("a", 1, "abcd", 4, 2), 3);
	assert_int_equal(suggest_edit_distance("", 0, "ab", 2, 2), 2);
}

/* Asserts the suggestions for text are exactly the codes given, in order (0 ends them). */
static void assert_suggests(const char *text, ...)
{
	const struct status *found[SUGGEST_MAX];
	size_t count = suggest_for_query(text, found), i = 0;
	va_list codes;
	int code;

	va_start(codes, text);
	while ((code = va_arg(codes, int)) != 0) {
		assert_true(i < count);
		assert_int_equal(found[i]->code, code);
		i++;
	}
	va_end(codes);
	assert_int_equal(count, i);
}

static void test_suggest_names(void **state)
{
	(void)state;
	assert_suggests("forbiden", 403, 0);
	assert_suggests("Not Fuond", 404, 0);
	assert_suggests("gatway timeout", 504, 0);
	assert_suggests("Unprocesable Entity", 422, 0);
	/* Short keys allow one edit, and keys under four characters none. */
	assert_suggests("gonne", 410, 0);
	assert_suggests("goxx", 0);
	assert_suggests("ok", 0);
	assert_suggests("", 0);
	assert_suggests("something else entirely", 0);
}

static void test_suggest_codes(void **state)
{
	(void)state;
	assert_suggests("4044", 404, 0);
	assert_suggests("4o4", 404, 0);
	assert_suggests("5OO", 500, 0);
	/* One edit from several registered codes: the first three by code. */
	assert_suggests("4066", 406, 0);
	assert_suggests("2000", 200, 0);
	assert_suggests("12345", 0);
}

static void assert_resolves(const char *name, int code)
{
	const struct status *status = suggest_resolve_name(name);
	struct query query;

	assert_non_null(status);
	assert_int_equal(status->code, code);
	query_parse(name, &query);
	assert_int_equal(query.kind, QUERY_NAME);
	assert_int_equal(query.status->code, code);
}

static void test_resolve(void **state)
{
	(void)state;
	assert_resolves("unauthorised", 401);
	assert_resolves("UNAUTHORISED", 401);
	assert_resolves("StatusUnauthorised", 401);
	assert_resolves("too many request", 429);
	assert_resolves("Not Founds", 404);
	assert_null(suggest_resolve_name("forbiden"));
	assert_null(suggest_resolve_name("nothing at all"));
	assert_null(suggest_resolve_name(""));
}

static void test_spelling_normalise(void **state)
{
	char out[64];

	(void)state;
	assert_true(spelling_normalise("unauthorised", out, sizeof out));
	assert_string_equal(out, "unauthorized");
	assert_true(spelling_normalise("authorisation required", out, sizeof out));
	assert_string_equal(out, "authorization required");
	assert_false(spelling_normalise("not found", out, sizeof out));
	assert_string_equal(out, "not found");
	assert_false(spelling_normalise("unauthorised", out, 8));
}

static void test_advice(void **state)
{
	const struct advice *pair = advice_for_pair(403, 401), *next = NULL;
	int compared[] = { 500, 502, 504, 200 };
	size_t count = 0;

	(void)state;
	assert_non_null(pair);
	assert_true(advice_concerns(pair, 401) && advice_concerns(pair, 403));
	assert_non_null(strstr(pair->text, "WWW-Authenticate"));
	assert_ptr_equal(advice_for_pair(401, 403), pair);
	assert_null(advice_for_pair(401, 401));
	assert_null(advice_for_pair(100, 418));
	assert_non_null(advice_for_pair(302, 307));
	while ((next = advice_next_for_code(403, next)) != NULL) {
		assert_true(advice_concerns(next, 403));
		count++;
	}
	assert_true(count >= 3);
	assert_int_equal(advice_shared(advice_for_pair(502, 504), compared, 4), 3);
	for (size_t i = 0; i < advice_count; i++) {
		assert_true(advice_table[i].code_count >= 2);
		for (int c = 1; c < advice_table[i].code_count; c++)
			assert_true(advice_table[i].codes[c - 1] < advice_table[i].codes[c]);
	}
}

/* Every node keeps the tree's rules: leaves have a code that exists, depth at most 4. */
static void check_node(const struct choose_node *node, int depth)
{
	const struct choose_node *child = choose_child(node);

	assert_int_equal(node->depth, depth);
	assert_true(depth <= CHOOSE_DEPTH_MAX);
	if (child == NULL) {
		assert_non_null(status_by_code(node->code));
		assert_true(node->reason[0] != '\0');
		return;
	}
	assert_true(node->question[0] != '\0');
	for (; child != NULL; child = choose_sibling(child)) {
		assert_ptr_equal(&choose_nodes[child->parent], node);
		assert_true(child->answer[0] != '\0');
		check_node(child, depth + 1);
	}
}

static void test_choose(void **state)
{
	int topics = 0;

	(void)state;
	for (const struct choose_node *root = choose_next_topic(NULL); root != NULL;
	     root = choose_next_topic(root)) {
		check_node(root, 1);
		topics++;
	}
	assert_int_equal(topics, 4);
	assert_string_equal(choose_topic("client error")->topic, "client error");
	assert_ptr_equal(choose_topic("Client-Error"), choose_topic("client error"));
	assert_ptr_equal(choose_topic("4xx"), choose_topic("client error"));
	assert_ptr_equal(choose_topic("5"), choose_topic("server error"));
	assert_ptr_equal(choose_topic("redirect"), choose_topic("3xx"));
	assert_ptr_equal(choose_topic("success"), choose_topic("2xx"));
	assert_null(choose_topic("1xx"));
	assert_null(choose_topic("nonsense"));
	assert_null(choose_topic(""));
	/* A leaf a few questions down leads back to its topic; a topic is its own root. */
	assert_true(choose_leaf_for_code(206)->depth > 2);
	assert_ptr_equal(choose_root_of(choose_leaf_for_code(206)), choose_topic("success"));
	assert_ptr_equal(choose_root_of(choose_leaf_for_code(511)), choose_topic("server error"));
	assert_ptr_equal(choose_root_of(choose_topic("redirect")), choose_topic("redirect"));
	assert_null(choose_leaf_for_code(100));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_edit_distance),
		cmocka_unit_test(test_suggest_names),
		cmocka_unit_test(test_suggest_codes),
		cmocka_unit_test(test_resolve),
		cmocka_unit_test(test_spelling_normalise),
		cmocka_unit_test(test_advice),
		cmocka_unit_test(test_choose),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
