#!/usr/bin/env bash
# One source of truth for the command line: every option and subcommand the
# binary has must appear in --help and the man page, and neither may name an
# option the binary lacks. The completion scripts take everything from the
# binary (--complete), so they must name no option or subcommand themselves.
#
# usage: tests/surface/run.sh BINARY
set -u
hs=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
passed=0 failed=0

fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$1"; }
pass() { passed=$((passed + 1)); }

options=$("$hs" --complete -- | cut -f1 | sed 's/=$//' | sort -u)
subcommands=$("$hs" --complete '' | cut -f1 | grep -v '^[0-9]' | sort -u)
help=$("$hs" --help)
man=$(mandoc -T ascii "$top/man/httpstatus.1" 2>/dev/null | col -b)

[ -n "$options" ] && [ -n "$subcommands" ] && [ -n "$man" ] || { echo "FAIL setup: no options, subcommands or man page"; exit 1; }

# A word ends where no letter, digit or underscore follows (GNU grep's \b is not POSIX).
end='([^[:alnum:]_]|$)'
for option in $options; do
	if grep -qE -- "$option$end" <<<"$help"; then pass; else fail "--help lacks $option"; fi
	if grep -qE -- "$option$end" <<<"$man"; then pass; else fail "the man page lacks $option"; fi
done
for subcommand in $subcommands; do
	if grep -qw -- "$subcommand" <<<"$help"; then pass; else fail "--help lacks $subcommand"; fi
	if grep -qE -- "^ *httpstatus \\[options\\] $subcommand$end" <<<"$man"; then pass; else fail "the man page's SYNOPSIS lacks $subcommand"; fi
done

# Options named in --help or the man page that the binary does not have.
for named in $( { echo "$help"; echo "$man"; } | grep -o -- '--[a-z][a-z-]*' | sort -u); do
	if grep -qx -- "$named" <<<"$options"; then pass; else fail "$named is documented but is not an option"; fi
done

# The completion scripts ask the binary; they must not keep lists of their own.
for script in "$top"/completions/*; do
	stray=$(grep -o -- '--[a-z][a-z-]*' "$script" | grep -vx -- '--complete' | sort -u)
	if [ -z "$stray" ]; then pass; else fail "$(basename "$script") names options itself: $stray"; fi
	for subcommand in $subcommands; do
		if grep -qw -- "$subcommand" "$script"; then fail "$(basename "$script") names $subcommand itself"; else pass; fi
	done
done

# The man page's field list is held to the schema: the TSV header the binary
# writes (core/schema.def) must be the documented column list, and the
# entries of the Fields section, in that order.
header=$("$hs" --tsv list 2xx | head -1 | tr '\t' ' ')
columns=$(sed -n '/^The columns are the fields listed under/,/^\.Ed/p' "$top/man/httpstatus.1" | sed '1,/^\.Bd/d;/^\.Ed/d;/^\.\\"/d' | tr '\n' ' ' | sed 's/ $//')
entries=$(sed -n '/^\.Ss Fields/,/^\.El/{/^\.It Li /{s/^\.It //;s/Li //g;s/ ,//g;p;};}' "$top/man/httpstatus.1" | tr '\n' ' ' | sed 's/ $//')
if [ "$columns" = "$header" ]; then pass; else fail "the man page's TSV columns are not the binary's: '$columns' against '$header'"; fi
if [ "$entries" = "$header" ]; then pass; else fail "the man page's Fields are not the binary's: '$entries' against '$header'"; fi

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
