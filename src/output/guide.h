/*
 * Writing the guides: advice paragraphs and the choose outline, in text
 * (wrapped to the width) and JSON.
 */
#ifndef GUIDE_H
#define GUIDE_H

#include <stddef.h>
#include <stdio.h>

#include "core/advice.h"
#include "core/choose.h"
#include "core/status.h"
#include "output/output.h"

void guide_advice_text(const struct output *output, const struct advice *const *advice,
		       size_t count);
void guide_advice_json(FILE *out, const struct advice *const *advice, size_t count);
void guide_choose_text(const struct output *output, const struct choose_node *root);
void guide_choose_json(FILE *out, const struct choose_node *root);
void guide_choose_path_text(const struct output *output, const struct choose_node *leaf);
void guide_choose_path_json(FILE *out, const struct choose_node *leaf, const char *matched);

#endif
