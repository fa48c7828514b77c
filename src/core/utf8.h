/* UTF-8 checks shared by the generator and the command line. */
#ifndef UTF8_H
#define UTF8_H

#include <stdbool.h>
#include <stddef.h>

size_t utf8_invalid_at(const char *text, size_t length);
size_t utf8_columns(const char *text, size_t length);
bool utf8_is_continuation(char byte);
size_t utf8_unit_length(const char *text, size_t length);
unsigned long utf8_code_point(const char *text, size_t length);
bool utf8_is_terminal_control(unsigned long point);
void utf8_quote(const char *text, size_t length, char *buffer, size_t size);

#endif
