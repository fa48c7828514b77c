/*
 * compare's text: the records side by side, one column per record and one
 * row per property, wrapped to fit the output width. However many records
 * there are, those that do not fit in one table go on to the next one, as
 * wide tables wrap into blocks of columns.
 */
#include <string.h>

#include "core/utf8.h"
#include "core/vocabulary.h"
#include "output/render.h"
#include "output/wrap.h"

#define LABEL_WIDTH 11
#define COLUMN_MIN 13
#define COLUMN_MAX 26
#define CELL_BUFFER 256
/* The widest output (1000 columns) holds 76 columns of COLUMN_MIN. */
#define TABLE_COLUMNS_MAX 80

enum property {
	PROPERTY_PHRASE, PROPERTY_CLASS, PROPERTY_REDIRECT, PROPERTY_METHOD,
	PROPERTY_CACHEABLE, PROPERTY_BODY, PROPERTY_HEADERS, PROPERTY_RETRY, PROPERTY_ORIGIN,
	PROPERTY_COUNT,
};

static const char *const property_labels[PROPERTY_COUNT] = {
	"Phrase", "Class", "Redirect", "Method", "Cacheable", "Body", "Headers", "Retry", "Origin",
};

static const char *const method_texts[] = {
	[METHOD_NONE] = "-",
	[METHOD_KEEP] = "kept",
	[METHOD_POST_TO_GET] = "POST may become GET",
	[METHOD_GET] = "GET (or HEAD)",
};

static const char *cell_text(const struct status *status, enum property property,
			     char cell[CELL_BUFFER])
{
	const struct status_class *class = status_class_of(status->code);

	switch (property) {
	case PROPERTY_PHRASE:
		return status->phrase;
	case PROPERTY_CLASS:
		return class->name;
	case PROPERTY_REDIRECT:
		return status->redirect == REDIRECT_NONE ? "-" : vocabulary_word(&vocabulary_redirect, status->redirect);
	case PROPERTY_METHOD:
		return method_texts[status->method];
	case PROPERTY_CACHEABLE:
		return status->cacheable == CACHEABLE_YES ? "yes" : "no";
	case PROPERTY_BODY:
		return vocabulary_word(&vocabulary_body, status->body);
	case PROPERTY_HEADERS:
		if (status->headers[0] == '\0')
			return "-";
		snprintf(cell, CELL_BUFFER, "%s", status->headers);
		for (char *c = cell; *c != '\0'; c++)
			if (*c == ';')
				*c = ' ';
		return cell;
	case PROPERTY_RETRY:	/* the short answer before the first ';' (schema.def's FIELD_LEAD) */
		snprintf(cell, CELL_BUFFER, "%.*s", (int)strcspn(status->retry, ";"), status->retry);
		return cell;
	case PROPERTY_ORIGIN:
	case PROPERTY_COUNT:
		break;
	}
	return status->origin;
}

/*
 * A word wider than its column is cut to fit, after a hyphen where there is
 * one ("WWW-" "Authenticate"), and the rest goes back to be wrapped next.
 */
static void cell_fit(struct span *line, struct span *rest, size_t columns)
{
	size_t cut = 0, hyphen = 0, used = 0;

	if (utf8_columns(line->start, line->length) <= columns)
		return;
	while (cut < line->length && used < columns) {
		if (line->start[cut] == '-')
			hyphen = cut + 1;
		cut++;
		while (cut < line->length && utf8_is_continuation(line->start[cut]))
			cut++;
		used++;
	}
	if (hyphen > 0)
		cut = hyphen;
	rest->length += (size_t)(rest->start - (line->start + cut));
	rest->start = line->start + cut;
	line->length = cut;
}

/* Writes one table row: the label, then each cell wrapped in its column. */
static void compare_row(FILE *out, const struct status *const *columns, int count,
			size_t width, enum property property)
{
	char cells[TABLE_COLUMNS_MAX][CELL_BUFFER];
	struct span rest[TABLE_COLUMNS_MAX];
	bool more = true;
	const char *label = property_labels[property];

	for (int c = 0; c < count; c++) {
		const char *text = cell_text(columns[c], property, cells[c]);

		rest[c] = (struct span){ text, strlen(text) };
	}
	while (more) {
		size_t pending = LABEL_WIDTH - strlen(label);

		fputs(label, out);
		label = "";
		more = false;
		for (int c = 0; c < count; c++) {
			struct span line;

			if (wrap_next_line(&rest[c], width - 1, &line)) {
				cell_fit(&line, &rest[c], width - 1);
				fprintf(out, "%*s%.*s", (int)pending, "", (int)line.length, line.start);
				pending = width - utf8_columns(line.start, line.length);
				more = more || rest[c].length > 0;
			} else {
				pending += width;
			}
		}
		fputc('\n', out);
	}
}

static void compare_table(const struct output *output, const struct status *const *columns,
			  int count, size_t width)
{
	size_t pending = LABEL_WIDTH;

	for (int c = 0; c < count; c++) {
		fprintf(output->stream, "%*s", (int)pending, "");
		output_class_style(output, columns[c]->code);
		fprintf(output->stream, "%03d", columns[c]->code);	/* 000 for no response */
		output_style(output, STYLE_RESET);
		pending = width - 3;
	}
	fputc('\n', output->stream);
	for (int p = 0; p < PROPERTY_COUNT; p++)
		compare_row(output->stream, columns, count, width, (enum property)p);
}

/* The records side by side, as many tables as the output width needs. */
void render_compare(const struct output *output, const struct status *const *columns, int count)
{
	size_t room = output->width - LABEL_WIDTH;
	int per_table = (int)(room / COLUMN_MIN);

	if (per_table > TABLE_COLUMNS_MAX)
		per_table = TABLE_COLUMNS_MAX;

	for (int first = 0; first < count; first += per_table) {
		int in_table = count - first < per_table ? count - first : per_table;
		size_t width = room / (size_t)in_table;

		if (first > 0)
			fputc('\n', output->stream);
		compare_table(output, columns + first, in_table, width > COLUMN_MAX ? COLUMN_MAX : width);
	}
}

