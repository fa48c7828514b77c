/* Reading a status code as written: three digits, 100 to 999. */
#ifndef CODE_H
#define CODE_H

#include <stddef.h>

int code_parse(const char *text, size_t length);

#endif
