/* JSON log lines in annotate: see annotate_json.h. */
#include "filters/annotate_json.h"

#include <string.h>

#include "core/status.h"
#include "status_data.h"

void annotate_json_init(struct annotate_json *json, const struct json_status_keys *keys)
{
	json->keys = keys;
	json->at_line_start = true;
	json->in_json = false;
	json->passing = false;
	json->length = 0;
}

/* ,"status_phrase":"Phrase" into member: a phrase holds no control byte, but may hold a quote. */
static size_t phrase_member(const char *phrase, char *member, size_t size)
{
	static const char name[] = ",\"" JSON_STATUS_PHRASE_MEMBER "\":\"";
	size_t length = sizeof name - 1;

	memcpy(member, name, length);
	for (; *phrase != '\0' && length + 3 < size; phrase++) {
		if (*phrase == '"' || *phrase == '\\')
			member[length++] = '\\';
		member[length++] = *phrase;
	}
	member[length++] = '"';
	return length;
}

/* Writes a whole JSON line, with the phrase member after the status when there is one to add. */
static void write_line(const struct annotate_json *json, struct annotator *annotator,
		       const char *line, size_t length)
{
	struct batch *batch = &annotator->batch;
	struct json_status found;
	const struct status *status = NULL;
	char member[2 * STATUS_PHRASE_MAX + 32];

	if (json_status_find(json->keys, line, length, &found) == JSON_STATUS_FOUND)
		status = status_by_code(found.token.code);
	if (status == NULL) {
		batch_add(batch, line, length);
	} else {
		batch_add(batch, line, found.insert_offset);
		batch_add(batch, member, phrase_member(status->phrase, member, sizeof member));
		batch_add(batch, line + found.insert_offset, length - found.insert_offset);
	}
}

/* The bytes from cursor up to and including the line's newline, or all of them; returns where it stopped. */
static const char *json_bytes(struct annotate_json *json, struct annotator *annotator,
			      const char *cursor, const char *end)
{
	const char *newline = memchr(cursor, '\n', (size_t)(end - cursor));
	const char *stop = newline != NULL ? newline + 1 : end;
	size_t piece = (size_t)(stop - cursor);

	if (newline != NULL && json->length == 0 && !json->passing &&
	    piece <= ANNOTATE_JSON_LINE_MAX) {
		/* A whole line in the block, as most are: annotated where it is, not copied first. */
		write_line(json, annotator, cursor, piece);
	} else {
		if (!json->passing && piece > ANNOTATE_JSON_LINE_MAX - json->length) {
			batch_add(&annotator->batch, json->line, json->length);
			json->passing = true;
		}
		if (json->passing) {
			batch_add(&annotator->batch, cursor, piece);
		} else {
			memcpy(json->line + json->length, cursor, piece);
			json->length += piece;
			if (newline != NULL)
				write_line(json, annotator, json->line, json->length);
		}
	}
	if (newline != NULL) {
		json->in_json = json->passing = false;
		json->length = 0;
		json->at_line_start = true;
		if (annotator->line_buffered)
			batch_flush(&annotator->batch);
	}
	return stop;
}

/* The first "{" that starts a line, from cursor on; end when there is none. */
static const char *next_json_line(const struct annotate_json *json, const char *start,
				  const char *cursor, const char *end)
{
	while ((cursor = memchr(cursor, '{', (size_t)(end - cursor))) != NULL) {
		if (cursor == start ? json->at_line_start : cursor[-1] == '\n')
			return cursor;
		cursor++;
	}
	return end;
}

void annotate_json_feed(struct annotate_json *json, struct annotator *annotator,
			const char *bytes, size_t length)
{
	const char *cursor = bytes, *end = bytes + length;

	while (cursor < end) {
		const char *json_start;

		if (json->in_json) {
			cursor = json_bytes(json, annotator, cursor, end);
			continue;
		}
		json_start = next_json_line(json, bytes, cursor, end);
		if (json_start > cursor) {
			/* The annotator's output goes out before the JSON line's. */
			annotator_feed(annotator, cursor, (size_t)(json_start - cursor));
			json->at_line_start = json_start[-1] == '\n';
		}
		if (json_start < end)
			json->in_json = true;
		cursor = json_start;
	}
	batch_flush(&annotator->batch);
}

void annotate_json_finish(struct annotate_json *json, struct annotator *annotator)
{
	if (json->in_json && !json->passing)
		write_line(json, annotator, json->line, json->length);
	batch_flush(&annotator->batch);
	annotate_json_init(json, json->keys);
}
