/* Finding the next of a few bytes in a buffer; repeat a byte to look for fewer than three. */
#ifndef SCAN_H
#define SCAN_H

const char *scan_first_of(const char *cursor, const char *end, char first, char second,
			  char third);

#endif
