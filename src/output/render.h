/* Text renderings of status records: one line, and the whole entry. */
#ifndef RENDER_H
#define RENDER_H

#include "core/search.h"
#include "core/status.h"
#include "output/fields.h"
#include "output/output.h"

void render_name(const struct output *output, const struct status *status);
void render_answer_line(const struct output *output, const struct answer *answer);
void render_location(const struct output *output, const struct answer *answer,
		     const char *location);
bool render_answer_explain(const struct output *output, const struct answer *answer);
#define CLASS_LABEL_BUFFER 64

const char *render_class_label(const struct status_class *class, char buffer[CLASS_LABEL_BUFFER]);
void render_class(const struct output *output, const struct status_class *class,
		  const struct status *const *members, size_t count);
void render_compare(const struct output *output, const struct status *const *columns, int count);
void render_hit(const struct output *output, const struct search_hit *hit, bool json);
void render_search_verdict(const struct output *output, const struct search_hit *hits, size_t count);
void render_search_more(const struct output *output, size_t more);

#endif
