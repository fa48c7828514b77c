/*
 * Tests reader.c: a regular file comes out whole and in order through the
 * thread that reads ahead, however many times the blocks go round; a pipe
 * is read in the caller's thread; stopping early neither hangs nor spoils
 * the next file; a caller that falls behind gets blocks worked on, a pipe's
 * caller never; errors come back with their errno.
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
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "filters/reader.h"

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

	reader_open(&reader, fd, NULL, NULL);
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
	reader_open(&reader, fd, NULL, NULL);
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
	reader_open(&reader, ends[0], NULL, NULL);
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
	reader_open(&reader, fd, NULL, NULL);
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

/* What the work did to each block of the ring: the sum of its bytes. */
static unsigned work_sums[READER_BLOCKS];

static unsigned sum_of(const struct reader_block *block)
{
	unsigned sum = 0;

	for (ssize_t i = 0; i < block->length; i++)
		sum = sum * 31 + (unsigned char)block->bytes[i];
	return sum;
}

/* Work on the blocks of even places only; the others count as not done. */
static bool sum_even_blocks(void *context, const struct reader_block *block)
{
	assert_ptr_equal(context, work_sums);
	assert_true(block->length > 0);
	work_sums[block->index] = sum_of(block);
	return block->index % 2 == 0;
}

/*
 * A caller slower than the reading gets help: some blocks come worked on,
 * their work done on their own bytes and seen by the caller; the file
 * still comes out whole and in order.
 */
static void test_work_while_caller_is_behind(void **state)
{
	int fd = file_of(FILE_SIZE);
	const struct reader_block *block;
	size_t total = 0, worked = 0;

	(void)state;
	reader_open(&reader, fd, sum_even_blocks, work_sums);
	while ((block = reader_next(&reader))->length > 0) {
		nanosleep(&(struct timespec){ .tv_nsec = 2000000 }, NULL);	/* the reading thread gets ahead */
		if (block->worked) {
			assert_int_equal(block->index % 2, 0);
			assert_int_equal(work_sums[block->index], sum_of(block));
			worked++;
		}
		assert_memory_equal(block->bytes, written + total, (size_t)block->length);
		total += (size_t)block->length;
		reader_done(&reader);
	}
	reader_close(&reader);
	assert_int_equal(total, FILE_SIZE);
	assert_true(worked > 0);
	close(fd);
}

/* A pipe is read in the caller's thread, which does its own work. */
static void test_no_work_on_a_pipe(void **state)
{
	int ends[2];
	const struct reader_block *block;

	(void)state;
	assert_int_equal(pipe(ends), 0);
	assert_int_equal(write(ends[1], written, 1000), 1000);
	close(ends[1]);
	reader_open(&reader, ends[0], sum_even_blocks, work_sums);
	block = reader_next(&reader);
	assert_int_equal(block->length, 1000);
	assert_false(block->worked);
	reader_done(&reader);
	reader_close(&reader);
	close(ends[0]);
}

static void test_read_error(void **state)
{
	int fd = open(".", O_RDONLY);
	const struct reader_block *block;

	(void)state;
	assert_true(fd >= 0);
	reader_open(&reader, fd, NULL, NULL);
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
		cmocka_unit_test(test_work_while_caller_is_behind),
		cmocka_unit_test(test_no_work_on_a_pipe),
		cmocka_unit_test(test_read_error),
	};

	return cmocka_run_group_tests(tests, set_up, NULL);
}
