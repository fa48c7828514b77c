/* The status-code token rule: see code.h. */
#include "core/code.h"

#include "core/substatus.h"

void code_trim(const char **text, size_t *length)
{
	while (*length > 0 && code_is_space(**text))
		(*text)++, (*length)--;
	while (*length > 0 && code_is_space((*text)[*length - 1]))
		(*length)--;
}

bool code_token_read(const char *text, size_t length, struct code_token *token)
{
	const char *start = text;
	size_t digits = 0;
	int code, substatus = CODE_NO_SUBSTATUS;

	code_trim(&start, &length);
	while (digits < length && digits < 4 && code_digit(start[digits]) >= 0)
		digits++;
	code = code_parse(start, digits);
	if (code < 0)
		return false;
	if (digits < length) {
		if (code < 100 || start[digits] != '.' ||
		    (substatus = substatus_parse(start + digits + 1, length - digits - 1)) < 0)
			return false;
	}
	*token = (struct code_token){
		.code = code, .substatus = substatus, .lone_zero = digits == 1,
		.offset = (size_t)(start - text), .length = length,
	};
	return true;
}
