/* What annotate inserts in a log line: see annotate.h. */
#include "filters/annotate.h"

#include <stdio.h>
#include <string.h>

#include "core/status.h"
#include "core/status_sizes.h"
#include "core/substatus.h"

/* A code's two annotations, put together the first time the code comes. */
struct annotation {
	unsigned short text_length;	/* " (Phrase)"; 0: not yet put together */
	unsigned short member_length;	/* ,"status_phrase":"Phrase" */
	char text[STATUS_PHRASE_MAX + sizeof " ()"];
	char member[2 * STATUS_PHRASE_MAX + sizeof ",\"" JSON_STATUS_PHRASE_MEMBER "\":\"\""];
};

static struct annotation annotations[STATUS_CODE_MAX - STATUS_CODE_MIN + 1];

/* A placeholder phrase such as "(Unused)" has its parentheses already. */
static bool is_parenthesised(const char *phrase)
{
	size_t length = strlen(phrase);

	return length >= 2 && phrase[0] == '(' && phrase[length - 1] == ')';
}

/* What the layouts and --at-end insert: a phrase, a sub-status's meaning and the words around them. */
#define WORDED_MAX 512

/* Copies words into text from used on, a quote or backslash escaped by a backslash when asked. */
static size_t add_words(char *text, size_t used, const char *words, bool escape)
{
	for (; *words != '\0' && used + 2 < WORDED_MAX; words++) {
		if (escape && (*words == '"' || *words == '\\'))
			text[used++] = '\\';
		text[used++] = *words;
	}
	return used;
}

/* The annotations of code, or NULL for a code without a record. */
static const struct annotation *annotation_of(int code)
{
	struct annotation *annotation = &annotations[code - STATUS_CODE_MIN];
	const struct status *status;
	size_t used;

	if (annotation->text_length > 0)
		return annotation;
	status = status_by_code(code);
	if (status == NULL)
		return NULL;
	annotation->text_length = (unsigned short)snprintf(annotation->text, sizeof annotation->text,
			is_parenthesised(status->phrase) ? " %s" : " (%s)", status->phrase);
	/* ,"status_phrase":"Phrase": a phrase holds no control byte, but may hold a quote. */
	used = add_words(annotation->member, 0, ",\"" JSON_STATUS_PHRASE_MEMBER "\":\"", false);
	used = add_words(annotation->member, used, status->phrase, true);
	annotation->member[used++] = '"';
	annotation->member_length = (unsigned short)used;
	return annotation;
}

/*
 * The annotation of a code that is more than " (Phrase)": quoted at the end
 * of the line (--at-end), a logfmt pair, or naming a W3C sub-status; its
 * length, or 0 when the plain annotation is the one.
 */
static size_t worded_annotation(const struct log_format *format, const struct log_code *found,
				char text[WORDED_MAX])
{
	const struct status *status = status_by_code(found->token.code);
	/* W3C's sc-substatus, a field of its own: a 404.13 written as one token is annotated as 404. */
	bool w3c = format->layout != NULL && format->layout->name == LOG_LAYOUT_W3C;
	const struct substatus *known = w3c && found->token.substatus > 0
		? substatus_find(found->token.code, found->token.substatus) : NULL;
	bool logfmt = format->layout != NULL && format->layout->name == LOG_LAYOUT_LOGFMT &&
		      format->field == 0;
	bool quoted = logfmt || format->at_end;
	size_t used;

	if (!quoted && known == NULL)
		return 0;
	used = add_words(text, 0, logfmt ? " " JSON_STATUS_PHRASE_MEMBER "=\"" : quoted ? " \"" : " (",
			 false);
	used = add_words(text, used, status->phrase, quoted);
	if (known != NULL) {
		char head[32];

		snprintf(head, sizeof head, "; %d.%d ", known->code, known->substatus);
		used = add_words(text, used, head, false);
		used = add_words(text, used, known->meaning, quoted);
	}
	text[used++] = quoted ? '"' : ')';
	return used;
}

/* The line's length without the carriage return before its LF. */
static size_t content_length(const struct line *line)
{
	return line->length > 0 && line->text[line->length - 1] == '\r' ? line->length - 1
									 : line->length;
}

/* Whether the bytes at offset of line already are text: the line was annotated before. */
static bool holds_at(const struct line *line, size_t offset, const char *text, size_t length)
{
	return offset <= line->length && line->length - offset >= length &&
	       memcmp(line->text + offset, text, length) == 0;
}

bool annotate_line(const struct log_format *format, const struct line *line,
		   struct insertion *insertion)
{
	static char worded[WORDED_MAX];
	size_t worded_length;
	const struct annotation *annotation;
	struct log_code found;
	size_t after;
	bool coded = log_code_find(format, line, &found);

	insertion->coded = coded;
	if (!coded || (annotation = annotation_of(found.token.code)) == NULL)
		return false;
	if (found.json) {
		*insertion = (struct insertion){ found.insert_offset, annotation->member,
						 annotation->member_length, true };
		return !found.has_phrase;
	}
	worded_length = worded_annotation(format, &found, worded);
	if (worded_length > 0) {
		size_t offset = format->at_end ? content_length(line) : found.insert_offset;

		*insertion = (struct insertion){ offset, worded, worded_length, true };
		return format->at_end ? offset < worded_length ||
					!holds_at(line, offset - worded_length, worded, worded_length)
				      : !holds_at(line, offset, worded, worded_length);
	}
	*insertion = (struct insertion){ found.insert_offset, annotation->text, annotation->text_length,
					 true };
	after = line->length - found.insert_offset;
	/* Annotated before, with a W3C sub-status named too: " (Not Found; 404.13 ...)". */
	if (after > annotation->text_length && annotation->text[annotation->text_length - 1] == ')' &&
	    line->text[found.insert_offset + annotation->text_length - 1] == ';' &&
	    holds_at(line, found.insert_offset, annotation->text, annotation->text_length - 1))
		return false;
	return !holds_at(line, found.insert_offset, annotation->text, annotation->text_length);
}
