/* The stream reader behind stream mode, fed in blocks. */
#ifndef STREAM_H
#define STREAM_H

#include <stdbool.h>
#include <stddef.h>

#include "output/answers.h"

void stream_begin(const struct output *output, struct answer_format format, bool all);
bool stream_feed(const char *bytes, size_t length);
int stream_end(void);
void stream_read_failed(void);

#endif
