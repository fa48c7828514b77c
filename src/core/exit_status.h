/* The exit status contract, documented in the man page's EXIT STATUS. */
#ifndef EXIT_STATUS_H
#define EXIT_STATUS_H

enum exit_status {
	EXIT_ANSWERED = 0,	/* every query was answered */
	EXIT_NOT_FOUND = 1,	/* some query matched nothing (and nothing worse happened) */
	EXIT_USAGE = 2,		/* bad option, subcommand or operand */
	EXIT_IO = 3,		/* a file or stdin could not be read, the answer written, or memory ran out */
};

#endif
