#!/usr/bin/env bash
# Installs into a temporary DESTDIR, checks the exact file list and that
# the man pages render, then checks that uninstall removes exactly what
# install put there. Run from the top of the tree after a build, by
# make check-install (MAKE names the make that runs it; default make).
#
# usage: tests/install/run.sh VERSION_H
set -u
version_h=$1
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT
passed=0 failed=0 skipped=0

. "$(dirname "$0")/../check.sh"

# The nested make gets this test's directories and no other: the caller's
# command-line or environment install variables (make check PREFIX=/usr)
# must not reach it. Command-line variables travel in MAKEFLAGS (after
# "--", spaces escaped with a backslash) and in the environment.
install_variables='DESTDIR|PREFIX|BINDIR|MANDIR|BASHCOMPDIR|ZSHCOMPDIR|FISHCOMPDIR'
unset DESTDIR PREFIX BINDIR MANDIR BASHCOMPDIR ZSHCOMPDIR FISHCOMPDIR
MAKEFLAGS=$(printf '%s\n' "${MAKEFLAGS:-}" | sed -E "s/ ($install_variables)=([^\\\\ ]|\\\\.)*//g")
export MAKEFLAGS
make=${MAKE:-make}

# The permission bits of a file, as ls -l shows them (stat -c is GNU's).
# shellcheck disable=SC2012 # one file, named by this test
mode() { ls -l "$1" | cut -c 2-10; }

# The page as mandoc renders it, without the overstrikes of bold text.
render() { mandoc -T ascii "$1" 2>/dev/null | awk '{ gsub(/.\b/, ""); print }'; }

"$make" -s install DESTDIR="$destdir" PREFIX=/opt/hs >/dev/null
check file-list '/opt/hs/bin/httpstatus
/opt/hs/share/bash-completion/completions/httpstatus
/opt/hs/share/fish/vendor_completions.d/httpstatus.fish
/opt/hs/share/man/man1/httpstatus.1
/opt/hs/share/man/man7/httpstatus-codes.7
/opt/hs/share/zsh/site-functions/_httpstatus' "$(cd "$destdir" && find . -type f | sed 's/^\.//' | sort)"
version=$(sed -n 's/^#define HTTPSTATUS_VERSION "\(.*\)"$/\1/p' "$version_h")
checked=$(sed -n 's/^#define HTTPSTATUS_DATA_CHECKED "\(.*\)"$/\1/p' "$version_h")
check binary-runs "httpstatus $version (IANA registry checked $checked, JSON schema 2)" "$("$destdir/opt/hs/bin/httpstatus" --version)"
check binary-mode 'rwxr-xr-x' "$(mode "$destdir/opt/hs/bin/httpstatus")"
check page-mode 'rw-r--r--' "$(mode "$destdir/opt/hs/share/man/man1/httpstatus.1")"

if command -v mandoc >/dev/null; then
	check man-httpstatus 'HTTPSTATUS(1)' "$(render "$destdir/opt/hs/share/man/man1/httpstatus.1" | head -n 1 | awk '{print $1}')"
	check man-codes 'HTTPSTATUS-CODES(7)' "$(render "$destdir/opt/hs/share/man/man7/httpstatus-codes.7" | head -n 1 | awk '{print $1}')"
	check man-codes-lists-418 '1' "$(render "$destdir/opt/hs/share/man/man7/httpstatus-codes.7" | grep -c '^ *418 ')"
else
	skip "the rendered man pages: mandoc is not installed"
fi

"$make" -s install DESTDIR="$destdir" BINDIR=/elsewhere/bin MANDIR=/elsewhere/man PREFIX=/opt/hs >/dev/null
check bindir-mandir 'yes yes' "$([ -x "$destdir/elsewhere/bin/httpstatus" ] && echo yes) $([ -f "$destdir/elsewhere/man/man7/httpstatus-codes.7" ] && echo yes)"
"$make" -s uninstall DESTDIR="$destdir" BINDIR=/elsewhere/bin MANDIR=/elsewhere/man PREFIX=/opt/hs >/dev/null
"$make" -s uninstall DESTDIR="$destdir" PREFIX=/opt/hs >/dev/null
check uninstall-removes-all '' "$(cd "$destdir" && find . -type f)"

# A DESTDIR holding a space or a quote is one path: the files go there and
# nowhere else, and uninstall removes nothing outside it (a split path would
# make "$destdir/stage" and a "dir/..." tree in the source folder).
echo precious >"$destdir/stage"
for odd in "$destdir/stage dir" "$destdir/it's"; do
	"$make" -s install DESTDIR="$odd" PREFIX=/opt/hs >/dev/null 2>&1
	check "odd-destdir-install-[${odd#"$destdir"/}]" 6 "$(cd "$odd" 2>/dev/null && find . -type f | wc -l)"
	"$make" -s uninstall DESTDIR="$odd" PREFIX=/opt/hs >/dev/null 2>&1
	check "odd-destdir-uninstall-[${odd#"$destdir"/}]" '' "$(cd "$odd" 2>/dev/null && find . -type f)"
	rm -rf "$odd"
done
check odd-destdir-unrelated-file-kept precious "$(cat "$destdir/stage" 2>&1)"
check odd-destdir-no-stray-tree '' "$(ls -d dir 2>/dev/null)"
rm -f "$destdir/stage"

# Under PREFIX=/usr, zsh completions go where the system's zsh reads them:
# vendor-completions on Debian and its derivatives, site-functions elsewhere.
if [ -f /etc/debian_version ]; then zsh_dir=vendor-completions; else zsh_dir=site-functions; fi
"$make" -s install DESTDIR="$destdir" PREFIX=/usr >/dev/null
check zsh-under-usr "/usr/share/zsh/$zsh_dir/_httpstatus" "$(cd "$destdir" && find . -type f -name _httpstatus | sed 's/^\.//')"
"$make" -s uninstall DESTDIR="$destdir" PREFIX=/usr >/dev/null
check uninstall-under-usr '' "$(cd "$destdir" && find . -type f)"

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
