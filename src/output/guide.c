/*
 * Writing the guides (guide.h). Advice is a section of paragraphs, each
 * led by the codes it weighs ("401 or 403: ..."). The choose outline puts
 * each topic's question first and then, one level in per answer, either
 * the next question or the code to send with its reason:
 *
 *   Success (2xx)
 *     Is the work finished when you answer?
 *     - no, it is queued or still running: 202 Accepted
 *         Accepted for later; give the client a job resource to poll
 *     - yes: Did the request create a new resource?
 *       - yes: 201 Created
 */
#include <string.h>

#include "output/guide.h"
#include "output/json.h"
#include "output/wrap.h"

#define ADVICE_INDENT 2
#define CHOOSE_STEP 2
#define LEAD_BUFFER 64
#define CHOOSE_LINE_BUFFER 1024

/* "401 or 403", "302, 303 or 307". */
static const char *advice_codes(const struct advice *advice, char buffer[LEAD_BUFFER])
{
	size_t used = 0;

	for (int i = 0; i < advice->code_count; i++) {
		const char *joint = i == 0 ? "" : i == advice->code_count - 1 ? " or " : ", ";

		used += (size_t)snprintf(buffer + used, LEAD_BUFFER - used, "%s%d", joint, advice->codes[i]);
	}
	return buffer;
}

/* The section "Advice", one paragraph per advice, wrapped at the output width. */
void guide_advice_text(const struct output *output, const struct advice *const *advice,
		       size_t count)
{
	FILE *out = output->stream;
	char codes[LEAD_BUFFER];

	if (count == 0)
		return;
	output_heading(output, "Advice");
	for (size_t i = 0; i < count; i++) {
		size_t lead = ADVICE_INDENT + strlen(advice_codes(advice[i], codes)) + 2;

		if (i > 0)
			fputc('\n', out);
		fprintf(out, "%*s%s: ", ADVICE_INDENT, "", codes);
		wrap_hanging(out, advice[i]->text, lead, ADVICE_INDENT, output->width);
	}
}

/* [{"codes":[401,403],"advice":"..."}] */
void guide_advice_json(FILE *out, const struct advice *const *advice, size_t count)
{
	fputc('[', out);
	for (size_t i = 0; i < count; i++) {
		fputs(i == 0 ? "{\"codes\":[" : ",{\"codes\":[", out);
		for (int c = 0; c < advice[i]->code_count; c++)
			fprintf(out, "%s%d", c == 0 ? "" : ",", advice[i]->codes[c]);
		fputs("],\"advice\":", out);
		json_string(out, advice[i]->text);
		fputc('}', out);
	}
	fputc(']', out);
}

/*
 * One answer: "- ANSWER: QUESTION", or "- ANSWER: CODE PHRASE" with the
 * reason below; wrapped, later lines under the answer's first letter.
 * Returns whether it was a code, which ends the questions.
 */
static bool choose_text_answer(const struct output *output, const struct choose_node *node,
			       size_t indent)
{
	FILE *out = output->stream;
	const struct status *status = node->code != CHOOSE_NONE ? status_by_code(node->code) : NULL;
	char line[CHOOSE_LINE_BUFFER];

	if (status == NULL)
		snprintf(line, sizeof line, "%s: %s", node->answer, node->question);
	else
		snprintf(line, sizeof line, "%s: %03d %s", node->answer, status->code, status->phrase);
	fprintf(out, "%*s- ", (int)indent, "");
	wrap_hanging(out, line, indent + 2, indent + 2, output->width);
	if (status == NULL)
		return false;
	fprintf(out, "%*s", (int)(indent + 2 + CHOOSE_STEP), "");
	wrap_hanging(out, node->reason, indent + 2 + CHOOSE_STEP, indent + 2 + CHOOSE_STEP, output->width);
	return true;
}

/* An answer and, when it leads to a question, every answer to that, one level in. */
static void choose_text_node(const struct output *output, const struct choose_node *node,
			     size_t indent)
{
	if (choose_text_answer(output, node, indent))
		return;
	for (const struct choose_node *child = choose_child(node); child != NULL;
	     child = choose_sibling(child))
		choose_text_node(output, child, indent + CHOOSE_STEP);
}

/* A topic's class as a heading, then its question. */
static void choose_text_heading(const struct output *output, const struct choose_node *root)
{
	FILE *out = output->stream;
	const struct status_class *class = &status_classes[root->class_digit];

	output_style(output, STYLE_BOLD);
	fprintf(out, "%s (%dxx)", class->name, root->class_digit);
	output_style(output, STYLE_RESET);
	fprintf(out, "\n%*s", CHOOSE_STEP, "");
	wrap_hanging(out, root->question, CHOOSE_STEP, CHOOSE_STEP, output->width);
}

/* One topic's outline: its heading and question, then its answers. */
void guide_choose_text(const struct output *output, const struct choose_node *root)
{
	choose_text_heading(output, root);
	for (const struct choose_node *child = choose_child(root); child != NULL;
	     child = choose_sibling(child))
		choose_text_node(output, child, CHOOSE_STEP);
}

static void choose_json_choices(FILE *out, const struct choose_node *node)
{
	fputs(",\"question\":", out);
	json_string(out, node->question);
	fputs(",\"choices\":[", out);
	for (const struct choose_node *child = choose_child(node); child != NULL;
	     child = choose_sibling(child)) {
		const struct status *status = child->code != CHOOSE_NONE ? status_by_code(child->code) : NULL;

		fputs(child == choose_child(node) ? "{\"answer\":" : ",{\"answer\":", out);
		json_string(out, child->answer);
		if (status == NULL) {
			choose_json_choices(out, child);
		} else {
			fprintf(out, ",\"code\":%d,\"phrase\":", status->code);
			json_string(out, status->phrase);
			fputs(",\"reason\":", out);
			json_string(out, child->reason);
		}
		fputc('}', out);
	}
	fputc(']', out);
}

/* {"topic":"success","class":"2xx","question":"...","choices":[{"answer":...,"code":202,...}]} */
void guide_choose_json(FILE *out, const struct choose_node *root)
{
	fputs("{\"topic\":", out);
	json_string(out, root->topic);
	fprintf(out, ",\"class\":\"%dxx\"", root->class_digit);
	choose_json_choices(out, root);
	fputc('}', out);
}

/* The nodes from a leaf up to its topic's root: path[0] is the root; returns how many. */
static size_t choose_path(const struct choose_node *leaf, const struct choose_node *path[CHOOSE_DEPTH_MAX])
{
	size_t depth = leaf->depth;

	for (const struct choose_node *node = leaf; node != NULL && depth > 0; node = choose_parent(node))
		path[--depth] = node;
	return leaf->depth;
}

/*
 * The questions that lead to one leaf, as the outline shows them but with
 * only the answers taken: the topic, its question, then one answer a level.
 */
void guide_choose_path_text(const struct output *output, const struct choose_node *leaf)
{
	const struct choose_node *path[CHOOSE_DEPTH_MAX] = { NULL };
	size_t depth = choose_path(leaf, path);

	choose_text_heading(output, path[0]);
	for (size_t level = 1; level < depth; level++)
		choose_text_answer(output, path[level], CHOOSE_STEP * level);
}

/*
 * {"topic":"client error","class":"4xx","path":[{"question":...,"answer":...}],
 * "code":409,"phrase":"Conflict","reason":...,"matched":"email, taken"}
 */
void guide_choose_path_json(FILE *out, const struct choose_node *leaf, const char *matched)
{
	const struct choose_node *path[CHOOSE_DEPTH_MAX] = { NULL };
	size_t depth = choose_path(leaf, path);
	const struct status *status = status_by_code(leaf->code);

	fputs("{\"topic\":", out);
	json_string(out, path[0]->topic);
	fprintf(out, ",\"class\":\"%dxx\",\"path\":[", path[0]->class_digit);
	for (size_t level = 1; level < depth; level++) {
		fputs(level == 1 ? "{\"question\":" : ",{\"question\":", out);
		json_string(out, path[level - 1]->question);
		fputs(",\"answer\":", out);
		json_string(out, path[level]->answer);
		fputc('}', out);
	}
	fprintf(out, "],\"code\":%d,\"phrase\":", leaf->code);
	json_string(out, status != NULL ? status->phrase : "");
	fputs(",\"reason\":", out);
	json_string(out, leaf->reason);
	fputs(",\"matched\":", out);
	json_string(out, matched);
	fputc('}', out);
}
