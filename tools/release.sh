#!/usr/bin/env bash
# make release: static binaries for each architecture, built from the source
# tarball (so from the tracked files only), each packed with the man pages,
# the completions, README.md and LICENSE; the source tarball beside them; and
# SHA256SUMS over all of them.
#
# x86_64 is linked statically against musl (STATIC=1, with musl-gcc), the
# build bench/ measures; aarch64 statically against glibc with
# aarch64-linux-gnu-gcc (gcc-aarch64-linux-gnu and libc6-dev-arm64-cross)
# and the libz.a that make deps puts in /usr/aarch64-linux-gnu/lib.
# Each binary is checked: its ELF machine, no program interpreter (static),
# and it answers `418` as the x86_64 binary does (aarch64 under qemu-aarch64
# when qemu-user is installed; otherwise that run is skipped and said so).
#
# usage: tools/release.sh TARBALL OUTDIR MAKE ARCH...
set -euo pipefail

tarball=$1 outdir=$2 make=$3
shift 3
name=$(basename "$tarball" .tar.gz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "release: $*" >&2; exit 1; }

# Reproducible tarballs: the files' times are the source tarball's.
mtime=${SOURCE_DATE_EPOCH:-$(gzip -dc "$tarball" | TZ=UTC tar -tvf - --full-time 2>/dev/null | awk 'NR == 1 { print $4 " " $5 }')}
case $mtime in
[0-9]*-*) mtime=$(TZ=UTC date -d "$mtime" +%s) ;;
esac

# ELF e_machine (2 bytes at offset 18, little-endian for both targets).
elf_machine() { od -An -tx1 -j18 -N2 "$1" | tr -d ' \n'; }

rm -rf "$outdir"
mkdir -p "$outdir"
expected=""
for arch in "$@"; do
	case $arch in
	x86_64)
		command -v musl-gcc >/dev/null || fail "x86_64 needs musl-gcc (musl-tools)"
		vars=(STATIC=1 LDFLAGS=-s) machine=3e00 run=() ;;
	aarch64)
		command -v aarch64-linux-gnu-gcc >/dev/null ||
			fail "aarch64 needs aarch64-linux-gnu-gcc (gcc-aarch64-linux-gnu)"
		# MUSL_CC= keeps a Makefile that picks musl-gcc by itself from using it.
		vars=(CC=aarch64-linux-gnu-gcc BUILD_CC=cc MUSL_CC= "LDFLAGS=-static -s") machine=b700
		run=(qemu-aarch64 -L /usr/aarch64-linux-gnu) ;;
	*) fail "no recipe for architecture '$arch'" ;;
	esac

	echo "release: $arch"
	src=$work/$arch/$name
	mkdir -p "$work/$arch"
	gzip -dc "$tarball" | (cd "$work/$arch" && tar -xf -)
	# A Makefile without BUILD_CC builds its generator with CC: generate the
	# tables with the build machine's compiler first.
	if ! grep -q BUILD_CC "$src/Makefile"; then
		$make -C "$src" build/generated/status_data.c build/generated/status_names.c
	fi
	$make -C "$src" "${vars[@]}"

	binary=$src/httpstatus
	[ "$(elf_machine "$binary")" = "$machine" ] ||
		fail "$arch: the binary's ELF machine is $(elf_machine "$binary"), not $machine"
	if LC_ALL=C readelf -lW "$binary" | grep -q 'INTERP'; then
		fail "$arch: the binary is not statically linked"
	fi
	if [ ${#run[@]} -gt 0 ] && ! command -v "${run[0]}" >/dev/null; then
		echo "release: $arch: ${run[0]} not installed; the binary was not run"
	else
		answer=$("${run[@]}" "$binary" 418) || fail "$arch: httpstatus 418 failed"
		[ -z "$expected" ] && expected=$answer
		[ "$answer" = "$expected" ] || fail "$arch: httpstatus 418 answered '$answer', not '$expected'"
	fi

	# The layout of an install under a PREFIX (bin/, share/man/, share/*
	# completions), so it can be copied into /usr/local as it is.
	stage=$work/stage/$name-linux-$arch
	$make -C "$src" "${vars[@]}" install DESTDIR="$stage" PREFIX= >/dev/null
	cp "$src/README.md" "$src/LICENSE" "$stage/"
	(cd "$work/stage" && find "$name-linux-$arch" -print0 | LC_ALL=C sort -z |
		tar --null --no-recursion --owner=0 --group=0 --numeric-owner --mtime="@$mtime" -cf - -T - |
		gzip -n -9 >"$work/$name-linux-$arch.tar.gz")
	files=$(gzip -dc "$work/$name-linux-$arch.tar.gz" | tar -tf - | grep -v '/$' | sed 's|.*/||' | LC_ALL=C sort | tr '\n' ' ')
	[ "$files" = "LICENSE README.md _httpstatus httpstatus httpstatus httpstatus-codes.7 httpstatus.1 httpstatus.fish " ] ||
		fail "$arch: the tarball holds $files"
	mv "$work/$name-linux-$arch.tar.gz" "$outdir/"
done

cp "$tarball" "$outdir/"
(cd "$outdir" && sha256sum -- *.tar.gz >SHA256SUMS)
echo "release: wrote $outdir:"
(cd "$outdir" && ls -l)
