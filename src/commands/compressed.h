/* Compressed logs for annotate and count: gzip inflated with zlib, other compressors named. */
#ifndef COMPRESSED_H
#define COMPRESSED_H

#include <stdbool.h>
#include <stddef.h>

#include <sys/types.h>

/* Whether bytes start with gzip's magic, 1f 8b. */
bool compressed_is_gzip(const char *bytes, size_t length);

/* The tool that reads other compressors' data (xz, zstd, bzip2, lz4) starting bytes, or NULL. */
const char *compressed_other_tool(const char *bytes, size_t length);

/* Reads more of the input into block: the bytes read, 0 at its end, -1 after saying why it failed. */
typedef ssize_t compressed_read_function(void *source, char *block, size_t size);
/* Takes plain bytes; false stops the reading (output failed). */
typedef bool compressed_feed_function(void *context, const char *bytes, size_t length);

/*
 * Inflates a gzip input, called name in messages, whose first length bytes
 * are in block (of size bytes, reused for the rest, which read_more reads),
 * feeding the plain bytes on. What came out before a corrupt or truncated
 * stream has been fed; the error names the input and the byte offset in
 * it. Returns EXIT_ANSWERED, or EXIT_IO after saying what was wrong.
 */
int compressed_read_gzip(const char *name, char *block, size_t length, size_t size,
			 compressed_read_function *read_more, void *source,
			 compressed_feed_function *feed, void *context);

#endif
