/* Writing what a subcommand found, in the chosen format: the one output layer. */
#ifndef ANSWERS_H
#define ANSWERS_H

#include <stdbool.h>

#include "core/choose.h"
#include "core/query.h"
#include "core/search.h"
#include "output/fields.h"
#include "output/output.h"

/*
 * The version of the JSON members' layout: one object per line for each
 * answer (2). A change that could break a reader of the objects raises it.
 */
#define ANSWERS_JSON_SCHEMA 2

enum output_format {
	FORMAT_TEXT,
	FORMAT_JSON,
	FORMAT_TSV,
};

/* The most fields one --field may name: every field, and a few twice. */
#define ANSWER_FIELDS_MAX (2 * FIELD_COUNT)

/*
 * How answers are written: --format; --field's fields (field is the first,
 * FIELD_NONE unless given); --all-meanings.
 */
struct answer_format {
	enum output_format format;
	int field;
	int fields[ANSWER_FIELDS_MAX];
	int field_count;
	bool all_meanings;	/* scripts get every meaning of a shared code, not one record */
};

/* How an answer is written as text. */
enum answer_text {
	TEXT_LINE,		/* "404 Not Found - The server found nothing ..." */
	TEXT_ENTRY,		/* explain's whole entry */
	TEXT_NAME,		/* list's "404 Not Found" */
};

struct answers {
	const struct output *output;
	struct answer_format format;
	enum answer_text text;
	bool stream;		/* stdin: one record for each query, a miss too */
	int count;
	int unwritten;		/* --field answers whose record lacks the field (an example) */
};

void answers_begin(struct answers *answers);
void answers_add(struct answers *answers, const struct answer *answer);
void answers_add_miss(struct answers *answers, const char *query, size_t length);
void answers_add_class(struct answers *answers, const struct status_class *class, bool all);
void answers_add_hit(struct answers *answers, const struct search_hit *hit);
void answers_compare(struct answers *answers, const struct status *const *columns,
		     const int *codes, int count);

/* A response read from HTTP traffic (curl -sI and the like): its status line and its Location. */
struct response_facts {
	const char *status_line;
	const char *version;	/* "1.1", "2" */
	const char *location;	/* NULL when the head has none */
};

void answers_add_response(struct answers *answers, const struct answer *answer,
			  const struct response_facts *response);
void answers_add_topic(struct answers *answers, const struct choose_node *root);
void answers_add_choice(struct answers *answers, const struct choose_node *leaf,
			const struct search_hit *hit);
unsigned answers_query_flags(const struct answers *answers, bool all);
bool answers_query(struct answers *answers, const struct query *query, unsigned flags);
void answers_report_ambiguous(const struct output *output, const char *const *words,
			      const struct query_group *group);

#endif
