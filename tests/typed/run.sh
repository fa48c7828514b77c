#!/usr/bin/env bash
# The typed-queries table: each row is a command line as people type it
# (words quoted or not, status lines, constants, stray blanks, concept
# words, a mistyped subcommand) with the exit status and the codes it must
# answer, one record a query as --field code gives them ("-" for a query
# that named nothing; "list:4xx" for the codes list 4xx gives).
# typed.tsv is the part the reading of operands was tuned against;
# heldout.tsv was written apart and kept out of the tuning: its score is
# reported on its own and does not fail the run.
#
# usage: tests/typed/run.sh BINARY
set -u

binary=$1
here=$(cd "$(dirname "$0")" && pwd)
failed_tuned=0

expand() { # the expected codes, with list:PATTERN written out
	local word out=()
	for word in $1; do
		case $word in
		list:*) out+=($("$binary" -f code list "${word#list:}" | paste -sd' ')) ;;
		*) out+=("$word") ;;
		esac
	done
	printf '%s' "${out[*]}"
}

run_table() { # FILE SHOW: prints each failure (when SHOW is 1), then "passed total"
	local typed status codes got actual expected passed=0 total=0
	while IFS=$'\t' read -r typed status codes; do
		case $typed in '#'* | '') continue ;; esac
		total=$((total + 1))
		eval "set -- $typed"
		got=$("$binary" -f code "$@" 2>/dev/null </dev/null | sed 's/^$/-/' | paste -sd' ')
		"$binary" -f code "$@" >/dev/null 2>&1 </dev/null
		actual="$? $got"
		expected="$status $(expand "$codes")"
		if [ "$actual" = "$expected" ]; then
			passed=$((passed + 1))
		elif [ "$2" = 1 ]; then
			printf 'FAIL %s\n  expected: %s\n  actual:   %s\n' "$typed" "$expected" "$actual" >&2
		fi
	done <"$1"
	echo "$passed $total"
}

read -r passed total < <(run_table "$here/typed.tsv" 1)
printf 'typed queries (tuned): %d of %d\n' "$passed" "$total"
[ "$passed" -eq "$total" ] || failed_tuned=1
# Its misses stay hidden unless SHOW_HELDOUT=1, so that nobody tunes against them.
read -r passed total < <(run_table "$here/heldout.tsv" "${SHOW_HELDOUT:-0}")
printf 'typed queries (held out, not tuned): %d of %d\n' "$passed" "$total"
exit "$failed_tuned"
