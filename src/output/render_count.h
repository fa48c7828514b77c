/* count's tally as text (with a bar per row on a terminal), JSON or TSV. */
#ifndef RENDER_COUNT_H
#define RENDER_COUNT_H

#include "core/tally.h"
#include "output/output.h"

void render_count_text(const struct output *output, const struct tally *tally);
void render_count_json(FILE *out, const struct tally *tally);
void render_count_tsv(FILE *out, const struct tally *tally);

#endif
