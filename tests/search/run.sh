#!/usr/bin/env bash
# The search test set: each row of tests/search/queries.csv is a question put
# in plain words and the code a person asking it means; that code must rank
# first. Reports how many do, and fails unless all do.
#
# usage: tests/search/run.sh BINARY
set -u

binary=$1
queries=$(dirname "$0")/queries.csv
total=0
first=0
while IFS=, read -r query code; do
	[ "$query" = query ] && continue
	total=$((total + 1))
	# The query is split into words on purpose, as a user types it.
	# shellcheck disable=SC2086
	got=$("$binary" --field code search $query 2>/dev/null | head -n 1)
	if [ "$got" = "$code" ]; then
		first=$((first + 1))
	else
		printf 'FAIL search %s: expected %s first, got %s\n' "$query" "$code" "${got:-nothing}"
	fi
done <"$queries"
echo "search: $first of $total queries rank the meant code first"
[ "$first" -eq "$total" ] && [ "$total" -ge 40 ]
