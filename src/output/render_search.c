/*
 * Search hits as text and JSON: each with the words it matched and a
 * snippet of the field that gave it most (or the situation it matched),
 * cut to the output width around the first matched word; and the lines
 * around them, the best answer to a design question and how many more.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/advice.h"
#include "core/choose.h"
#include "core/utf8.h"
#include "output/json.h"
#include "output/render.h"
#include "output/render_json.h"

#define SNIPPET_BUFFER 512
#define SNIPPET_INDENT 4

struct snippet {
	char text[SNIPPET_BUFFER];
	size_t match;		/* where the matched word starts in text */
	size_t match_length;
};

/*
 * Cuts from text a window of about room columns around offset, starting at
 * a word and ending at one unless that would cut into the match, with
 * "..." where it was cut and runs of spaces and newlines turned into one
 * space. One pass copies, counts the columns and notes the last word
 * boundary: the text's end is found by reading to it, not by strlen, as
 * notes run long.
 */
static void snippet_make(struct snippet *snippet, const char *text, size_t offset,
			 size_t match_length, size_t room)
{
	char *out = snippet->text;
	size_t start = 0, end, used = 0, columns = 0, cut = 0, cut_used = 0;

	if (room > SNIPPET_BUFFER / 2)
		room = SNIPPET_BUFFER / 2;
	if (offset > room / 3) {
		start = offset - room / 3;
		while (start < offset && text[start - 1] != ' ' && text[start - 1] != '\n')
			start++;
	}
	if (start > 0) {
		memcpy(out, "...", 3);
		used = 3;
	}
	snippet->match = used;
	snippet->match_length = match_length;
	/* Past the last column, only the rest of a UTF-8 character; the buffer keeps room for "...". */
	for (end = start; text[end] != '\0' && (columns < room - 6 || utf8_is_continuation(text[end])) &&
	     used < SNIPPET_BUFFER - 4; end++) {
		char c = text[end] == '\n' ? ' ' : text[end];

		if (end == offset)
			snippet->match = used;
		if (c == ' ' && end > offset + match_length) {
			cut = end;
			cut_used = used;
		}
		columns += (c & 0xC0) != 0x80;	/* not a UTF-8 continuation byte */
		if (c != ' ' || used == 0 || out[used - 1] != ' ')
			out[used++] = c;
	}
	if (text[end] != '\0') {
		if (text[end] != ' ' && text[end] != '\n' && cut > 0)
			used = cut_used;
		memcpy(out + used, "...", 3);
		used += 3;
	}
	out[used] = '\0';
}

/* Appends length bytes of text to a snippet buffer at used, as many as fit; returns the new used. */
static size_t append_bytes(char buffer[SNIPPET_BUFFER], size_t used, const char *text, size_t length)
{
	if (length > SNIPPET_BUFFER - 1 - used)
		length = SNIPPET_BUFFER - 1 - used;
	memcpy(buffer + used, text, length);
	buffer[used + length] = '\0';
	return used + length;
}

/* "the email address is already registered (also 422 or 400)": a situation and the codes experts also answer. */
static const char *situation_text(const struct search_situation *situation, char buffer[SNIPPET_BUFFER])
{
	const char *codes = situation->alternatives;
	size_t used;

	if (codes[0] == '\0')
		return situation->text;
	/* Copied by hand: a situation's line is short, and a format costs more than the search. */
	used = append_bytes(buffer, 0, situation->text, strlen(situation->text));
	for (size_t i = 0; codes[0] != '\0'; i++) {
		size_t length = strcspn(codes, ";");
		const char *joint = i == 0 ? " (also " : codes[length] == '\0' ? " or " : ", ";

		used = append_bytes(buffer, used, joint, strlen(joint));
		used = append_bytes(buffer, used, codes, length);
		codes += length + (codes[length] == ';');
	}
	append_bytes(buffer, used, ")", 1);
	return buffer;
}

/*
 * The text to show of a hit: its situation; the summary when it matched
 * in the phrase, which the line above shows already; else the field.
 */
static void snippet_for_hit(struct snippet *snippet, const struct search_hit *hit, size_t room)
{
	const char *text = search_field_text(hit->status, hit->field);
	size_t offset = hit->offset, length = hit->length;
	char situation[SNIPPET_BUFFER];

	if (hit->situation != NULL) {
		text = situation_text(hit->situation, situation);
	} else if (hit->field == SEARCH_PHRASE) {
		text = hit->status->summary;
		offset = length = 0;
	}
	snippet_make(snippet, text, offset, length, room);
}

/* "situation: ", "notes: ": where the snippet comes from; nothing for the summary of a phrase match. */
static const char *snippet_label(const struct search_hit *hit)
{
	return hit->field == SEARCH_PHRASE ? "" : search_field_name(hit->field);
}

/* Copies text to line at used (the line has room: see search_text); returns the new used. */
static size_t append(char *line, size_t used, const char *text)
{
	size_t length = strlen(text);

	memcpy(line + used, text, length);
	return used + length;
}

static void search_text(const struct output *output, const struct search_hit *hit,
			const struct snippet *snippet)
{
	FILE *out = output->stream;
	const char *label = snippet_label(hit);
	char line[SEARCH_MATCHED_MAX + 64];	/* " - matches ", what matched (under SEARCH_MATCHED_MAX), "\n    ", a label */
	size_t used = 0;

	render_name(output, hit->status);
	/* The rest up to the snippet in one write: each stdio call costs more than the copying. */
	if (hit->matched[0] != '\0') {
		used = append(line, used, " - matches ");
		used = append(line, used, hit->matched);
	}
	used = append(line, used, "\n    ");
	if (label[0] != '\0') {
		used = append(line, used, label);
		used = append(line, used, ": ");
	}
	fwrite(line, 1, used, out);
	if (!output->color) {
		fputs(snippet->text, out);
	} else {
		fwrite(snippet->text, 1, snippet->match, out);
		output_style(output, STYLE_MATCH);
		fwrite(snippet->text + snippet->match, 1, snippet->match_length, out);
		output_style(output, STYLE_RESET);
		fputs(snippet->text + snippet->match + snippet->match_length, out);
	}
	fputc('\n', out);
}

/* The record's brief members, then its score and what and where it matched. */
static void search_json(FILE *out, const struct search_hit *hit, const struct snippet *snippet)
{
	render_json_members(out, &(struct answer){ hit->status->code, hit->status, NULL }, SHOW_BRIEF);
	fprintf(out, ",\"score\":%.3f,\"matched\":", hit->score);
	json_string(out, hit->matched);
	fprintf(out, ",\"field\":\"%s\",\"situation\":", search_field_name(hit->field));
	if (hit->situation != NULL)
		json_string(out, hit->situation->text);
	else
		fputs("null", out);
	fputs(",\"alternatives\":[", out);
	for (const char *codes = hit->situation != NULL ? hit->situation->alternatives : ""; codes[0] != '\0';) {
		size_t length = strcspn(codes, ";");

		fprintf(out, "%s%d", codes == hit->situation->alternatives ? "" : ",", atoi(codes));
		codes += length + (codes[length] == ';');
	}
	fputc(']', out);
	fputs(",\"snippet\":", out);
	json_string(out, snippet->text);
	fputc('}', out);
}

/* A hit as text (its name and what it matched, then the snippet with the match marked) or as JSON. */
void render_hit(const struct output *output, const struct search_hit *hit, bool json)
{
	size_t label = strlen(snippet_label(hit)) + 2;
	size_t room = output->width > SNIPPET_INDENT + label + 20 ? output->width - SNIPPET_INDENT - label : 20;
	struct snippet snippet;

	snippet_for_hit(&snippet, hit, room);
	if (json)
		search_json(output->stream, hit, &snippet);
	else
		search_text(output, hit, &snippet);
}

/*
 * The first line of a design question's answer when one code clearly won:
 * "Best answer: 409 Conflict; see httpstatus compare 409 422", naming the
 * advice that weighs it against the runner-up (or any advice on it), else
 * the choose outline that leads to it.
 */
void render_search_verdict(const struct output *output, const struct search_hit *hits, size_t count)
{
	FILE *out = output->stream;
	int code = hits[0].status->code;
	const struct advice *advice = count > 1 ? advice_for_pair(code, hits[1].status->code) : NULL;
	const struct choose_node *leaf = choose_leaf_for_code(code);

	if (advice == NULL)
		advice = advice_next_for_code(code, NULL);
	fputs("Best answer: ", out);
	render_name(output, hits[0].status);
	if (advice != NULL) {
		fputs("; see httpstatus compare", out);
		for (int i = 0; i < advice->code_count; i++)
			fprintf(out, " %d", advice->codes[i]);
	} else if (leaf != NULL) {
		fprintf(out, "; see httpstatus choose %s", choose_root_of(leaf)->topic);
	}
	fputc('\n', out);
}

/* The last line when a terminal was shown only the best: how many more, and how to see them. */
void render_search_more(const struct output *output, size_t more)
{
	fprintf(output->stream, "(%zu more; --limit 0 shows them all)\n", more);
}
