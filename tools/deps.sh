#!/bin/sh
# Installs what httpstatus needs to build and test, with apt-get where it
# exists; elsewhere, says what to install. Installs nothing already present.
set -eu

# gcc, make, gperf, libcsv and cmocka build and unit-test it, zlib reads
# gzip-compressed logs; musl-tools
# links the static binary of make STATIC=1 (the release binaries and
# bench/). The rest run make check: the completions in their own shells,
# the man pages (mandoc, man-db), valgrind, strace (counts the writes of a
# system test), clang with its runtime for the libFuzzer harnesses, python3
# for the data and JSON schema tests; dpkg-dev, debhelper, lintian and
# fakeroot build and check the Debian package (.ci/debian).
packages="gcc make gperf libcsv-dev libcmocka-dev zlib1g-dev mandoc musl-tools man-db bash-completion zsh fish strace
valgrind clang libclang-rt-dev python3 dpkg-dev debhelper lintian fakeroot"
# make check-cross: the cross compilers, qemu-user and the targets'
# libraries from Debian multiarch (the unit tests link the target's cmocka
# and libcsv, and qemu loads the target's libc from there), for aarch64,
# big-endian s390x and 32-bit i386. Installed after the rest, and a failure
# here (an architecture the archive lacks, a mirror in sync) only warns:
# make and make check do not need them.
cross_packages="gcc-aarch64-linux-gnu libc6-dev-arm64-cross libcmocka-dev:arm64 libcsv-dev:arm64 zlib1g-dev:arm64
gcc-s390x-linux-gnu libc6-dev-s390x-cross libcmocka-dev:s390x libcsv-dev:s390x zlib1g-dev:s390x
gcc-i686-linux-gnu libc6-dev-i386-cross libcmocka-dev:i386 libcsv-dev:i386 zlib1g-dev:i386 qemu-user"

missing_of() { # the packages of the list that are not installed
	for package in $1; do
		if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
			printf ' %s' "$package"
		fi
	done
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: no apt-get here; install these with your package manager:" >&2
	echo "deps: a C11 compiler, make, GNU gperf, libcsv, cmocka, zlib and mandoc to build and test;" >&2
	echo "deps: musl-gcc for make STATIC=1; bash 4, zsh, fish, valgrind, clang and python3 for the other checks" >&2
	exit 1
fi
missing=$(missing_of "$packages")
missing_cross=$(missing_of "$cross_packages")
if [ -z "$missing$missing_cross" ]; then
	# shellcheck disable=SC2086 # the package lists are meant to split
	echo "deps: all present:$(printf ' %s' $packages $cross_packages)"
	exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi
# The targets' libraries come from other architectures of the same archive.
for package in $missing_cross; do
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
# A mirror caught syncing one index fails the update, not the packages.
$sudo apt-get update -qq || echo "deps: apt-get update reported errors; installing all the same" >&2
if [ -n "$missing" ]; then
	echo "deps: installing:$missing"
	# shellcheck disable=SC2086 # the package list is meant to split
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi
if [ -n "$missing_cross" ]; then
	echo "deps: installing, for make check-cross:$missing_cross"
	# shellcheck disable=SC2086 # the package list is meant to split
	if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing_cross; then
		echo "deps: warning: the packages of make check-cross could not be installed; make and make check need none of them" >&2
	fi
fi
