/*
 * The floor for stream mode: the least a program could do to write the same
 * answers. It loads each code's line from table.txt (httpstatus's own
 * answers), then for every code read, known to be three digits and a
 * newline, copies that line into a 256 KiB buffer, as large as stream
 * mode's, with no check and no error handling: what is left of stream mode's
 * cost once its reading of queries is taken away. bench/run.sh builds it
 * with the same instruction set as httpstatus (no -march).
 *
 * usage: stream_floor table.txt < codes.txt
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define LINE_MAX_BYTES 512

static char lines[1000][LINE_MAX_BYTES];
static size_t lengths[1000];

int main(int argc, char **argv)
{
	static char in[1 << 16], out[(1 << 18) + LINE_MAX_BYTES];
	char line[LINE_MAX_BYTES];
	FILE *table;
	size_t used = 0;
	ssize_t length;

	if (argc != 2 || (table = fopen(argv[1], "r")) == NULL)
		return 2;
	while (fgets(line, sizeof line, table) != NULL) {
		int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');

		if (lengths[code] == 0) {	/* a code's first meaning, as stream mode gives */
			lengths[code] = strlen(line);
			memcpy(lines[code], line, lengths[code]);
		}
	}
	/* Blocks of whole lines: the codes file is 4 bytes a line. */
	while ((length = read(STDIN_FILENO, in, sizeof in)) > 0) {
		for (const char *code = in; code < in + length; code += 4) {
			int number = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');

			/* A fixed size compiles to a few moves, not a call: lines are kept padded. */
			if (lengths[number] <= 128)
				memcpy(out + used, lines[number], 128);
			else
				memcpy(out + used, lines[number], lengths[number]);
			used += lengths[number];
			if (used >= 1 << 18) {
				if (write(STDOUT_FILENO, out, used) < 0)
					return 1;
				used = 0;
			}
		}
	}
	return write(STDOUT_FILENO, out, used) < 0;
}
