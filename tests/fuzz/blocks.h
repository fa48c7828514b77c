/* For the harnesses that check a reader gives the same output however its input is cut. */
#ifndef BLOCKS_H
#define BLOCKS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef void feed_function(const char *bytes, size_t length);

void feed_in_blocks(feed_function *feed, const uint8_t *data, size_t start, size_t size,
		    size_t cut, size_t block);
FILE *memory_output_open(char **text, size_t *length);
void memory_output_close(FILE *out);
void require_same_output(char *first, size_t first_length, char *second,
			 size_t second_length);

#endif
