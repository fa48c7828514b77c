/*
 * Reading a query: a code, a status line, a pattern such as 4xx or 40x, a
 * name, a constant or a class; and reading a row of words (operands, or the
 * words of a line) into queries as a person means them.
 */
#ifndef QUERY_H
#define QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "core/status.h"
#include "core/substatus.h"

enum query_kind {
	QUERY_CODE,		/* three digits: 404, or 298 with no record */
	QUERY_PATTERN,		/* 4xx, 40x */
	QUERY_NAME,		/* a phrase, alias or constant */
	QUERY_CLASS,		/* a class's name or alias: redirect, server error */
	QUERY_SUBSTATUS,	/* an IIS sub-status: 404.13 */
	QUERY_SUBSTATUS_LIST,	/* a code's IIS sub-statuses: 404.x */
	QUERY_NONE,		/* matches nothing */
};

/* The longest query read; a longer one matches nothing. */
#define QUERY_TEXT_MAX 1023

struct query {
	enum query_kind kind;
	int code;			/* QUERY_CODE */
	int prefix;			/* QUERY_PATTERN: the fixed leading digits, 40 for 40x */
	int prefix_digits;		/* QUERY_PATTERN: how many digits are fixed */
	/* QUERY_CODE and QUERY_NAME: the first meaning, or NULL; QUERY_CLASS: a
	 * vendor's meaning of the same name, shown after the class, or NULL */
	const struct status *status;
	const struct status_class *class;	/* QUERY_CLASS */
	const struct substatus *substatus;	/* QUERY_SUBSTATUS: the sub-status, or NULL */
	const char *reason;		/* QUERY_CODE from a status line: its reason phrase, or NULL */
	size_t reason_length;
	char text[QUERY_TEXT_MAX + 1];	/* the query, its outer blanks trimmed */
};

void query_parse(const char *text, struct query *query);
bool query_parse_pattern(const char *text, struct query *query);
bool query_pattern_matches(const struct query *query, int code);
bool query_reason_matches(const struct query *query);

/* How a query is answered. */
enum query_answer_flags {
	QUERY_FIRST_MEANING = 1 << 0,	/* a code's first meaning only: one record a query */
	QUERY_VENDOR_CODES = 1 << 1,	/* -a: patterns match vendors' codes too */
};

typedef void query_found_function(void *context, const struct answer *answer);
bool query_answer(const struct query *query, unsigned flags, query_found_function *found,
		  void *context);

/* How many words from the first make one query, as a person means them. */
struct query_group {
	size_t words;		/* the words of the query, at least one */
	bool ambiguous;		/* they can be read as two different queries: answer neither */
	size_t other_start;	/* if ambiguous: where the other reading starts */
	size_t other_words;	/* and how many words it takes */
};

/* The most words one query may take: "HTTP/1.1 431 Request Header Fields Too Large". */
#define QUERY_GROUP_WORDS_MAX 8

void query_group(const char *const *words, size_t count, struct query_group *group);
bool query_word_adds_nothing(const char *word);
bool query_join(const char *const *words, size_t count, char *text, size_t size);

#endif
