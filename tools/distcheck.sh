#!/usr/bin/env bash
# make distcheck: proves that the source tarball is complete without git.
# Unpacks it in a temporary folder (outside any git checkout), builds it, runs
# make check, installs into a DESTDIR and uninstalls (fails if a file is left
# there), and checks that make clean leaves the tree as it was unpacked.
#
# usage: tools/distcheck.sh TARBALL [MAKE]
set -euo pipefail

tarball=$1
make=${2:-make}
name=$(basename "$tarball" .tar.gz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "distcheck: $*" >&2; exit 1; }

gzip -dc "$tarball" | (cd "$work" && tar -xf -)
[ -d "$work/$name" ] || fail "$tarball does not unpack into $name/"
cd "$work/$name"
# No git from here on: a parent checkout must not be found.
export GIT_CEILING_DIRECTORIES=$work
find . | LC_ALL=C sort >"$work/unpacked"

echo "distcheck: build and make check in $work/$name"
$make
$make check

echo "distcheck: install into a DESTDIR and uninstall"
dest=$work/destdir
$make install DESTDIR="$dest"
[ -n "$(find "$dest" -type f)" ] || fail "make install put no file in DESTDIR"
$make uninstall DESTDIR="$dest"
left=$(cd "$dest" && find . ! -type d | LC_ALL=C sort)
[ -z "$left" ] || fail "make uninstall left in DESTDIR: ${left//$'\n'/ }"

echo "distcheck: make clean"
$make clean
find . | LC_ALL=C sort >"$work/cleaned"
if ! diff -u "$work/unpacked" "$work/cleaned" >"$work/clean.diff"; then
	cat "$work/clean.diff" >&2
	fail "make clean does not leave the tree as unpacked (+ left behind, - removed)"
fi
echo "distcheck: $(basename "$tarball") is ready for distribution"
