/* Making user input safe to show in a message. */
#ifndef QUOTE_H
#define QUOTE_H

#include <stddef.h>
#include <stdio.h>

#define QUOTE_BUFFER 128

const char *quote_bytes_for_message(const char *text, size_t length, char buffer[QUOTE_BUFFER]);
const char *quote_for_message(const char *text, char buffer[QUOTE_BUFFER]);
void quote_write(FILE *out, const char *text);
void quote_warn(const char *format, const char *value);

#endif
