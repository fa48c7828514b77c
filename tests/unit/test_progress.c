/* Tests count's progress line: the figures it shows, and that it stays off when stderr is no terminal. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <fcntl.h>
#include <unistd.h>

#include "commands/progress.h"

static const char *text_of(uint64_t bytes, uint64_t size)
{
	static char text[64];

	progress_text(bytes, size, text, sizeof text);
	return text;
}

static void test_text(void **state)
{
	(void)state;
	assert_string_equal(text_of(1200000000, 4000000000), "1.2 GB of 4.0 GB (30%)");
	assert_string_equal(text_of(512000000, 2100000000), "512 MB of 2.1 GB (24%)");
	assert_string_equal(text_of(999, 40000), "999 B of 40 kB (2%)");
	assert_string_equal(text_of(67000000, 67000000), "67 MB of 67 MB (100%)");
}

static void test_not_a_terminal(void **state)
{
	struct progress progress;
	int fd = open("/dev/null", O_RDONLY);

	(void)state;
	/* The tests' stderr is a file or a pipe; /dev/null is no regular file either. */
	progress_start(&progress, fd, "x");
	assert_false(progress.active);
	progress_update(&progress, 1);
	progress_end(&progress);
	assert_false(progress.shown);
	close(fd);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_not_a_terminal),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
