/* The stream reader behind stream mode, fed in blocks. */
#ifndef STREAM_H
#define STREAM_H

#include <stdbool.h>
#include <stddef.h>

#include "cli/options.h"
#include "output/output.h"

void stream_begin(const struct options *options, const struct output *output);
bool stream_feed(const char *bytes, size_t length);
int stream_end(void);
void stream_read_failed(void);

#endif
