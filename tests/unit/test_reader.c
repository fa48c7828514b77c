/*
 * Tests reader.c: a regular file comes out whole and in order through the
 * thread that reads ahead, however many times the blocks go round; a pipe
 * is read in the caller's thread; stopping early neither hangs nor spoils
 * the next file; errors come back with their errno.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <unistd.h>
#include <cmocka.h>

#include "reader.h"

/* Several times what the blocks hold at once, and not a multiple of a block. */
#define FILE_SIZE (3 * READER_BLOCKS * READER_BLOCK + 12345)

static struct reader reader;
static char written[FILE_SIZE], read_back[FILE_SIZE];

/* A temporary regular file holding length bytes of written, read from its start. */
static int file_of(size_t length)
{
	FILE *file = tmpfile();
	int fd;

	assert_non_null(file);
	fd = dup(fileno(file));
	fclose(file);
	assert_int_equal(write(fd, written, length), (ssize_t)length);
	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	return fd;
}

/* Reads the whole of fd through the reader into read_back; returns the length. */
static size_t read_through(int fd)
{
	size_t total = 0;
	const struct reader_block *block;

	reader_open(&reader, fd);
	while ((block = reader_next(&reader))->length > 0) {
		assert_true(total + (size_t)block->length <= FILE_SIZE);
		memcpy(read_back + total, block->bytes, (size_t)block->length);
		total += (size_t)block->length;
		reader_done(&reader);
	}
	assert_int_equal(block->length, 0);
	reader_close(&reader);
	return total;
}

static int set_up(void **state)
{
	(void)state;
	srand(4);
	for (size_t i = 0; i < FILE_SIZE; i++)
		written[i] = (char)rand();
	alarm(20);	/* a reader that hangs fails the test instead */
	return 0;
}

static void test_regular_file_whole_and_in_order(void **state)
{
	int fd = file_of(FILE_SIZE);

	(void)state;
	reader_open(&reader, fd);
	assert_true(reader.threaded);
	reader_close(&reader);
	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(read_through(fd), FILE_SIZE);
	assert_memory_equal(read_back, written, FILE_SIZE);
	close(fd);
}

static void test_empty_file(void **state)
{
	int fd = file_of(0);

	(void)state;
	assert_int_equal(read_through(fd), 0);
	close(fd);
}

static void test_pipe_in_this_thread(void **state)
{
	int ends[2];
	enum { LENGTH = 10000 };	/* within a pipe's buffer */

	(void)state;
	assert_int_equal(pipe(ends), 0);
	assert_int_equal(write(ends[1], written, LENGTH), LENGTH);
	close(ends[1]);
	reader_open(&reader, ends[0]);
	assert_false(reader.threaded);
	reader_close(&reader);
	assert_int_equal(read_through(ends[0]), LENGTH);
	assert_memory_equal(read_back, written, LENGTH);
	close(ends[0]);
}

/* Stopping after one block, as annotate does when its output fails, then reading another file. */
static void test_stop_early_then_read_again(void **state)
{
	int fd = file_of(FILE_SIZE), other = file_of(FILE_SIZE / 2);
	const struct reader_block *block;

	(void)state;
	reader_open(&reader, fd);
	block = reader_next(&reader);
	assert_int_equal(block->length, READER_BLOCK);
	assert_memory_equal(block->bytes, written, READER_BLOCK);
	reader_done(&reader);
	reader_close(&reader);
	assert_int_equal(read_through(other), FILE_SIZE / 2);
	assert_memory_equal(read_back, written, FILE_SIZE / 2);
	close(fd);
	close(other);
}

static void test_read_error(void **state)
{
	int fd = open(".", O_RDONLY);
	const struct reader_block *block;

	(void)state;
	assert_true(fd >= 0);
	reader_open(&reader, fd);
	block = reader_next(&reader);
	assert_int_equal(block->length, -1);
	assert_int_equal(block->error, EISDIR);
	reader_close(&reader);
	close(fd);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_regular_file_whole_and_in_order),
		cmocka_unit_test(test_empty_file),
		cmocka_unit_test(test_pipe_in_this_thread),
		cmocka_unit_test(test_stop_early_then_read_again),
		cmocka_unit_test(test_read_error),
	};

	return cmocka_run_group_tests(tests, set_up, NULL);
}
