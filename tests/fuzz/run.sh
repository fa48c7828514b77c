#!/usr/bin/env bash
# Runs each libFuzzer harness for SECONDS, starting from its seed corpus in
# tests/fuzz/corpus/NAME; inputs it discovers go to build/fuzz/corpus-NAME,
# so the committed seeds stay small. A crash stops the run with its input
# saved as build/fuzz/crash-*: turn it into a regression seed and fix it.
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
