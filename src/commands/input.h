/* Reading the FILE operands of annotate and count, "-" being stdin. */
#ifndef INPUT_H
#define INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "commands/progress.h"
#include "output/quote.h"

struct input {
	int fd;
	const char *name;		/* for messages: "stdin", or the path quoted */
	char quoted[QUOTE_BUFFER];
	bool show_progress;		/* count: progress on a terminal for a large file */
	struct progress progress;
};

/* Takes a block that was read; false stops the reading (output failed). */
typedef bool input_feed_function(void *context, const char *block, size_t length);

bool input_open(struct input *input, const char *path);
int input_read(struct input *input, input_feed_function *feed, void *context);
void input_close(struct input *input);

#endif
