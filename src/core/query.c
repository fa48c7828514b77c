/*
 * Reading a query (query.h). Every query is read with the white space
 * around it dropped, by the rule of core/code.h, whatever its form; a name
 * in another spelling or number resolves when only one record fits
 * (suggest_resolve_name).
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/ascii.h"
#include "core/code.h"
#include "core/name.h"
#include "core/query.h"
#include "core/status_line.h"
#include "core/suggest.h"

static bool is_wildcard(char c)
{
	return c == 'x' || c == 'X';
}

/*
 * A pattern is three characters: a digit from 1 to 9, then digits, then at
 * least one x: 4xx, 40x. The wildcards come last, so x4x is not a pattern.
 */
bool query_parse_pattern(const char *text, struct query *query)
{
	int fixed = 0, prefix = 0;
	size_t length = strlen(text);

	code_trim(&text, &length);
	if (length != 3 || text[0] < '1' || text[0] > '9')
		return false;
	while (fixed < 3 && code_digit(text[fixed]) >= 0)
		prefix = prefix * 10 + code_digit(text[fixed++]);
	if (fixed == 3)
		return false;
	for (int i = fixed; i < 3; i++)
		if (!is_wildcard(text[i]))
			return false;
	query->kind = QUERY_PATTERN;
	query->prefix = prefix;
	query->prefix_digits = fixed;
	query->status = NULL;
	return true;
}

bool query_pattern_matches(const struct query *query, int code)
{
	int divisor = query->prefix_digits == 1 ? 100 : 10;

	return code / divisor == query->prefix;
}

/*
 * A code's list of IIS sub-statuses, 404.x: a code that IIS gives
 * sub-statuses, a dot and an x.
 */
static bool query_parse_substatus_list(const char *text, struct query *query)
{
	int code;

	if (strlen(text) != 5 || text[3] != '.' || !is_wildcard(text[4]) ||
	    (code = code_parse(text, 3)) < 0 || substatus_first(code) == NULL)
		return false;
	query->kind = QUERY_SUBSTATUS_LIST;
	query->code = code;
	query->status = status_by_code(code);
	return true;
}

/*
 * A code token (core/code.h): a code, or a code and an IIS sub-status the
 * data knows; a sub-status it does not know names the code alone.
 */
static bool query_parse_code(const char *text, struct query *query)
{
	struct code_token token;

	if (!code_token_read(text, strlen(text), &token))
		return false;
	query->kind = QUERY_CODE;
	query->code = token.code;
	query->status = status_by_code(token.code);
	if (token.substatus != CODE_NO_SUBSTATUS &&
	    (query->substatus = substatus_find(token.code, token.substatus)) != NULL)
		query->kind = QUERY_SUBSTATUS;
	return true;
}

/* Words put before a name or a code that add nothing to it: "HTTP status not found", "error 404". */
static const char *const leading_words[] = { "http", "status", "error", "code" };

/* The length of the leading word the length bytes of text start with, whole; 0 for none. */
static size_t leading_word(const char *text, size_t length)
{
	for (size_t i = 0; i < sizeof leading_words / sizeof leading_words[0]; i++) {
		size_t word = strlen(leading_words[i]);

		if (word <= length && strncasecmp(text, leading_words[i], word) == 0 &&
		    (word == length || code_is_blank(text[word])))
			return word;
	}
	return 0;
}

/* Whether the words are all such words but http, as in "404 error": no reason phrase. */
static bool is_noise(const char *words, size_t length)
{
	size_t used = 0, word;

	if (length == 0 || strncasecmp(words, "http", 4) == 0)
		return false;
	while (used < length) {
		if ((word = leading_word(words + used, length - used)) == 0)
			return false;
		for (used += word; used < length && code_is_blank(words[used]); used++)
			;
	}
	return true;
}

/*
 * A status line as a query: "HTTP/1.1 404 Not Found" or "HTTP/2 404", as
 * core/status_line.c reads them, or a code and its reason phrase, "404 Not
 * Found". It names the code; the reason phrase, when there is one, is kept
 * so that the answer can say whether it is the registered one.
 */
static bool query_parse_status_line(const char *text, struct query *query)
{
	size_t length = strlen(text), start, end, word;
	struct status_line line;
	struct code_token token;
	bool status_line = status_line_parse(text, length, &line);
	int code;

	if (status_line) {
		code = line.code;
		start = line.reason_offset;
		end = start + line.reason_length;
	} else {
		for (word = 0; word < length && !code_is_blank(text[word]); word++)
			;
		if (word == length || !code_token_read(text, word, &token))
			return false;
		code = token.code;
		for (start = word; start < length && code_is_blank(text[start]); start++)
			;
		end = length;
		if (is_noise(text + start, end - start))
			end = start;
	}
	query->kind = QUERY_CODE;
	query->code = code;
	query->status = status_by_code(code);
	query->reason = end > start ? text + start : NULL;
	query->reason_length = end - start;
	/*
	 * A code followed by its own name ("404 Not Found") is the code, as
	 * stream mode reads it; only a response's status line keeps its phrase.
	 */
	if (!status_line && query->reason != NULL && query_reason_matches(query))
		query->reason = NULL;
	return true;
}

/* Whether a status line's reason phrase names its code (a phrase or alias of one of its meanings). */
bool query_reason_matches(const struct query *query)
{
	char reason[NAME_KEY_BUFFER * 4];
	const struct status *named;

	if (query->reason == NULL || query->reason_length >= sizeof reason)
		return query->reason == NULL;
	memcpy(reason, query->reason, query->reason_length);
	reason[query->reason_length] = '\0';
	named = status_by_name(reason);
	return named != NULL && named->code == query->code;
}

/* The record a constant names in one ecosystem's table: name is what follows the qualifier. */
static const struct status *constant_in(int ecosystem, const char *name)
{
	char qualified[NAME_KEY_BUFFER * 2];
	const struct status *status;

	if ((size_t)snprintf(qualified, sizeof qualified, "%s%s", ecosystems[ecosystem].qualifier,
			     name) >= sizeof qualified)
		return NULL;
	status = status_by_exact_name(qualified);
	for (status = status != NULL ? status_by_code(status->code) : NULL; status != NULL;
	     status = status_next_meaning(status))
		if (status_has_constant(status, ecosystem, name))
			return status;
	return NULL;
}

/*
 * A qualified constant (HttpStatusCode.Redirect, http.StatusFound,
 * HTTPStatus.FOUND) names a record through its own ecosystem's table only:
 * .NET's Redirect is 302, whatever other tables call Redirect. Qualifiers
 * are matched in their case first, since Python's HTTPStatus and Spring's
 * HttpStatus differ only in case; in any case when none matches so. True
 * when the text is qualified, found or not.
 */
static bool query_parse_qualified(struct query *query)
{
	for (int any_case = 0; any_case < 2; any_case++) {
		bool qualified = false;

		for (int e = 0; e < ECOSYSTEM_COUNT; e++) {
			const char *qualifier = ecosystems[e].qualifier;
			size_t length = strlen(qualifier);
			const struct status *status;

			if ((any_case ? strncasecmp(query->text, qualifier, length)
				      : strncmp(query->text, qualifier, length)) != 0 ||
			    query->text[length] == '\0')
				continue;
			qualified = true;
			status = constant_in(e, query->text + length);
			if (status != NULL) {
				query->kind = QUERY_NAME;
				query->status = status;
				return true;
			}
		}
		if (qualified)
			return true;
	}
	return false;
}

/*
 * A single word of letters, as in prose ("moved", "Ambiguous"), is not
 * read as some language's bare constant: only an identifier is
 * (RedirectKeepVerb, SC_NOT_FOUND).
 */
static bool is_plain_word(const char *text)
{
	if (text[strspn(text, ASCII_LETTERS)] != '\0')
		return false;
	for (size_t i = 1; text[i] != '\0'; i++)
		if (ascii_is_upper(text[i]) && ascii_is_lower(text[i - 1]))
			return false;
	return true;
}

static void query_parse_trimmed(struct query *query);

/*
 * "HTTP redirect", "status not found", "error 404": the word a person puts
 * first names nothing itself, so what follows it is the query, when it
 * names something; false, with the text as it was, when it does not.
 */
static bool query_parse_after_leading_word(struct query *query)
{
	char whole[QUERY_TEXT_MAX + 1];
	const char *rest = query->text + leading_word(query->text, strlen(query->text));
	size_t length = strlen(rest);

	if (rest == query->text)
		return false;
	memcpy(whole, query->text, sizeof whole);
	code_trim(&rest, &length);
	memmove(query->text, rest, length);
	query->text[length] = '\0';
	query_parse_trimmed(query);
	if (query->kind != QUERY_NONE)
		return true;
	memcpy(query->text, whole, sizeof whole);
	query->status = NULL;
	query->class = NULL;
	return false;
}

/*
 * A name: a registered code's name first, then a class ("redirect",
 * "server error"), then a vendor's name; a vendor's meaning that a class
 * also answers to is kept to be shown after the class, never alone.
 */
static void query_parse_name(struct query *query)
{
	const char *text = query->text;
	const struct status *status;

	if (query_parse_qualified(query))
		return;
	status = status_by_exact_name(text);
	query->kind = QUERY_NAME;
	query->status = status;
	if (status != NULL && status->kind != KIND_UNOFFICIAL)
		return;
	if (strpbrk(text, ASCII_LETTERS) != NULL && (query->class = status_class_by_name(text)) != NULL) {
		query->kind = QUERY_CLASS;
		return;
	}
	if (status != NULL || query_parse_after_leading_word(query))
		return;
	if (!is_plain_word(text))
		status = status_by_name(text);
	if (status == NULL)
		status = suggest_resolve_name(text);
	query->status = status;
	query->kind = status != NULL ? QUERY_NAME : QUERY_NONE;
}

/* Reads the text, already trimmed, in query->text. */
static void query_parse_trimmed(struct query *query)
{
	const char *text = query->text;
	size_t length = strlen(text);

	query->kind = QUERY_NONE;
	if (length == 0 || query_parse_code(text, query) || query_parse_substatus_list(text, query))
		return;
	if (query_parse_pattern(text, query) || query_parse_status_line(text, query))
		return;
	query_parse_name(query);
}

void query_parse(const char *text, struct query *query)
{
	size_t length = strlen(text);

	*query = (struct query){ .kind = QUERY_NONE };
	code_trim(&text, &length);
	if (length > QUERY_TEXT_MAX)
		return;
	memcpy(query->text, text, length);
	query->text[length] = '\0';
	query_parse_trimmed(query);
}

/*
 * A pattern or a class names the listed codes in it: registered ones, and
 * with all the vendors'. A class holds the codes status_class_of puts in
 * it, as class and the bare form list them: the invalid class those
 * outside 100-599.
 */
static bool answer_listed(const struct query *query, bool all, query_found_function *found,
			  void *context)
{
	bool any = false;

	for (size_t i = 0; i < status_count; i++) {
		const struct status *status = &status_table[i];
		bool member = query->kind == QUERY_CLASS ? status_class_of(status->code) == query->class
							 : query_pattern_matches(query, status->code);

		if (!member || !status_listed(status, all))
			continue;
		found(context, &(struct answer){ status->code, status, NULL });
		any = true;
	}
	return any;
}

/*
 * Hands found each answer to a parsed query, in order; false when it
 * matches nothing. A code answers with all its meanings, or with
 * QUERY_FIRST_MEANING only its first: the registered one, else the one
 * users meet most (the data keeps a code's rows in that order); a list of
 * sub-statuses then answers with its code.
 */
bool query_answer(const struct query *query, unsigned flags, query_found_function *found,
		  void *context)
{
	bool first_only = (flags & QUERY_FIRST_MEANING) != 0;

	switch (query->kind) {
	case QUERY_CODE:
		if (query->status == NULL)
			found(context, &(struct answer){ query->code, NULL, NULL });
		for (const struct status *s = query->status; s != NULL;
		     s = first_only ? NULL : status_next_meaning(s))
			found(context, &(struct answer){ s->code, s, NULL });
		return true;
	case QUERY_NAME:
		/* A name shared by meanings of one code answers with each of them. */
		for (const struct status *s = query->status; s != NULL; s = status_next_meaning(s))
			if (s == query->status || (!first_only && status_answers_name(s, query->text)))
				found(context, &(struct answer){ s->code, s, NULL });
		return true;
	case QUERY_PATTERN:
	case QUERY_CLASS:
		return answer_listed(query, (flags & QUERY_VENDOR_CODES) != 0, found, context);
	case QUERY_SUBSTATUS:
		for (const struct substatus *s = query->substatus; s != NULL;
		     s = first_only ? NULL : substatus_next_meaning(s))
			found(context, &(struct answer){ query->code, query->status, s });
		return true;
	case QUERY_SUBSTATUS_LIST:
		if (first_only) {
			found(context, &(struct answer){ query->code, query->status, NULL });
			return true;
		}
		for (const struct substatus *s = substatus_first(query->code); s != NULL;
		     s = substatus_next(s))
			found(context, &(struct answer){ query->code, query->status, s });
		return true;
	case QUERY_NONE:
		break;
	}
	return false;
}

/* Joins the words, each trimmed, with single spaces into text; false when they do not fit. */
bool query_join(const char *const *words, size_t count, char *text, size_t size)
{
	size_t used = 0;

	for (size_t i = 0; i < count; i++) {
		const char *word = words[i];
		size_t length = strlen(word);

		code_trim(&word, &length);
		if (used + (i > 0) + length >= size)
			return false;
		if (i > 0)
			text[used++] = ' ';
		memcpy(text + used, word, length);
		used += length;
	}
	text[used] = '\0';
	return true;
}

static bool starts_with_digit(const char *word)
{
	while (code_is_blank(*word))
		word++;
	return code_digit(*word) >= 0;
}

/* A word that is an HTTP version alone, HTTP/1.1: a quoted status line is a whole query already. */
static bool is_http_version(const char *word)
{
	size_t length = strlen(word);

	code_trim(&word, &length);
	return length > 5 && strncmp(word, "HTTP/", 5) == 0 && code_digit(word[5]) >= 0 &&
	       strcspn(word, " \t") >= length;
}

/*
 * A status line typed without quotes, HTTP/1.1 404 Not Found: the version,
 * the code and the reason's words up to the next code or version. 0 when
 * the words do not start one.
 */
static size_t status_line_words(const char *const *words, size_t count)
{
	size_t taken = 2;
	const char *code = count >= 2 ? words[1] : "";
	size_t length = strlen(code);

	code_trim(&code, &length);
	if (count < 2 || !is_http_version(words[0]) || code_parse(code, length) < 100)
		return 0;
	while (taken < count && !starts_with_digit(words[taken]) && !is_http_version(words[taken]))
		taken++;
	return taken;
}

/* Whether the word adds nothing to the code or name it is put before ("error" in "error 404"). */
bool query_word_adds_nothing(const char *word)
{
	size_t length = strlen(word);

	code_trim(&word, &length);
	return length > 0 && leading_word(word, length) == length;
}

/* Whether the words, joined in text, are one query: a name, a class, or a code and its own name. */
static bool joins_as_one(const char *text)
{
	static struct query query;

	query_parse(text, &query);
	/* A code and its own name, or a code and words that add nothing ("404 error", "error 404"). */
	if (query.kind == QUERY_CODE)
		return query.reason == NULL || query_reason_matches(&query);
	return query.kind == QUERY_NAME || query.kind == QUERY_CLASS;
}

/* The most words from the first that name one thing together, longest first; 1 if none. */
static size_t name_words(const char *const *words, size_t count)
{
	char text[QUERY_TEXT_MAX + 1];
	size_t most = count < QUERY_GROUP_WORDS_MAX ? count : QUERY_GROUP_WORDS_MAX, lead = 0;

	/* No name has a word that starts with a digit after its first, but a code may follow "error". */
	while (lead < most && query_word_adds_nothing(words[lead]))
		lead++;
	for (size_t i = 1; i < most; i++)
		if (starts_with_digit(words[i]) && i != lead) {
			most = i;
			break;
		}
	for (size_t taken = most; taken >= 2; taken--)
		if (query_join(words, taken, text, sizeof text) && joins_as_one(text))
			return taken;
	return 1;
}

/* What the words name together: a code, a class (-1 - its digit), or INT_MIN for nothing. */
static int named_by(const char *const *words, size_t count)
{
	static struct query query;
	char text[QUERY_TEXT_MAX + 1];

	if (!query_join(words, count, text, sizeof text))
		return INT_MIN;
	query_parse(text, &query);
	if (query.kind == QUERY_CLASS)
		return -1 - query.class->digit;
	if (query.kind == QUERY_CODE || query.kind == QUERY_NAME)
		return query.status != NULL ? query.status->code : query.code;
	return INT_MIN;
}

/*
 * Whether two overlapping matches are one reading after all: they name the
 * same code ("error 404" and "404 not found"), or they share only words
 * that add nothing ("error" in "404 error" and "error 500").
 */
static bool same_reading(const char *const *words, size_t taken, size_t start, size_t other)
{
	bool shared_noise = true;

	for (size_t i = start; i < taken; i++)
		shared_noise = shared_noise && query_word_adds_nothing(words[i]);
	return shared_noise || named_by(words, taken) == named_by(words + start, other);
}

/*
 * Reads the first query from a row of words (operands, or a line's words)
 * as a person means it: adjacent words that together are a name, a former
 * name, an alias, a constant, a class or a status line are one query, the
 * longest first, so "not found" is 404 and never "not" and 302 Found. When
 * a word of the match also starts a longer match beyond it ("expectation
 * failed dependency": 417 or 424), the words have two readings, and the
 * group says so.
 */
void query_group(const char *const *words, size_t count, struct query_group *group)
{
	size_t taken = status_line_words(words, count);

	group->ambiguous = false;
	group->words = count == 0 ? 0 : 1;
	if (taken > 0) {
		group->words = taken;
		return;
	}
	if (count < 2)
		return;
	taken = name_words(words, count);
	group->words = taken;
	for (size_t start = 1; start < taken; start++) {
		size_t other = name_words(words + start, count - start);

		if (other >= 2 && start + other > taken && !same_reading(words, taken, start, other)) {
			group->ambiguous = true;
			group->other_start = start;
			group->other_words = other;
			return;
		}
	}
}
