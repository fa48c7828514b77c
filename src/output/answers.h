/* Writing a sequence of answers in the chosen format. */
#ifndef ANSWERS_H
#define ANSWERS_H

#include <stdbool.h>

#include "output/fields.h"
#include "cli/options.h"
#include "output/output.h"

struct answers {
	const struct options *options;
	const struct output *output;
	void (*text)(const struct output *output, const struct answer *answer);
	bool blank_between;	/* whole entries read better apart */
	bool ndjson;		/* stream mode: one JSON document per line */
	int count;
};

void answers_begin(struct answers *answers);
void answers_add(struct answers *answers, const struct answer *answer);
void answers_end(struct answers *answers);
bool answers_structured(const struct options *options);

#endif
