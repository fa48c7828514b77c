/*
 * Writing what a subcommand found, in the chosen format: text, JSON lines
 * (one object for each answer, whether the queries came from the operands
 * or from stdin, so that one jq program reads both), TSV rows under a
 * header, or the --field fields of each answer on a line, tab-separated.
 * Records, classes and search hits all go through here, so every
 * subcommand has every format. TSV and --field have one row per record
 * whatever the subcommand: a class gives its members.
 */
#include <err.h>
#include <stdlib.h>

#include "core/advice.h"
#include "output/answers.h"
#include "output/guide.h"
#include "output/json.h"
#include "output/quote.h"
#include "output/render.h"
#include "output/render_json.h"

static bool answers_structured(const struct answer_format *format)
{
	return format->field != FIELD_NONE || format->format == FORMAT_TSV;
}

void answers_begin(struct answers *answers)
{
	FILE *out = answers->output->stream;

	answers->count = 0;
	if (answers->format.field == FIELD_NONE && answers->format.format == FORMAT_TSV)
		fields_write_header(out);
}

/* Starts the next JSON line, or the next text entry; true for JSON. */
static bool answers_next(struct answers *answers, bool blank_between)
{
	bool json = answers->format.format == FORMAT_JSON;

	if (answers->count++ > 0 && !json && blank_between)
		fputc('\n', answers->output->stream);
	return json;
}

/*
 * The row of an answer, or of a miss (answer NULL): in TSV every field, with
 * --field the chosen ones, tab-separated. A field alone is written as
 * field_write writes it: an example as the response sent, so a missing one
 * is said on stderr, not as an empty line.
 */
static void answers_write_fields(struct answers *answers, const struct answer *answer)
{
	FILE *out = answers->output->stream;

	answers->count++;
	if (answers->format.field == FIELD_NONE) {
		fields_write_row(out, NULL, FIELD_COUNT, answer);
	} else if (answers->format.field_count > 1 || answer == NULL) {
		fields_write_row(out, answers->format.fields, answers->format.field_count, answer);
	} else if (!field_write(out, answers->format.field, answer)) {
		/* Counted, so that the exit status tells when no record of a query had it. */
		answers->unwritten++;
		if (!answers->output->quiet)
			warnx("%03d %s has no %s", answer->code,
			      answer->status != NULL ? answer->status->phrase : "(no record)",
			      schema_fields[answers->format.field].name);
	}
}

/*
 * The advice an entry shows: explain's, every advice on its code; compare's
 * (codes not NULL), the advice on its code and another compared one.
 * Returns how many it put in advice.
 */
static size_t answers_advice(int code, const int *codes, size_t count,
			     const struct advice *advice[ADVICE_PER_CODE_MAX])
{
	size_t found = 0;

	for (const struct advice *next = advice_next_for_code(code, NULL);
	     next != NULL && found < ADVICE_PER_CODE_MAX; next = advice_next_for_code(code, next))
		if (codes == NULL || advice_shared(next, codes, count) >= 2)
			advice[found++] = next;
	return found;
}

/* An answer's JSON object, left open for more members; explain's and compare's (codes) with their advice. */
static void answers_json_open(struct answers *answers, const struct answer *answer,
			      const int *codes, size_t count)
{
	FILE *out = answers->output->stream;
	const struct advice *advice[ADVICE_PER_CODE_MAX];

	render_json_members(out, answer, answers->text == TEXT_NAME ? SHOW_LIST : SHOW_RECORD);
	if (answer->status == NULL || (answers->text != TEXT_ENTRY && codes == NULL))
		return;
	fputs(",\"advice\":", out);
	guide_advice_json(out, advice, answers_advice(answer->code, codes, count, advice));
}

void answers_add(struct answers *answers, const struct answer *answer)
{
	FILE *out = answers->output->stream;

	if (answers_structured(&answers->format)) {
		answers_write_fields(answers, answer);
	} else if (answers_next(answers, answers->text == TEXT_ENTRY)) {
		answers_json_open(answers, answer, NULL, 0);
		fputs("}\n", out);
	} else if (answers->text == TEXT_ENTRY) {
		const struct advice *advice[ADVICE_PER_CODE_MAX];
		size_t count = answer->status != NULL ? answers_advice(answer->code, NULL, 0, advice) : 0;

		if (render_answer_explain(answers->output, answer) && count > 0) {
			fputc('\n', out);
			guide_advice_text(answers->output, advice, count);
		}
	} else if (answers->text == TEXT_NAME) {
		render_name(answers->output, answer->status);
		fputc('\n', out);
	} else {
		render_answer_line(answers->output, answer);
	}
}

/*
 * A query that matched nothing, in stream mode, where every query has its
 * line so that the answers stay in line with the queries: for --field the
 * field's value (empty, or false for known), in TSV a row with known false,
 * in JSON an object with the query and "known":false, and as text the query
 * made safe to show and "- no status code matches".
 */
void answers_add_miss(struct answers *answers, const char *query, size_t length)
{
	FILE *out = answers->output->stream;
	char quoted[QUOTE_BUFFER];

	if (answers_structured(&answers->format)) {
		answers_write_fields(answers, NULL);
	} else if (answers_next(answers, false)) {
		fputs("{\"query\":", out);
		json_string_bytes(out, query, length);
		fputs(",\"known\":false}\n", out);
	} else {
		fprintf(out, "%s - no status code matches\n",
			quote_bytes_for_message(query, length, quoted));
	}
}

/* A class and its listed members (vendors' too with all); in TSV and --field, the members. */
void answers_add_class(struct answers *answers, const struct status_class *class, bool all)
{
	static const struct status *members[STATUS_ROW_COUNT];
	size_t count = 0;

	for (size_t s = 0; s < status_count; s++)
		if (status_class_of(status_table[s].code) == class && status_listed(&status_table[s], all))
			members[count++] = &status_table[s];
	if (answers_structured(&answers->format)) {
		for (size_t i = 0; i < count; i++)
			answers_add(answers, &(struct answer){ members[i]->code, members[i], NULL });
	} else if (answers_next(answers, true)) {
		render_json_class(answers->output->stream, class, members, count);
		fputc('\n', answers->output->stream);
	} else {
		render_class(answers->output, class, members, count);
	}
}

/* A search hit with a snippet of where it matched; in TSV and --field, its record. */
void answers_add_hit(struct answers *answers, const struct search_hit *hit)
{
	if (answers_structured(&answers->format)) {
		answers_add(answers, &(struct answer){ hit->status->code, hit->status, NULL });
	} else if (answers_next(answers, false)) {
		render_hit(answers->output, hit, true);
		fputc('\n', answers->output->stream);
	} else {
		render_hit(answers->output, hit, false);
	}
}

/*
 * compare: a table of the records as text, then the advice on two or more
 * of them; in other formats, the records as answers, in JSON each with its
 * share of that advice.
 */
void answers_compare(struct answers *answers, const struct status *const *columns,
		     const int *codes, int count)
{
	FILE *out = answers->output->stream;

	if (answers->format.format == FORMAT_TEXT && answers->format.field == FIELD_NONE) {
		const struct advice **advice = malloc(advice_count * sizeof *advice);
		size_t advised = 0;

		if (count > 0)
			render_compare(answers->output, columns, count);
		for (size_t i = 0; advice != NULL && i < advice_count; i++)
			if (advice_shared(&advice_table[i], codes, (size_t)count) >= 2)
				advice[advised++] = &advice_table[i];
		if (advised > 0) {
			fputc('\n', out);
			guide_advice_text(answers->output, advice, advised);
		}
		free(advice);
		return;
	}
	answers_begin(answers);
	for (int c = 0; c < count; c++) {
		struct answer answer = { columns[c]->code, columns[c], NULL };

		if (answers_structured(&answers->format)) {
			answers_add(answers, &answer);
			continue;
		}
		answers_next(answers, false);
		answers_json_open(answers, &answer, codes, (size_t)count);
		fputs("}\n", out);
	}
}

/*
 * A response in HTTP traffic: as text, "301 Moved Permanently -> URL" when
 * it has a Location, else the answer's line; as JSON, the answer's object
 * with a "response" member; as TSV or --field, the answer.
 */
void answers_add_response(struct answers *answers, const struct answer *answer,
			  const struct response_facts *response)
{
	FILE *out = answers->output->stream;

	if (answers_structured(&answers->format) ||
	    (answers->format.format == FORMAT_TEXT && response->location == NULL)) {
		answers_add(answers, answer);
	} else if (answers_next(answers, false)) {
		answers_json_open(answers, answer, NULL, 0);
		fputs(",\"response\":{\"status_line\":", out);
		json_string(out, response->status_line);
		fputs(",\"version\":", out);
		json_string(out, response->version);
		fputs(",\"location\":", out);
		json_string_or_null(out, response->location);
		fputs("}}\n", out);
	} else {
		render_location(answers->output, answer, response->location);
	}
}

/* A status line's reason phrase is shown cut to this many bytes. */
#define GIVEN_REASON_MAX 256
#define GIVEN_REASON_LENGTH(length) ((length) < GIVEN_REASON_MAX ? (length) : GIVEN_REASON_MAX)

/*
 * In text, after the answer to a status line whose reason phrase is not the
 * registered one: a note saying so. Reason phrases are free text in
 * HTTP/1.1 (RFC 9112, Section 4), so this is news, not an error.
 */
static void answers_note_given(struct answers *answers, const struct status *status,
			       const char *reason, size_t length)
{
	char quoted[QUOTE_BUFFER];

	if (status == NULL || answers->format.format != FORMAT_TEXT || answers->format.field != FIELD_NONE)
		return;
	if (answers->text == TEXT_ENTRY)
		fputc('\n', answers->output->stream);
	fprintf(answers->output->stream,
		"note: the reason phrase '%s' is not the registered one of %03d, '%s'\n",
		quote_bytes_for_message(reason, GIVEN_REASON_LENGTH(length), quoted), status->code, status->phrase);
}

/* choose: a topic's outline; in TSV and --field, the records of its answers, each code once. */
void answers_add_topic(struct answers *answers, const struct choose_node *root)
{
	if (answers_structured(&answers->format)) {
		for (const struct choose_node *node = root + 1;
		     node < choose_nodes + choose_node_count && node->parent != CHOOSE_NONE; node++) {
			const struct choose_node *earlier = root + 1;

			while (earlier < node && earlier->code != node->code)
				earlier++;
			if (node->code != CHOOSE_NONE && earlier == node)
				answers_add(answers, &(struct answer){ node->code, status_by_code(node->code), NULL });
		}
	} else if (answers_next(answers, true)) {
		guide_choose_json(answers->output->stream, root);
		fputc('\n', answers->output->stream);
	} else {
		guide_choose_text(answers->output, root);
	}
}

/*
 * choose TEXT: the code that answers it, what it matched, and the path of
 * questions to it; in TSV and --field, the code's record.
 */
void answers_add_choice(struct answers *answers, const struct choose_node *leaf,
			const struct search_hit *hit)
{
	const struct status *status = status_by_code(leaf->code);

	if (answers_structured(&answers->format)) {
		answers_add(answers, &(struct answer){ leaf->code, status, NULL });
	} else if (answers_next(answers, true)) {
		guide_choose_path_json(answers->output->stream, leaf, hit->matched);
		fputc('\n', answers->output->stream);
	} else {
		render_name(answers->output, status);
		fprintf(answers->output->stream, " - matches %s\n", hit->matched);
		guide_choose_path_text(answers->output, leaf);
	}
}

/* A query_found_function that adds each answer to the answers in context. */
static void answers_found(void *answers, const struct answer *answer)
{
	answers_add(answers, answer);
}

/*
 * How a query is answered: a person reading text sees every meaning of a
 * shared code; a script (--field, TSV, JSON) and stream mode, which keeps
 * one line for each query, get one record, the code's first meaning,
 * unless --all-meanings asks for every one.
 */
unsigned answers_query_flags(const struct answers *answers, bool all)
{
	unsigned flags = all ? QUERY_VENDOR_CODES : 0;
	bool script = answers->format.format != FORMAT_TEXT || answers->format.field != FIELD_NONE;

	if ((script || answers->stream) && !answers->format.all_meanings)
		flags |= QUERY_FIRST_MEANING;
	return flags;
}

/* A status line with a reason phrase: its answers carry the phrase, and text notes a different one. */
struct given {
	struct answers *answers;
	const struct query *query;
	bool matches;
};

/*
 * An answer to a status line that gave a reason phrase: in JSON its object
 * ends with "given_phrase" and "phrase_matches"; otherwise as answers_add.
 */
static void found_given(void *context, const struct answer *answer)
{
	const struct given *given = context;
	struct answers *answers = given->answers;
	FILE *out = answers->output->stream;

	if (answers->format.format != FORMAT_JSON || answers->format.field != FIELD_NONE) {
		answers_add(answers, answer);
		return;
	}
	answers_next(answers, false);
	answers_json_open(answers, answer, NULL, 0);
	fputs(",\"given_phrase\":", out);
	json_string_bytes(out, given->query->reason, GIVEN_REASON_LENGTH(given->query->reason_length));
	fprintf(out, ",\"phrase_matches\":%s}\n", given->matches ? "true" : "false");
}

/*
 * A class named by a query ("redirect", "server error"), with its listed
 * members; then, for a person, a vendor's meaning of the same word, shown
 * as that vendor's and after the class.
 */
static void answers_query_class(struct answers *answers, const struct query *query, unsigned flags)
{
	answers_add_class(answers, query->class, (flags & QUERY_VENDOR_CODES) != 0);
	if (query->status == NULL || (flags & QUERY_FIRST_MEANING))
		return;
	if (answers->format.format == FORMAT_TEXT && answers->format.field == FIELD_NONE)
		fputc('\n', answers->output->stream);
	answers_add(answers, &(struct answer){ query->status->code, query->status, NULL });
}

/* Answers a parsed query in the answers' format; false, having written nothing, when it names nothing. */
bool answers_query(struct answers *answers, const struct query *query, unsigned flags)
{
	struct given given = { answers, query, query_reason_matches(query) };

	if (query->kind == QUERY_CLASS) {
		answers_query_class(answers, query, flags);
		return true;
	}
	if (query->kind != QUERY_CODE || query->reason == NULL)
		return query_answer(query, flags, answers_found, answers);
	query_answer(query, flags, found_given, &given);
	if (!given.matches)
		answers_note_given(answers, query->status, query->reason, query->reason_length);
	return true;
}

/* Says which two readings a row of words has; the caller answers neither. */
void answers_report_ambiguous(const struct output *output, const char *const *words,
			      const struct query_group *group)
{
	char all[QUERY_TEXT_MAX + 1], first[QUERY_TEXT_MAX + 1], other[QUERY_TEXT_MAX + 1];
	char quoted[3][QUOTE_BUFFER];

	if (output->quiet)
		return;
	query_join(words, group->other_start + group->other_words, all, sizeof all);
	query_join(words, group->words, first, sizeof first);
	query_join(words + group->other_start, group->other_words, other, sizeof other);
	warnx("'%s' is ambiguous: '%s' or '%s'; quote the name you mean",
	      quote_for_message(all, quoted[0]), quote_for_message(first, quoted[1]),
	      quote_for_message(other, quoted[2]));
}
