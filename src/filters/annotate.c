/* What annotate inserts in a log line: see annotate.h. */
#include "filters/annotate.h"

#include <stdio.h>
#include <string.h>

#include "core/status.h"
#include "core/status_sizes.h"

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

/* ,"status_phrase":"Phrase": a phrase holds no control byte, but may hold a quote. */
static size_t member_of(const char *phrase, char *member)
{
	static const char name[] = ",\"" JSON_STATUS_PHRASE_MEMBER "\":\"";
	size_t length = sizeof name - 1;

	memcpy(member, name, length);
	for (; *phrase != '\0'; phrase++) {
		if (*phrase == '"' || *phrase == '\\')
			member[length++] = '\\';
		member[length++] = *phrase;
	}
	member[length++] = '"';
	return length;
}

/* The annotations of code, or NULL for a code without a record. */
static const struct annotation *annotation_of(int code)
{
	struct annotation *annotation = &annotations[code - STATUS_CODE_MIN];
	const struct status *status;

	if (annotation->text_length > 0)
		return annotation;
	status = status_by_code(code);
	if (status == NULL)
		return NULL;
	annotation->text_length = (unsigned short)snprintf(annotation->text, sizeof annotation->text,
			is_parenthesised(status->phrase) ? " %s" : " (%s)", status->phrase);
	annotation->member_length = (unsigned short)member_of(status->phrase, annotation->member);
	return annotation;
}

bool annotate_line(const struct log_format *format, const struct line *line,
		   struct insertion *insertion)
{
	const struct annotation *annotation;
	struct log_code found;
	size_t after;

	if (!log_code_find(format, line, &found) || (annotation = annotation_of(found.token.code)) == NULL)
		return false;
	if (found.json) {
		*insertion = (struct insertion){ found.insert_offset, annotation->member,
						 annotation->member_length };
		return !found.has_phrase;
	}
	*insertion = (struct insertion){ found.insert_offset, annotation->text, annotation->text_length };
	after = line->length - found.insert_offset;
	return after < annotation->text_length ||
	       memcmp(line->text + found.insert_offset, annotation->text, annotation->text_length) != 0;
}
