/* The feature tests and fallbacks that compat.h promises. */
#if defined(__linux__) && !defined(COMPAT_PORTABLE)
#define _GNU_SOURCE 1
#define HAVE_FSETLOCKING 1
#define HAVE_FOPENCOOKIE 1
#include <stdio_ext.h>
#endif

#include <errno.h>
#include <poll.h>
#include <sys/types.h>

#include "compat/compat.h"

/* glibc's stderr is a variable a program may assign, as its manual says; musl's is const. */
#if defined(__GLIBC__) && !defined(COMPAT_PORTABLE)
#define HAVE_ASSIGNABLE_STDERR 1
#endif

/*
 * Files past 2 GiB need a 64-bit off_t, which 32-bit systems give only
 * with -D_FILE_OFFSET_BITS=64 (the Makefile's): without it, annotate of a
 * large file fails with EOVERFLOW. A build that lost the flag stops here.
 */
_Static_assert(sizeof(off_t) >= 8, "off_t must have 64 bits: build with -D_FILE_OFFSET_BITS=64");

void compat_stream_unlocked(FILE *stream)
{
#ifdef HAVE_FSETLOCKING
	__fsetlocking(stream, FSETLOCKING_BYCALLER);
#else
	(void)stream;
#endif
}

bool compat_wait_ready(int fd, bool for_writing)
{
	struct pollfd ready = { .fd = fd, .events = for_writing ? POLLOUT : POLLIN };

	while (poll(&ready, 1, -1) < 0)
		if (errno != EINTR)
			return false;
	return true;
}

FILE *compat_open_writer(void *cookie, ssize_t (*write)(void *cookie, const char *bytes, size_t length))
{
#ifdef HAVE_FOPENCOOKIE
	return fopencookie(cookie, "w", (cookie_io_functions_t){ .write = write });
#else
	(void)cookie;
	(void)write;
	return NULL;
#endif
}

bool compat_set_stderr(FILE *stream)
{
#ifdef HAVE_ASSIGNABLE_STDERR
	stderr = stream;
	return true;
#else
	(void)stream;
	return false;
#endif
}
