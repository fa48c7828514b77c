/*
 * Search hits as text and JSON: each with a snippet of the field it matched
 * best, cut to the output width around the first word.
 */
#include <string.h>

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
 * a word, with "..." where it was cut and runs of spaces and newlines
 * turned into one space.
 */
static void snippet_make(struct snippet *snippet, const char *text, size_t offset,
			 size_t match_length, size_t room)
{
	size_t length = strlen(text), start = 0, end, used = 0;

	if (room > SNIPPET_BUFFER / 2)
		room = SNIPPET_BUFFER / 2;
	if (offset > room / 3) {
		start = offset - room / 3;
		while (start < offset && text[start - 1] != ' ' && text[start - 1] != '\n')
			start++;
	}
	end = start;
	for (size_t columns = 0; end < length && columns < room - 6; end++)
		columns += !utf8_is_continuation(text[end]);
	while (end < length && utf8_is_continuation(text[end]))
		end++;
	/* End on a word boundary too, unless that would cut into the match. */
	for (size_t cut = end; end < length && cut > offset + match_length; cut--) {
		if (text[cut] == ' ' || text[cut] == '\n') {
			end = cut;
			break;
		}
	}
	if (start > 0) {
		memcpy(snippet->text, "...", 3);
		used = 3;
	}
	snippet->match = used;
	snippet->match_length = match_length;
	for (size_t i = start; i < end; i++) {
		bool space = text[i] == ' ' || text[i] == '\n';

		if (i == offset)
			snippet->match = used;
		if (space && used > 0 && snippet->text[used - 1] == ' ')
			continue;
		snippet->text[used++] = space ? ' ' : text[i];
	}
	if (end < length) {
		memcpy(snippet->text + used, "...", 3);
		used += 3;
	}
	snippet->text[used] = '\0';
}

/* A phrase match shows the summary: the phrase is on the line above. */
static void snippet_for_hit(struct snippet *snippet, const struct search_hit *hit,
			    const char *first_word, size_t room)
{
	const char *text = search_field_text(hit->status, hit->field);
	size_t offset = hit->offset, length = strlen(first_word);

	if (hit->field == SEARCH_PHRASE) {
		const char *in_summary = search_find(hit->status->summary, first_word);

		text = hit->status->summary;
		offset = in_summary != NULL ? (size_t)(in_summary - text) : 0;
		length = in_summary != NULL ? length : 0;
	}
	snippet_make(snippet, text, offset, length, room);
}

static void search_text(const struct output *output, const struct search_hit *hit,
			const struct snippet *snippet)
{
	FILE *out = output->stream;

	render_name(output, hit->status);
	fprintf(out, "\n%*s%.*s", SNIPPET_INDENT, "", (int)snippet->match, snippet->text);
	output_style(output, STYLE_MATCH);
	fprintf(out, "%.*s", (int)snippet->match_length, snippet->text + snippet->match);
	output_style(output, STYLE_RESET);
	fprintf(out, "%s\n", snippet->text + snippet->match + snippet->match_length);
}

/* The record's brief members, then where and how well it matched. */
static void search_json(FILE *out, const struct search_hit *hit, const struct snippet *snippet)
{
	render_json_members(out, &(struct answer){ hit->status->code, hit->status, NULL }, SHOW_BRIEF);
	fprintf(out, ",\"field\":\"%s\",\"score\":%d,\"snippet\":",
		search_field_name(hit->field), hit->score);
	json_string(out, snippet->text);
	fputc('}', out);
}

/* A hit as text (its name, then the snippet with the match marked) or as a JSON object. */
void render_hit(const struct output *output, const struct search_hit *hit,
		const char *first_word, bool json)
{
	size_t room = output->width > SNIPPET_INDENT + 20 ? output->width - SNIPPET_INDENT : 20;
	struct snippet snippet;

	snippet_for_hit(&snippet, hit, first_word, room);
	if (json)
		search_json(output->stream, hit, &snippet);
	else
		search_text(output, hit, &snippet);
}

