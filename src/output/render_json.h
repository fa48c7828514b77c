/* JSON renderings of status records, for --json. */
#ifndef RENDER_JSON_H
#define RENDER_JSON_H

#include <stdio.h>

#include "core/status.h"

void render_json_status(FILE *out, const struct status *status);
void render_json_unknown(FILE *out, int code);
void render_json_class_fields(FILE *out, int code);

#endif
