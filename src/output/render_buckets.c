/* count --every's rows: see render_buckets.h. */
#include <err.h>
#include <inttypes.h>
#include <stdio.h>

#include "core/timestamp.h"
#include "output/render_buckets.h"

/* The classes as columns, 1xx to 5xx, then every other code (000, 0, 600-999). */
static const int class_columns[] = { 1, 2, 3, 4, 5, 0 };
static const char *const class_names[] = { "1xx", "2xx", "3xx", "4xx", "5xx", "other" };
#define CLASS_COLUMNS 6

/* The bar's width on a terminal, and the character of each class in it. */
#define BAR_WIDTH 20
static const char bar_marks[] = { '.', '=', '~', '+', '#', '?' };

void render_buckets_begin(const struct bucket_rows *rows)
{
	FILE *out = rows->output->stream;

	if (rows->format == FORMAT_JSON)
		return;
	if (rows->format == FORMAT_TSV) {
		fputs("start\tseconds\ttotal", out);
		for (int i = 0; i < CLASS_COLUMNS; i++)
			fprintf(out, "\t%s", class_names[i]);
		fputs(rows->codes ? "\twithout_code\tcodes\n" : "\twithout_code\n", out);
		return;
	}
	fprintf(out, "%-20s %7s", "start", "total");
	for (int i = 0; i < CLASS_COLUMNS; i++)
		fprintf(out, " %6s", class_names[i]);
	fprintf(out, " %7s\n", "no code");
}

/* The codes counted in the bucket, most frequent first: 200:812 404:150, or JSON members. */
static void render_codes(FILE *out, const struct tally *tally, bool json)
{
	static struct tally_row sorted[TALLY_SLOTS];
	size_t count = tally_sorted(tally, sorted);
	char text[4];

	for (size_t i = 0; i < count; i++) {
		tally_slot_text(sorted[i].slot, text);
		if (json)
			fprintf(out, "%s\"%s\":%" PRIu64, i > 0 ? "," : "", text, sorted[i].count);
		else
			fprintf(out, "%s%s:%" PRIu64, i > 0 ? " " : "", text, sorted[i].count);
	}
}

/*
 * How many of the bar's marks each class gets: its share, rounded where
 * the shares before it end so that they add up to BAR_WIDTH, and one at
 * least, taken from the longest, for a class with any line, so that one
 * 500 among thousands of 200s still shows.
 */
static void bar_lengths(const uint64_t classes[STATUS_CLASS_COUNT], uint64_t total,
			size_t lengths[CLASS_COLUMNS])
{
	uint64_t counted = 0;
	size_t before = 0;

	for (int i = 0; i < CLASS_COLUMNS; i++) {
		size_t end;

		counted += classes[class_columns[i]];
		end = (size_t)((counted * BAR_WIDTH + total / 2) / total);
		lengths[i] = end - before;
		before = end;
	}
	for (int i = 0; i < CLASS_COLUMNS; i++) {
		int longest = 0;

		if (classes[class_columns[i]] == 0 || lengths[i] > 0)
			continue;
		for (int j = 1; j < CLASS_COLUMNS; j++)
			if (lengths[j] > lengths[longest])
				longest = j;
		lengths[longest]--;
		lengths[i] = 1;
	}
}

/* A bar of the classes' shares, BAR_WIDTH wide, coloured by class when colour is on. */
static void render_bar(const struct output *output, const uint64_t classes[STATUS_CLASS_COUNT],
		       uint64_t total)
{
	size_t lengths[CLASS_COLUMNS];

	if (total == 0)
		return;
	bar_lengths(classes, total, lengths);
	fputs("  ", output->stream);
	for (int i = 0; i < CLASS_COLUMNS; i++) {
		int c = class_columns[i];

		if (lengths[i] == 0)
			continue;
		output_class_style(output, c == 0 ? 0 : c * 100);
		for (size_t j = 0; j < lengths[i]; j++)
			fputc(bar_marks[i], output->stream);
		output_style(output, STYLE_RESET);
	}
}

static void render_json(const struct bucket_rows *rows, const char *start, int64_t width,
			const struct tally *tally, const uint64_t classes[STATUS_CLASS_COUNT])
{
	FILE *out = rows->output->stream;

	fprintf(out, "{\"start\":\"%s\",\"seconds\":%" PRId64 ",\"total\":%" PRIu64 ",\"classes\":{",
		start, width, tally->total);
	for (int i = 0; i < CLASS_COLUMNS; i++)
		fprintf(out, "%s\"%s\":%" PRIu64, i > 0 ? "," : "", class_names[i],
			classes[class_columns[i]]);
	fprintf(out, "},\"without_code\":%" PRIu64, tally->without_code);
	if (rows->codes) {
		fputs(",\"codes\":{", out);
		render_codes(out, tally, true);
		fputc('}', out);
	}
	fputs("}\n", out);
}

void render_bucket(const struct bucket_rows *rows, int64_t start, int64_t width,
		   const struct tally *tally)
{
	FILE *out = rows->output->stream;
	uint64_t classes[STATUS_CLASS_COUNT];
	char time[21];

	timestamp_format(start, time);
	tally_classes(tally, classes);
	if (rows->format == FORMAT_JSON) {
		render_json(rows, time, width, tally, classes);
	} else if (rows->format == FORMAT_TSV) {
		fprintf(out, "%s\t%" PRId64 "\t%" PRIu64, time, width, tally->total);
		for (int i = 0; i < CLASS_COLUMNS; i++)
			fprintf(out, "\t%" PRIu64, classes[class_columns[i]]);
		fprintf(out, "\t%" PRIu64, tally->without_code);
		if (rows->codes) {
			fputc('\t', out);
			render_codes(out, tally, false);
		}
		fputc('\n', out);
	} else {
		fprintf(out, "%-20s %7" PRIu64, time, tally->total);
		for (int i = 0; i < CLASS_COLUMNS; i++)
			fprintf(out, " %6" PRIu64, classes[class_columns[i]]);
		fprintf(out, " %7" PRIu64, tally->without_code);
		if (rows->output->is_terminal)
			render_bar(rows->output, classes, tally->total);
		if (rows->codes) {
			fputs("  ", out);
			render_codes(out, tally, false);
		}
		fputc('\n', out);
	}
	/* A row is written when its bucket closes, not when the output's buffer fills. */
	fflush(out);
}

void render_buckets_end(const struct bucket_rows *rows, uint64_t without_time)
{
	if (without_time == 0)
		return;
	if (rows->format == FORMAT_TEXT)
		fprintf(rows->output->stream, "%" PRIu64 " line%s without a timestamp, in no row\n",
			without_time, without_time == 1 ? "" : "s");
	else if (!rows->output->quiet)
		warnx("%" PRIu64 " line%s without a timestamp, in no row", without_time,
		      without_time == 1 ? "" : "s");
}
