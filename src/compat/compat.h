/*
 * What POSIX.1-2008 lacks and the code would like, in one place (as tmux's
 * compat/ and OpenSSH's openbsd-compat/): each name here is the same on
 * every system, and compat.c picks the system's own version where it has one
 * (behind a feature test) or a portable replacement. Building with
 * -DCOMPAT_PORTABLE takes the replacements everywhere, so that they are
 * compiled and tested on Linux too (make check-portable, and the build
 * of the unit tests and of valgrind's binary).
 */
#ifndef COMPAT_H
#define COMPAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

/*
 * Tells stdio that only the calling thread uses stream, so that it need not
 * lock it at every call (glibc's and musl's __fsetlocking); elsewhere it
 * does nothing and stdio keeps locking.
 */
void compat_stream_unlocked(FILE *stream);

/*
 * After a read or write of fd failed with errno EAGAIN (a descriptor left
 * non-blocking by the parent process, which shares it), waits until fd is
 * ready for it again; false, with errno set, when waiting failed.
 */
bool compat_wait_ready(int fd, bool for_writing);

/*
 * A stdio stream that hands its buffer to write (glibc's and musl's
 * fopencookie), for output that must wait where stdio would give up; NULL
 * where the C library has no such streams.
 */
FILE *compat_open_writer(void *cookie, ssize_t (*write)(void *cookie, const char *bytes, size_t length));

/*
 * Makes stderr name stream, so that err(3) and warn(3) write through it;
 * false where the C library's stderr cannot be changed.
 */
bool compat_set_stderr(FILE *stream);

#endif
