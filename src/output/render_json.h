/* JSON renderings of answers, for --json: the members core/schema.def shows. */
#ifndef RENDER_JSON_H
#define RENDER_JSON_H

#include <stdio.h>

#include "output/fields.h"

void render_json_members(FILE *out, const struct answer *answer, unsigned view);
void render_json_class(FILE *out, const struct status_class *class,
		       const struct status *const *members, size_t count);

#endif
