/*
 * Where answers are written. stdout gets a static buffer so that stdio does
 * not allocate one; stdout and stderr wait where a parent left them
 * non-blocking; the width comes from COLUMNS or the terminal, and colour
 * follows --color, NO_COLOR (https://no-color.org) and TERM: a terminal that
 * calls itself dumb cannot show escape sequences.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <err.h>

#include "compat/compat.h"
#include "core/exit_status.h"
#include "output/batch.h"
#include "output/output.h"
#include "output/quote.h"

#define WIDTH_DEFAULT 80
#define WIDTH_MIN 40
#define WIDTH_MAX 1000

static char stdout_buffer[1 << 16];

/* The descriptors the waiting streams write to, as their cookies. */
static int stdout_fd = STDOUT_FILENO, stderr_fd = STDERR_FILENO;

static ssize_t write_waiting(void *cookie, const char *bytes, size_t length)
{
	return batch_write_all(*(const int *)cookie, bytes, length) ? (ssize_t)length : -1;
}

/*
 * A parent (Node.js, some CI runners) may leave stdout or stderr
 * non-blocking: a full pipe then refuses a write with EAGAIN, and stdio
 * (glibc's and musl's) drops what it held. A regular file never refuses a
 * write (and annotate must still see that its output is its input).
 */
static bool refuses_writes(int fd)
{
	int flags = fcntl(fd, F_GETFL);
	struct stat file;

	return flags != -1 && (flags & O_NONBLOCK) != 0 && !(fstat(fd, &file) == 0 && S_ISREG(file.st_mode));
}

/*
 * Such a descriptor is written through a stream of our own that waits for
 * room; where the C library cannot make one, the descriptor is made
 * blocking, which the parent sharing it sees too.
 */
static void make_blocking(int fd)
{
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
}

/* The stream to write stdout through: stdout itself, or one that waits. */
FILE *output_stdout(void)
{
	FILE *stream = stdout;

	if (refuses_writes(STDOUT_FILENO)) {
		stream = compat_open_writer(&stdout_fd, write_waiting);
		if (stream == NULL) {
			stream = stdout;
			make_blocking(STDOUT_FILENO);
		}
	}
	/* One thread writes stdout, so stdio's per-call locking is pure cost. */
	setvbuf(stream, stdout_buffer, _IOFBF, sizeof stdout_buffer);
	compat_stream_unlocked(stream);
	return stream;
}

static FILE *stderr_given;

/* At exit, after the last message: the stream of our own is freed. */
static void stderr_restore(void)
{
	FILE *ours = stderr;

	compat_set_stderr(stderr_given);
	fclose(ours);
}

/* stderr waits too, so that no message is lost: err(3) and warn(3) write to whatever stderr names. */
void output_stderr(void)
{
	FILE *stream;

	if (!refuses_writes(STDERR_FILENO))
		return;
	stream = compat_open_writer(&stderr_fd, write_waiting);
	stderr_given = stderr;
	if (stream != NULL && compat_set_stderr(stream)) {
		setvbuf(stream, NULL, _IONBF, 0);
		atexit(stderr_restore);
		return;
	}
	if (stream != NULL)
		fclose(stream);
	make_blocking(STDERR_FILENO);
}

static size_t output_width(int fd)
{
	const char *columns = getenv("COLUMNS");
	struct winsize size;
	long width = 0;

	if (columns != NULL && columns[0] != '\0') {
		char *end;

		width = strtol(columns, &end, 10);
		if (*end != '\0')
			width = 0;
	}
	if (width <= 0 && ioctl(fd, TIOCGWINSZ, &size) == 0)
		width = size.ws_col;
	if (width <= 0)
		width = WIDTH_DEFAULT;
	if (width < WIDTH_MIN)
		width = WIDTH_MIN;
	if (width > WIDTH_MAX)
		width = WIDTH_MAX;
	return (size_t)width;
}

void output_open(struct output *output, FILE *stream, enum color_mode mode)
{
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");
	bool dumb = term != NULL && strcmp(term, "dumb") == 0;

	/* What --quiet discards would have gone to stdout: it is stdout that is measured. */
	output->stream = stream;
	output->width = output_width(STDOUT_FILENO);
	output->is_terminal = isatty(STDOUT_FILENO);
	if (mode == COLOR_AUTO)
		output->color = output->is_terminal && !dumb &&
				(no_color == NULL || no_color[0] == '\0');
	else
		output->color = mode == COLOR_ALWAYS;
}

/* A stream that swallows everything, for --quiet. */
FILE *output_discard(void)
{
	FILE *stream = fopen("/dev/null", "w");

	if (stream == NULL)
		err(EXIT_IO, "cannot set up --quiet: /dev/null");
	return stream;
}

/*
 * Flushes stream and reports a failed write; false when output was lost.
 * A stream of our own (--quiet's, a waiting stdout's) is closed too;
 * stdout is left to exit.
 */
bool output_close(FILE *stream)
{
	bool written = fflush(stream) == 0 && !ferror(stream);

	if (!written)
		warn("write error");
	if (stream != stdout && fclose(stream) != 0)
		written = false;
	return written;
}

void output_style(const struct output *output, const char *style)
{
	if (output->color)
		fprintf(output->stream, "\033[%sm", style);
}

/* A heading on a line of its own, bold when colour is on. */
void output_heading(const struct output *output, const char *title)
{
	output_style(output, STYLE_BOLD);
	fputs(title, output->stream);
	output_style(output, STYLE_RESET);
	fputc('\n', output->stream);
}

/* Each class has its colour: 2xx green, 3xx cyan, 4xx yellow, 5xx red. */
void output_class_style(const struct output *output, int code)
{
	static const char *const class_colors[] = { "1;35", "1;34", "1;32", "1;36", "1;33", "1;31" };
	int digit = code >= 100 && code <= 599 ? code / 100 : 0;

	output_style(output, class_colors[digit]);
}

/* A query that matched nothing is reported on stderr, unless -q; stream mode's may hold NUL bytes. */
void output_report_miss_bytes(const struct output *output, const char *query, size_t length)
{
	char quoted[QUOTE_BUFFER];

	if (!output->quiet)
		warnx("no status code matches '%s'", quote_bytes_for_message(query, length, quoted));
}

void output_report_miss(const struct output *output, const char *query)
{
	output_report_miss_bytes(output, query, strlen(query));
}

const char *output_suggestion(const struct status *const *found, size_t count,
			     char buffer[OUTPUT_SUGGESTION_BUFFER])
{
	size_t used = 0;

	buffer[0] = '\0';
	for (size_t i = 0; i < count && used < OUTPUT_SUGGESTION_BUFFER; i++) {
		const char *joint = i == 0 ? "" : i == count - 1 ? " or " : ", ";

		used += (size_t)snprintf(buffer + used, OUTPUT_SUGGESTION_BUFFER - used, "%s%03d %s",
					 joint, found[i]->code, found[i]->phrase);
	}
	return buffer;
}
