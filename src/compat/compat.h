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

#include <stddef.h>
#include <stdio.h>

/*
 * Tells stdio that only the calling thread uses stream, so that it need not
 * lock it at every call (glibc's and musl's __fsetlocking); elsewhere it
 * does nothing and stdio keeps locking.
 */
void compat_stream_unlocked(FILE *stream);

#endif
