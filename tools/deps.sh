#!/bin/sh
# Installs what httpstatus needs to build and test, with apt-get where it
# exists; elsewhere, says what to install. Installs nothing already present.
set -eu

# musl-tools links the binary statically (optional: without it the build is
# dynamic). The rest run tests: man -l, the completions in their own shells,
# valgrind, and clang with its runtime for the libFuzzer harnesses.
packages="gcc make gperf libcsv-dev libcmocka-dev mandoc musl-tools man-db bash-completion zsh fish
valgrind clang libclang-rt-dev
gcc-aarch64-linux-gnu libc6-dev-arm64-cross dpkg-dev debhelper lintian fakeroot"

missing=""
for package in $packages; do
	if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $package"
	fi
done

if [ -z "$missing" ]; then
	echo "deps: all present:$(printf ' %s' $packages)"
	exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: no apt-get here; install these with your package manager:$missing" >&2
	echo "deps: (a C11 compiler, make, GNU gperf, libcsv, cmocka and mandoc)" >&2
	exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi
echo "deps: installing:$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086 # the package list is meant to split
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
