#!/bin/sh
# The build as packagers and porters drive it: flags from the command line
# add to the project's, -Werror only in the project's own checks, the
# strict POSIX compile, the static and cross choices, a rebuild when the
# compiler or the flags change, and nothing that GNU make 3.81 lacks.
# Most cases read the commands of a dry run (make -n) in a scratch BUILD.
#
# usage: tests/build/run.sh    (from the top of the tree; MAKE names the make)
set -u
passed=0 failed=0
make=${MAKE:-make}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

. "$(dirname "$0")/../check.sh"

# The caller's flags and variables must not change what is tested here.
unset MAKEFLAGS MFLAGS CFLAGS CPPFLAGS LDFLAGS STATIC WERROR BUILD_CC BUILD_CFLAGS

# contains NAME TEXT WORD...: each WORD is a whole word of TEXT.
contains() {
	name=$1 text=$2
	shift 2
	for word in "$@"; do
		case " $text " in
		*" $word "*) check "$name" "has $word" "has $word" ;;
		*) check "$name" "has $word" "lacks $word in: $text" ;;
		esac
	done
}

# lacks NAME TEXT WORD...: no WORD is a word of TEXT.
lacks() {
	name=$1 text=$2
	shift 2
	for word in "$@"; do
		case " $text " in
		*" $word "*) check "$name" "no $word" "has $word in: $text" ;;
		*) check "$name" "no $word" "no $word" ;;
		esac
	done
}

# command_for PATTERN ARGUMENTS...: the first command of a dry run from
# scratch that matches PATTERN (a grep regular expression).
command_for() {
	pattern=$1
	shift
	"$make" -n -B BUILD="$scratch/b" "$@" 2>&1 | grep -e "$pattern" | head -n 1
}

# --- flags from the command line add to the project's -------------------------
compile=$(command_for ' -o [^ ]*/release/src/cli/main.o' httpstatus CFLAGS=-O0 \
	CPPFLAGS=-I/usr/local/include LDFLAGS=-L/usr/local/lib)
contains user-flags-add "$compile" -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L \
	-D_FILE_OFFSET_BITS=64 -Isrc -I/usr/local/include -O0
lacks user-flags-add "$compile" -O2 -Werror -D_GNU_SOURCE
case $compile in
*" -Isrc "*"-I/usr/local/include "*"-std=c11 "*"-O0 "*) check project-flags-first ok ok ;;
*) check project-flags-first ok "$compile" ;;
esac
link=$(command_for ' -o [^ ]*/release/httpstatus ' httpstatus LDFLAGS=-L/usr/local/lib)
contains user-ldflags-add "$link" -L/usr/local/lib
compile=$(env CFLAGS=-O1 "$make" -n -B BUILD="$scratch/b" httpstatus | grep -e ' -o [^ ]*/release/src/cli/main.o' | head -n 1)
contains environment-cflags-add "$compile" -std=c11 -Wall -O1

# --- -Werror in the project's checks only --------------------------------------
compile=$(command_for ' -o [^ ]*/obj/src/cli/main.o' "$scratch/b/glibc/httpstatus")
contains werror-in-checks "$compile" -Werror -DCOMPAT_PORTABLE -gdwarf-4
compile=$(command_for ' -o [^ ]*/obj/src/cli/main.o' "$scratch/b/glibc/httpstatus" WERROR=)
lacks werror-can-be-dropped "$compile" -Werror

# --- cross compiling: the generator for the build machine ----------------------
commands=$("$make" -n -B BUILD="$scratch/b" httpstatus CC=aarch64-linux-gnu-gcc)
generator=$(printf '%s\n' "$commands" | grep -e ' -o [^ ]*/gen/gen/main.o' | head -n 1)
contains generator-with-build-cc "$generator" cc
compile=$(printf '%s\n' "$commands" | grep -e ' -o [^ ]*/release/src/cli/main.o' | head -n 1)
contains binary-with-cc "$compile" aarch64-linux-gnu-gcc
lacks no-musl-unless-asked "$commands" musl-gcc -static

# --- static linking only when asked --------------------------------------------
link=$(unset CC; command_for ' -o [^ ]*/static/httpstatus ' httpstatus STATIC=1)
contains static-uses-musl "$link" musl-gcc -static
link=$(command_for ' -o [^ ]*/static/httpstatus ' httpstatus STATIC=1 CC=clang)
contains static-keeps-given-cc "$link" clang -static
lacks static-keeps-given-cc "$link" musl-gcc

# --- no source asks for more than POSIX ----------------------------------------
# _GNU_SOURCE and its kind belong in src/compat/, behind a feature test.
wider=$(grep -rlE '_(GNU|DEFAULT|BSD|DARWIN_C|XOPEN)_SOURCE' src gen tests/unit tests/fuzz | grep -v '^src/compat/')
check no-wider-feature-macros '' "$wider"

# --- a rebuild when the compiler or the flags change, and only then ------------
object=$scratch/b/gen/src/core/utf8.o
compiles() { "$make" BUILD="$scratch/b" "$object" "$@" 2>&1 | grep -c -e ' -c '; }
check first-build 1 "$(compiles)"
check same-flags-no-rebuild 0 "$(compiles)"
check new-flags-rebuild 1 "$(compiles BUILD_CFLAGS=-O1)"
check same-new-flags-no-rebuild 0 "$(compiles BUILD_CFLAGS=-O1)"
check new-compiler-rebuild 1 "$(compiles BUILD_CFLAGS=-O1 BUILD_CC="cc -DANOTHER_CC")"

# --- GNU make 3.81: none of what later versions added ---------------------------
# grouped targets (&:), $(file), $(let), $(intcmp), != and ::= assignments,
# undefine, .ONESHELL, .RECIPEPREFIX, .EXTRA_PREREQS, .NOTINTERMEDIATE
newer=$(sed 's/#.*//' Makefile | grep -nE '&:|\$\((file|let|intcmp|guile) |^[A-Za-z_][A-Za-z_0-9]* *(!|::)=|^ *undefine |\.(ONESHELL|RECIPEPREFIX|EXTRA_PREREQS|NOTINTERMEDIATE)')
check make-3.81 '' "$newer"

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
