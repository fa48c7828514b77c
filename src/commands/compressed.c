/*
 * Compressed logs for annotate and count: an input that starts with gzip's
 * magic bytes (a rotated access.log.1.gz, or zcat's input on stdin) is
 * inflated with zlib and fed on as if it had been read plain, so the rest
 * of the program never sees compressed bytes. Concatenated gzip members
 * (what `cat a.gz b.gz` and some log rotators make) are read one after the
 * other, as gzip itself does. Other compressors' data is refused with the
 * tool that reads it, rather than counted as lines without a code.
 */
#include <err.h>
#include <inttypes.h>
#include <string.h>
#include <zlib.h>

#include "commands/compressed.h"
#include "core/exit_status.h"

/* What inflate writes at a time: as large as a plain read, so each feed gets as much. */
#define INFLATED_BLOCK (1 << 17)

bool compressed_is_gzip(const char *bytes, size_t length)
{
	return length >= 2 && (unsigned char)bytes[0] == 0x1f && (unsigned char)bytes[1] == 0x8b;
}

struct magic {
	const char *bytes;
	size_t length;
	const char *tool;
};

/* Compressors whose output zlib does not read, by their magic bytes. */
static const struct magic other_compressors[] = {
	{ "\xfd" "7zXZ", 6, "xzcat" },
	{ "\x28\xb5\x2f\xfd", 4, "zstdcat" },
	{ "BZh", 3, "bzcat" },
	{ "\x04\x22\x4d\x18", 4, "lz4cat" },
};

const char *compressed_other_tool(const char *bytes, size_t length)
{
	for (size_t i = 0; i < sizeof other_compressors / sizeof other_compressors[0]; i++) {
		const struct magic *magic = &other_compressors[i];

		if (length >= magic->length && memcmp(bytes, magic->bytes, magic->length) == 0 &&
		    (magic->tool[0] != 'b' || (length > 3 && bytes[3] >= '1' && bytes[3] <= '9')))
			return magic->tool;
	}
	return NULL;
}

static struct inflater {
	z_stream stream;
	uint64_t offset;	/* compressed bytes taken before the current block */
	bool in_member;		/* inside a gzip member: its end not yet reached */
} inflater;

/* Where in the compressed input inflate has got to. */
static uint64_t inflater_offset(size_t block_length)
{
	return inflater.offset + (block_length - inflater.stream.avail_in);
}

int compressed_gzip_start(const char *name)
{
	memset(&inflater, 0, sizeof inflater);
	/* 16 + 15: a gzip header and trailer around the largest window. */
	if (inflateInit2(&inflater.stream, 16 + MAX_WBITS) == Z_OK)
		return EXIT_ANSWERED;
	warnx("%s: cannot start inflating: out of memory", name);
	return EXIT_IO;
}

int compressed_gzip_block(const char *name, char *block, size_t length,
			  compressed_feed_function *feed, void *context)
{
	static char out[INFLATED_BLOCK];
	z_stream *stream = &inflater.stream;

	stream->next_in = (Bytef *)block;
	stream->avail_in = (uInt)length;
	while (stream->avail_in > 0) {
		int result;

		if (!inflater.in_member) {
			/* After a member, only another member may follow. */
			if (!compressed_is_gzip((const char *)stream->next_in, stream->avail_in) &&
			    !(stream->avail_in == 1 && (unsigned char)stream->next_in[0] == 0x1f)) {
				warnx("%s: not gzip data after the compressed stream, at byte %" PRIu64,
				      name, inflater_offset(length));
				return EXIT_IO;
			}
			inflateReset(stream);
			inflater.in_member = true;
		}
		stream->next_out = (Bytef *)out;
		stream->avail_out = sizeof out;
		result = inflate(stream, Z_NO_FLUSH);
		/* What came out before an error is counted or annotated too. */
		if (sizeof out - stream->avail_out > 0 &&
		    !feed(context, out, sizeof out - stream->avail_out))
			return -1;
		if (result == Z_STREAM_END) {
			inflater.in_member = false;
		} else if (result != Z_OK && result != Z_BUF_ERROR) {
			warnx("%s: corrupt gzip data at byte %" PRIu64 " (%s)", name,
			      inflater_offset(length),
			      stream->msg != NULL ? stream->msg : "inflate failed");
			return EXIT_IO;
		}
	}
	/* What inflate holds back for lack of room is drained here. */
	for (;;) {
		size_t produced;

		stream->next_out = (Bytef *)out;
		stream->avail_out = sizeof out;
		if (!inflater.in_member || inflate(stream, Z_NO_FLUSH) == Z_STREAM_END)
			inflater.in_member = false;
		produced = sizeof out - stream->avail_out;
		if (produced == 0)
			break;
		if (!feed(context, out, produced))
			return -1;
	}
	inflater.offset += length;
	return EXIT_ANSWERED;
}

int compressed_gzip_end(const char *name, bool read_whole)
{
	int status = EXIT_ANSWERED;

	if (read_whole && inflater.in_member) {
		warnx("%s: compressed data ends early, truncated at byte %" PRIu64, name, inflater.offset);
		status = EXIT_IO;
	}
	inflateEnd(&inflater.stream);
	return status;
}
