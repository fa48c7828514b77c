#!/usr/bin/env bash
# Data tests for the guides (advice, choose, synonyms, spellings,
# situations): each
# tests/data/guides/NAME/ holds one file that replaces its namesake in a copy
# of data/, and `expected`, the exact reports the generator must give (exit
# status 1, nothing written). The real guides must pass.
#
# usage: tests/data/guides.sh GENERATOR
set -u

if [ $# -ne 1 ]; then
	echo "usage: $0 GENERATOR" >&2
	exit 2
fi
generator=$1
case $generator in
/*) ;;
*) generator=$PWD/$generator ;;
esac
top=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d) || exit 2
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0

run() { # directory-with-overlay
	rm -rf "$scratch/guides" "$scratch/out"
	mkdir "$scratch/guides" "$scratch/out"
	cp "$top"/data/advice.csv "$top"/data/choose.csv "$top"/data/synonyms.csv \
		"$top"/data/spellings.csv "$top"/data/situations.csv "$scratch/guides/"
	if [ -n "$1" ]; then
		find "$1" -name '*.csv' -exec cp {} "$scratch/guides/" \;
	fi
	(cd "$scratch" && "$generator" -g guides "$top/data/status.csv" "$top/data/classes.csv" \
		"$top/data/iis_substatus.csv" out \
		>stdout 2>stderr)
}

for case in "$top"/tests/data/guides/*/; do
	name=$(basename "$case")
	run "$case"
	status=$?
	if [ "$status" -ne 1 ]; then
		echo "FAIL $name: exit status $status, expected 1"
		failed=$((failed + 1))
	elif ! cmp -s "$case/expected" "$scratch/stderr"; then
		echo "FAIL $name: stderr differs"
		diff -u "$case/expected" "$scratch/stderr"
		failed=$((failed + 1))
	elif [ -s "$scratch/stdout" ] || [ -n "$(ls -A "$scratch/out")" ]; then
		echo "FAIL $name: wrote output"
		failed=$((failed + 1))
	else
		passed=$((passed + 1))
	fi
done
if run "" && [ ! -s "$scratch/stderr" ] && [ -s "$scratch/out/guides_data.c" ]; then
	passed=$((passed + 1))
else
	echo "FAIL the guides in data/ are rejected:"
	cat "$scratch/stderr"
	failed=$((failed + 1))
fi
# A leaf may lead to 000 (no response), whose code is 0: a node without a
# code is CHOOSE_NONE (-1), never 0.
mkdir "$scratch/leaf-000"
printf 'id,parent,topic,question,answer,code,reason\ns,,success,Which?,,,\ns1,s,,,one,000,Nothing came back\ns2,s,,,two,204,Empty\n' \
	>"$scratch/leaf-000/choose.csv"
if run "$scratch/leaf-000" && [ ! -s "$scratch/stderr" ] &&
	[ "$(grep -A 6 '^const struct choose_node choose_nodes' "$scratch/out/guides_data.c" | sed -n 's/.*, \(-*[0-9]*\), "[^"]*" },$/\1/p' | tr '\n' ' ')" = '-1 0 204 ' ]; then
	passed=$((passed + 1))
else
	echo "FAIL leaf-000: the generator rejected a 000 leaf or wrote its code as no code:"
	cat "$scratch/stderr"
	grep -A 6 '^const struct choose_node choose_nodes' "$scratch/out/guides_data.c"
	failed=$((failed + 1))
fi
echo "guides: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
