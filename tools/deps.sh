#!/bin/sh
# Installs what httpstatus needs to build and test, with apt-get where it
# exists; elsewhere, says what to install. Installs nothing already present.
set -eu

# gcc, make, gperf, libcsv and cmocka build and unit-test it; musl-tools
# links the static binary of make STATIC=1 (the release binaries and
# bench/). The rest run tests: the completions in their own shells, the man
# pages (mandoc), valgrind, clang with its runtime for the libFuzzer
# harnesses, and make check-cross: the cross compilers, qemu-user and the
# target's libraries (Debian multiarch, :arm64, :s390x and :i386; the unit tests
# link the target's cmocka and libcsv, and qemu loads its libc from there):
# aarch64, big-endian s390x and 32-bit i386.
packages="gcc make gperf libcsv-dev libcmocka-dev mandoc musl-tools man-db bash-completion zsh fish
valgrind clang libclang-rt-dev
gcc-aarch64-linux-gnu libc6-dev-arm64-cross libcmocka-dev:arm64 libcsv-dev:arm64
gcc-s390x-linux-gnu libc6-dev-s390x-cross libcmocka-dev:s390x libcsv-dev:s390x
gcc-i686-linux-gnu libc6-dev-i386-cross libcmocka-dev:i386 libcsv-dev:i386 qemu-user"

missing=""
for package in $packages; do
	if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $package"
	fi
done

if [ -z "$missing" ]; then
	# shellcheck disable=SC2086 # the package list is meant to split
	echo "deps: all present:$(printf ' %s' $packages)"
	exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: no apt-get here; install these with your package manager:$missing" >&2
	echo "deps: (a C11 compiler, make, GNU gperf, libcsv, cmocka and mandoc; the rest run tests)" >&2
	exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi
# The target's libraries come from other architectures of the same archive.
for package in $missing; do
	case $package in
	*:*)
		architecture=${package#*:}
		if [ "$architecture" != "$(dpkg --print-architecture)" ] &&
			! dpkg --print-foreign-architectures | grep -qx "$architecture"; then
			echo "deps: adding the $architecture architecture to dpkg, for make check-cross"
			$sudo dpkg --add-architecture "$architecture"
		fi
		;;
	esac
done
echo "deps: installing:$missing"
# A mirror caught syncing one index fails the update, not the packages.
$sudo apt-get update -qq || echo "deps: apt-get update reported errors; installing all the same" >&2
# shellcheck disable=SC2086 # the package list is meant to split
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
