/* Writing JSON values. */
#ifndef JSON_H
#define JSON_H

#include <stdio.h>

void json_string(FILE *out, const char *text);
void json_string_bytes(FILE *out, const char *text, size_t length);
void json_string_or_null(FILE *out, const char *text);
void json_string_list(FILE *out, const char *list);
void json_code_list(FILE *out, const char *list);

#endif
