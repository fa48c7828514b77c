/*
 * The check of an example response (a HEAD column of status.csv): the
 * form data/README.md gives it, so that what --field writes is a response
 * a client can read.
 */
#ifndef EXAMPLE_H
#define EXAMPLE_H

#include <stdbool.h>

#define EXAMPLE_MESSAGE_MAX 200

/*
 * Checks the example of a row whose code is code. Returns true when it is
 * empty or well formed; otherwise false, with what is wrong in message.
 */
bool example_check(int code, const char *example, char message[EXAMPLE_MESSAGE_MAX]);

#endif
