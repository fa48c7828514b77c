/* count's tally as text (with a bar per row on a terminal), JSON or TSV. */
#ifndef RENDER_COUNT_H
#define RENDER_COUNT_H

#include "core/tally.h"
#include "output/answers.h"
#include "output/output.h"

void render_count(const struct output *output, enum output_format format, const struct tally *tally);

#endif
