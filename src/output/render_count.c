/*
 * count's tally: each code with its count, its share of the lines that
 * hold a code and its phrase, most frequent first, then the totals per
 * class. On a terminal each code's row ends with a bar as long as its
 * count is against the largest, coloured by class when colour is on.
 */
#include <stdio.h>
#include <string.h>

#include "output/json.h"
#include "output/render.h"
#include "output/render_count.h"
#include "core/substatus.h"

static struct tally_row rows[TALLY_SLOTS];

static const char *slot_phrase(int slot)
{
	const struct status *status = status_by_code(tally_code_of(slot));

	return status != NULL ? status->phrase : NULL;
}

static double share_of(uint64_t count, uint64_t total)
{
	return total > 0 ? (double)count / (double)total : 0.0;
}

static int digits_of(uint64_t number)
{
	return snprintf(NULL, 0, "%llu", (unsigned long long)number);
}

static void render_bar(const struct output *output, int slot, uint64_t count, uint64_t largest,
		       size_t room)
{
	size_t length = (size_t)((double)room * (double)count / (double)largest + 0.5);

	if (length == 0)
		length = 1;
	output_class_style(output, tally_code_of(slot));
	for (size_t i = 0; i < length; i++)
		fputc('#', output->stream);
	output_style(output, STYLE_RESET);
}

/*
 * The IIS sub-statuses among the codes (404.13), each counted in its code
 * already: as text under a heading, "   2         404.13 Content length
 * too large"; in JSON, the member ,"substatuses":[...].
 */
static void render_substatuses(FILE *out, const struct tally *tally, int width, bool json)
{
	bool first = true;

	for (size_t i = 0; i < substatus_count && i < TALLY_SUBSTATUS_SLOTS; i++) {
		const struct substatus *known = &substatus_table[i];
		unsigned long long count = tally->substatus_counts[i];

		if (count == 0)
			continue;
		if (json) {
			fprintf(out, "%s{\"code\":%d,\"substatus\":%d,\"written\":\"%d.%d\",\"count\":%llu,\"meaning\":",
				first ? ",\"substatuses\":[" : ",", known->code, known->substatus, known->code,
				known->substatus, count);
			json_string(out, known->meaning);
			fputc('}', out);
		} else {
			fprintf(out, "%s%*llu         %d.%d %s\n",
				first ? "\nIIS sub-statuses, counted in their codes above:\n" : "", width, count,
				known->code, known->substatus, known->meaning);
		}
		first = false;
	}
	if (json && !first)
		fputc(']', out);
}

static void render_count_text(const struct output *output, const struct tally *tally)
{
	FILE *out = output->stream;
	size_t count = tally_sorted(tally, rows), phrase_width = 0;
	int width = digits_of(tally->total > tally->without_code ? tally->total : tally->without_code);
	uint64_t classes[STATUS_CLASS_COUNT];
	bool bars = output->is_terminal && count > 0;
	char text[4], label[CLASS_LABEL_BUFFER];

	for (size_t i = 0; i < count; i++) {
		const char *phrase = slot_phrase(rows[i].slot);
		size_t length = phrase != NULL ? strlen(phrase) : 1;

		if (length > phrase_width)
			phrase_width = length;
	}
	for (size_t i = 0; i < count; i++) {
		const char *phrase = slot_phrase(rows[i].slot);
		/* "COUNT  SHARE%  CODE PHRASE  ", then the bar. */
		size_t used = (size_t)width + 13 + phrase_width + 2;

		tally_slot_text(rows[i].slot, text);
		fprintf(out, "%*llu %5.1f%%  %-3s ", width, (unsigned long long)rows[i].count,
			100.0 * share_of(rows[i].count, tally->total), text);
		if (bars && used < output->width) {
			fprintf(out, "%-*s  ", (int)phrase_width, phrase != NULL ? phrase : "-");
			render_bar(output, rows[i].slot, rows[i].count, rows[0].count,
				   output->width - used);
		} else {
			fputs(phrase != NULL ? phrase : "-", out);
		}
		fputc('\n', out);
	}
	render_substatuses(out, tally, width, false);
	if (count > 0)
		fputc('\n', out);
	tally_classes(tally, classes);
	for (int digit = 1; digit <= STATUS_CLASS_COUNT; digit++) {
		int c = digit % STATUS_CLASS_COUNT;	/* 1 to 5, then 0 */

		if (classes[c] == 0)
			continue;
		fprintf(out, "%*llu %5.1f%%  %s\n", width, (unsigned long long)classes[c],
			100.0 * share_of(classes[c], tally->total),
			render_class_label(&status_classes[c], label));
	}
	fprintf(out, "%*llu %5.1f%%  total\n", width, (unsigned long long)tally->total,
		tally->total > 0 ? 100.0 : 0.0);
	if (tally->without_code > 0)
		fprintf(out, "%*llu         lines without a status code\n", width,
			(unsigned long long)tally->without_code);
}

static void render_count_json(FILE *out, const struct tally *tally)
{
	size_t count = tally_sorted(tally, rows);
	uint64_t classes[STATUS_CLASS_COUNT];
	char text[4];
	bool first = true;

	fprintf(out, "{\"lines\":%llu,\"with_code\":%llu,\"without_code\":%llu,\"codes\":[",
		(unsigned long long)(tally->total + tally->without_code),
		(unsigned long long)tally->total, (unsigned long long)tally->without_code);
	for (size_t i = 0; i < count; i++) {
		tally_slot_text(rows[i].slot, text);
		fprintf(out, "%s{\"code\":%d,\"written\":\"%s\",\"count\":%llu,\"share\":%.4f,\"phrase\":",
			i > 0 ? "," : "", tally_code_of(rows[i].slot), text,
			(unsigned long long)rows[i].count, share_of(rows[i].count, tally->total));
		json_string_or_null(out, slot_phrase(rows[i].slot));
		fputc('}', out);
	}
	fputs("],\"classes\":[", out);
	tally_classes(tally, classes);
	for (int digit = 1; digit <= STATUS_CLASS_COUNT; digit++) {
		int c = digit % STATUS_CLASS_COUNT;

		if (classes[c] == 0)
			continue;
		fprintf(out, c == 0 ? "%s{\"class\":null,\"class_name\":" : "%s{\"class\":\"%dxx\",\"class_name\":",
			first ? "" : ",", c);
		first = false;
		json_string(out, status_classes[c].name);
		fprintf(out, ",\"count\":%llu,\"share\":%.4f}", (unsigned long long)classes[c],
			share_of(classes[c], tally->total));
	}
	fputs("]", out);
	render_substatuses(out, tally, 0, true);
	fputs("}\n", out);
}

static void render_count_tsv(FILE *out, const struct tally *tally)
{
	size_t count = tally_sorted(tally, rows);
	char text[4];

	fputs("code\tcount\tshare\tphrase\n", out);
	for (size_t i = 0; i < count; i++) {
		const char *phrase = slot_phrase(rows[i].slot);

		tally_slot_text(rows[i].slot, text);
		fprintf(out, "%s\t%llu\t%.4f\t%s\n", text, (unsigned long long)rows[i].count,
			share_of(rows[i].count, tally->total), phrase != NULL ? phrase : "");
	}
}

void render_count(const struct output *output, enum output_format format, const struct tally *tally)
{
	if (format == FORMAT_JSON)
		render_count_json(output->stream, tally);
	else if (format == FORMAT_TSV)
		render_count_tsv(output->stream, tally);
	else
		render_count_text(output, tally);
}
