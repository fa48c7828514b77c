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
cross_packages="gcc-aarch64-linux-gnu libc6-dev-arm64-cross libcmocka-dev:arm64 libcsv-dev:arm64
gcc-s390x-linux-gnu libc6-dev-s390x-cross libcmocka-dev:s390x libcsv-dev:s390x
gcc-i686-linux-gnu libc6-dev-i386-cross libcmocka-dev:i386 libcsv-dev:i386 qemu-user"
# The targets' zlib is not taken from multiarch: zlib1g is Multi-Arch: same,
# so zlib1g-dev:ARCH installs only where that architecture's index carries
# the very version of the native zlib1g (a security update reaches some
# architectures' indexes and not others; s390x's lacks it on bookworm), and
# it drags the target's libc6-dev with it. Instead, the target's zlib1g-dev
# .deb is fetched with apt-get download (checked against the signed index
# as any install) and only its static library and two headers go into the
# cross toolchain's own directories, /usr/TRIPLET/lib and include, which the
# cross gcc searches before any multiarch directory: -lz then links zlib
# statically, so qemu needs no zlib of the target at run time, and the
# static aarch64 release binary finds its libz.a. Each entry is
# DEBIAN-ARCHITECTURE:GCC-TRIPLET.
cross_zlib="arm64:aarch64-linux-gnu s390x:s390x-linux-gnu i386:i686-linux-gnu"

missing_of() { # the packages of the list that are not installed
	for package in $1; do
		if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
			printf ' %s' "$package"
		fi
	done
}
missing_zlib_of() { # the entries of cross_zlib whose toolchain lacks zlib
	for target in $1; do
		triplet=${target#*:}
		if [ ! -f "/usr/$triplet/lib/libz.a" ] || [ ! -f "/usr/$triplet/include/zlib.h" ] ||
			[ ! -f "/usr/$triplet/include/zconf.h" ]; then
			printf ' %s' "$target"
		fi
	done
}
# Puts libz.a, zlib.h and zconf.h of ARCH's zlib1g-dev into /usr/TRIPLET.
install_cross_zlib() { # ARCH TRIPLET
	work=$(mktemp -d)
	# apt fetches as its _apt user when it can write where it downloads.
	if [ "$(id -u)" -eq 0 ] && id _apt >/dev/null 2>&1; then
		chown _apt "$work"
	fi
	if ! (cd "$work" && apt-get download -qq "zlib1g-dev:$1") ||
		! dpkg-deb --fsys-tarfile "$work"/zlib1g-dev_*_"$1".deb |
		tar -xf - -C "$work" --wildcards ./usr/include/zlib.h ./usr/include/zconf.h './usr/lib/*/libz.a'; then
		rm -rf "$work"
		return 1
	fi
	$sudo install -D -m 644 "$work"/usr/lib/*/libz.a "/usr/$2/lib/libz.a" &&
		$sudo install -D -m 644 "$work/usr/include/zlib.h" "/usr/$2/include/zlib.h" &&
		$sudo install -D -m 644 "$work/usr/include/zconf.h" "/usr/$2/include/zconf.h"
	status=$?
	rm -rf "$work"
	return $status
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: no apt-get here; install these with your package manager:" >&2
	echo "deps: a C11 compiler, make, GNU gperf, libcsv, cmocka, zlib and mandoc to build and test;" >&2
	echo "deps: musl-gcc for make STATIC=1; bash 4, zsh, fish, valgrind, clang and python3 for the other checks" >&2
	exit 1
fi
missing=$(missing_of "$packages")
missing_cross=$(missing_of "$cross_packages")
missing_zlib=$(missing_zlib_of "$cross_zlib")
if [ -z "$missing$missing_cross$missing_zlib" ]; then
	# shellcheck disable=SC2086 # the package lists are meant to split
	echo "deps: all present:$(printf ' %s' $packages $cross_packages) and the zlib of$(printf ' %s' $cross_zlib)"
	exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi
# The targets' libraries come from other architectures of the same archive.
architectures=$(
	{
		for package in $missing_cross; do
			case $package in
			*:*) echo "${package#*:}" ;;
			esac
		done
		for target in $missing_zlib; do
			echo "${target%%:*}"
		done
	} | sort -u
)
for architecture in $architectures; do
	if [ "$architecture" != "$(dpkg --print-architecture)" ] &&
		! dpkg --print-foreign-architectures | grep -qx "$architecture"; then
		echo "deps: adding the $architecture architecture to dpkg, for make check-cross"
		$sudo dpkg --add-architecture "$architecture"
	fi
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
		# One package apt cannot place fails the whole list: install the
		# others one by one, so that the architectures that can be tested are.
		echo "deps: warning: apt-get could not install them together; trying one by one" >&2
		for package in $missing_cross; do
			DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$package" ||
				echo "deps: warning: $package could not be installed; make check-cross needs it, make and make check do not" >&2
		done
	fi
fi
for target in $missing_zlib; do
	echo "deps: installing zlib1g-dev:${target%%:*}'s libz.a and headers into /usr/${target#*:}, for make check-cross"
	install_cross_zlib "${target%%:*}" "${target#*:}" ||
		echo "deps: warning: no zlib for ${target#*:}; make check-cross needs it, make and make check do not" >&2
done
