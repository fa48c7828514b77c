/* Compressed logs for annotate and count: gzip inflated with zlib, other compressors named. */
#ifndef COMPRESSED_H
#define COMPRESSED_H

#include <stdbool.h>
#include <stddef.h>

/* Whether bytes start with gzip's magic, 1f 8b. */
bool compressed_is_gzip(const char *bytes, size_t length);

/* The tool that reads other compressors' data (xz, zstd, bzip2, lz4) starting bytes, or NULL. */
const char *compressed_other_tool(const char *bytes, size_t length);

/* Takes plain bytes; false stops the reading (output failed). */
typedef bool compressed_feed_function(void *context, const char *bytes, size_t length);

/*
 * Inflates a gzip input, called name in messages, a block at a time as it
 * is read, feeding the plain bytes on; one input at a time. What came out
 * before a corrupt or truncated stream has been fed; the error names the
 * input and the byte offset in it. Each returns EXIT_ANSWERED, or EXIT_IO
 * after saying what was wrong; a block, -1 when feed stopped. The end is
 * told whether the whole input was read, to say when it was cut short.
 */
int compressed_gzip_start(const char *name);
int compressed_gzip_block(const char *name, char *block, size_t length,
			  compressed_feed_function *feed, void *context);
int compressed_gzip_end(const char *name, bool read_whole);

#endif
