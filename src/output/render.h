/* Text renderings of status records: one line, and the whole entry. */
#ifndef RENDER_H
#define RENDER_H

#include "output/fields.h"
#include "output/output.h"
#include "core/status.h"

void render_name(const struct output *output, const struct status *status);
void render_line(const struct output *output, const struct status *status);
void render_unknown_line(const struct output *output, int code);
void render_answer_line(const struct output *output, const struct answer *answer);
void render_answer_explain(const struct output *output, const struct answer *answer);
void render_explain(const struct output *output, const struct status *status);
void render_unknown_explain(const struct output *output, int code);
#define CLASS_LABEL_BUFFER 64

const char *render_class_label(const struct status_class *class, char buffer[CLASS_LABEL_BUFFER]);

#endif
