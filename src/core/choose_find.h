/*
 * choose from free text: the leaf of the outline (data/choose.csv) that
 * answers a situation put in words, found through search's ranking.
 */
#ifndef CHOOSE_FIND_H
#define CHOOSE_FIND_H

#include "core/choose.h"
#include "core/search.h"

const struct choose_node *choose_find(const char *const *words, int word_count,
				      struct search_hit *hit);

#endif
