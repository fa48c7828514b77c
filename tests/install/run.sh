#!/usr/bin/env bash
# Installs into a temporary DESTDIR, checks the exact file list and that
# man -l renders both pages, then checks that uninstall removes exactly what
# install put there. Run from the top of the tree after a build.
set -u
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT
passed=0 failed=0

. "$(dirname "$0")/../check.sh"

make -s install DESTDIR="$destdir" PREFIX=/opt/hs >/dev/null
check file-list '/opt/hs/bin/httpstatus
/opt/hs/share/bash-completion/completions/httpstatus
/opt/hs/share/fish/vendor_completions.d/httpstatus.fish
/opt/hs/share/man/man1/httpstatus.1
/opt/hs/share/man/man7/httpstatus-codes.7
/opt/hs/share/zsh/site-functions/_httpstatus' "$(cd "$destdir" && find . -type f | sed 's/^\.//' | sort)"
check binary-runs 'httpstatus 0.1.0' "$("$destdir/opt/hs/bin/httpstatus" --version)"
check binary-mode '755' "$(stat -c %a "$destdir/opt/hs/bin/httpstatus")"
check page-mode '644' "$(stat -c %a "$destdir/opt/hs/share/man/man1/httpstatus.1")"

if command -v man >/dev/null; then
	check man-httpstatus 'HTTPSTATUS(1)' "$(man -l "$destdir/opt/hs/share/man/man1/httpstatus.1" 2>/dev/null | head -n 1 | awk '{print $1}')"
	check man-codes 'HTTPSTATUS-CODES(7)' "$(man -l "$destdir/opt/hs/share/man/man7/httpstatus-codes.7" 2>/dev/null | head -n 1 | awk '{print $1}')"
	check man-codes-lists-418 '1' "$(man -l "$destdir/opt/hs/share/man/man7/httpstatus-codes.7" 2>/dev/null | grep -c '^ *418 ')"
else
	echo "skip man -l: man is not installed"
fi

make -s install DESTDIR="$destdir" BINDIR=/elsewhere/bin MANDIR=/elsewhere/man PREFIX=/opt/hs >/dev/null
check bindir-mandir 'yes yes' "$([ -x "$destdir/elsewhere/bin/httpstatus" ] && echo yes) $([ -f "$destdir/elsewhere/man/man7/httpstatus-codes.7" ] && echo yes)"
make -s uninstall DESTDIR="$destdir" BINDIR=/elsewhere/bin MANDIR=/elsewhere/man PREFIX=/opt/hs >/dev/null
make -s uninstall DESTDIR="$destdir" PREFIX=/opt/hs >/dev/null
check uninstall-removes-all '' "$(cd "$destdir" && find . -type f)"

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
