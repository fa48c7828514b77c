/*
 * libFuzzer harness: stream mode over the input as stdin, in the format the
 * first byte picks (text, JSON, TSV or --field), writing to /dev/null.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *sink;
	struct options options = { 0 };
	struct output output;
	int pipe_ends[2], saved_stdin;

	if (size == 0 || size > 60000 || pipe(pipe_ends) != 0)
		return 0;
	if (sink == NULL)
		sink = fopen("/dev/null", "w");
	options.quiet = true;	/* misses on stderr would only slow the fuzzer */
	options.format = (enum output_format)(data[0] % 3);
	options.field = data[0] % 7 == 0 ? FIELD_PHRASE : FIELD_NONE;
	if (options.field != FIELD_NONE)
		options.format = FORMAT_TEXT;
	output = (struct output){ sink, 80, data[0] & 0x80, false };
	/* The pipe holds 64 KiB, so the whole input fits before reading starts. */
	if (write(pipe_ends[1], data + 1, size - 1) < 0)
		return 0;
	close(pipe_ends[1]);
	saved_stdin = dup(STDIN_FILENO);
	dup2(pipe_ends[0], STDIN_FILENO);
	close(pipe_ends[0]);
	command_stream(&options, &output, 0, NULL);
	dup2(saved_stdin, STDIN_FILENO);
	close(saved_stdin);
	return 0;
}
