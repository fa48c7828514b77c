/* Candidates for shell completion, asked for by the completion scripts. */
#ifndef COMPLETE_H
#define COMPLETE_H

#include <stdio.h>

int complete_run(FILE *out, int count, char **words);

#endif
