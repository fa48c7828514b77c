/*
 * The floor for a lookup: a static program that writes one line and exits,
 * the least any command can cost. bench/run.sh builds it with the very line
 * httpstatus prints for 404 (-DLINE="...").
 */
#include <unistd.h>

int main(void)
{
	static const char line[] = LINE;

	return write(STDOUT_FILENO, line, sizeof line - 1) < 0;
}
