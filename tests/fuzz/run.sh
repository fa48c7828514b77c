#!/usr/bin/env bash
# For each libFuzzer harness: first replays every input of its corpus in
# tests/fuzz/corpus/NAME once (-runs=0), so an input that once crashed it,
# or reached code no other input reaches, is a regression test; then fuzzes
# for SECONDS, starting from that corpus. Inputs a run discovers go to
# build/fuzz/corpus-NAME, so the committed corpus grows only by a merge
# (tests/fuzz/README.md). A crash stops the run with its input saved as
# build/fuzz/crash-*: turn it into a regression input and fix it.
#
# usage: tests/fuzz/run.sh SECONDS FUZZER...
set -eu
seconds=$1
shift
cd "$(dirname "$0")/../.."
for fuzzer in "$@"; do
	name=${fuzzer#fuzz_}
	mkdir -p "build/fuzz/corpus-$name"
	printf '%s: ' "$fuzzer"
	if ! FUZZ_SHOW_ACCEPTED=1 "build/fuzz/$fuzzer" -runs=0 -max_len=4096 -timeout=10 -artifact_prefix=build/fuzz/ \
		"tests/fuzz/corpus/$name" >"build/fuzz/$fuzzer-replay.log" 2>&1; then
		echo "FAILED replaying tests/fuzz/corpus/$name; see build/fuzz/$fuzzer-replay.log"
		tail -n 30 "build/fuzz/$fuzzer-replay.log"
		exit 1
	fi
	# A generator corpus that no longer passes the checks fuzzes only the first of them.
	if [ "$name" = generator ] && ! grep -q '^fuzz_generator: accepted' "build/fuzz/$fuzzer-replay.log"; then
		echo "FAILED: the generator accepts none of tests/fuzz/corpus/generator (refresh it from data/status.csv)"
		exit 1
	fi
	printf '%s corpus inputs replayed, ' "$(find "tests/fuzz/corpus/$name" -type f | wc -l)"
	if ! "build/fuzz/$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
		-artifact_prefix=build/fuzz/ -print_final_stats=1 \
		"build/fuzz/corpus-$name" "tests/fuzz/corpus/$name" >"build/fuzz/$fuzzer.log" 2>&1; then
		echo "FAILED; see build/fuzz/$fuzzer.log"
		tail -n 30 "build/fuzz/$fuzzer.log"
		exit 1
	fi
	sed -n 's/^stat::number_of_executed_units: *//p' "build/fuzz/$fuzzer.log" | tr '\n' ' '
	echo "executions, no finding"
done
