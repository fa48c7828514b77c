#!/usr/bin/env bash
# Benchmarks httpstatus against the floor (a static one-line program and
# /bin/true) and against what a user could pick instead (Python, Node, awk,
# cat), all in one run, and prints medians and ratios. See bench/README.md.
#
# usage: bench/run.sh [BINARY [DYNAMIC_BINARY]]
#   LINES= sets the stream size, MEGABYTES= the size of annotate's log.
#   DYNAMIC_BINARY, the same program linked dynamically, is what valgrind
#   counts allocations in: it cannot see a static binary's allocator.
set -eu
cd "$(dirname "$0")/.."
hs=$(pwd)/${1:-httpstatus}
dynamic=$(pwd)/${2:-build/glibc/httpstatus}
lines=${LINES:-10000000}
megabytes=${MEGABYTES:-120}
work=${BENCH_DIR:-$(mktemp -d)}
trap 'rm -rf "$work"' EXIT

for tool in hyperfine python3 mawk; do
	command -v "$tool" >/dev/null || { echo "bench: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done

line=$("$hs" 404 | sed 's/\\/\\\\/g; s/"/\\"/g')
cc -O2 -static -DLINE="\"$line\\n\"" -o "$work/baseline" bench/baseline.c
cc -O2 -static -o "$work/stream_floor" bench/stream_floor.c

echo "== machine: $(nproc) cores, $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -n 1); $(date -u +%F)"
echo "== binary: $(stat -c %s "$hs") bytes; stripped $(strip -o "$work/stripped" "$hs" && stat -c %s "$work/stripped") bytes"

summarise() { # hyperfine JSON -> median and ratio to the first command
	python3 - "$1" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
for r in results:
    cpu = f'user {r["user"] * 1000:.1f} ms, system {r["system"] * 1000:.1f} ms'
    print(f'{r["median"] * 1000:10.3f} ms  {r["median"] / base:6.2f}x  {r["command"]}  ({cpu})')
PY
}

echo "== start-up (median of many runs; ratio to the static baseline)"
startup=("$work/baseline" /bin/true "$hs 404" "$hs explain 404" "$hs search redirect" "$hs list --all")
startup+=("python3 -c 'from http import HTTPStatus; print(HTTPStatus(404).phrase)'")
command -v node >/dev/null && startup+=("node -e 'console.log(require(\"http\").STATUS_CODES[404])'")
hyperfine -N --warmup 50 --runs 500 --style none --ignore-failure --export-json "$work/startup.json" "${startup[@]}" >/dev/null
summarise "$work/startup.json"

echo "== start-up with the data scaled up 20 times (ratio to the real data)"
mkdir "$work/scaled"
cp -r Makefile src gen man tools "$work/scaled/"
mkdir "$work/scaled/data"
cp data/classes.csv "$work/scaled/data/"
python3 bench/scale.py 20 <data/status.csv >"$work/scaled/data/status.csv"
make -s -C "$work/scaled" httpstatus >/dev/null
echo "rows: $(($("$work/scaled/httpstatus" list --all | wc -l))) against $("$hs" list --all | wc -l); binary $(stat -c %s "$work/scaled/httpstatus") bytes"
hyperfine -N --warmup 50 --runs 500 --style none --export-json "$work/scaled.json" \
	"$hs 404" "$work/scaled/httpstatus 404" "$hs explain 404" "$work/scaled/httpstatus explain 404" >/dev/null
summarise "$work/scaled.json"

echo "== stream: $lines codes in, one line out each (ratio to cat of the same output)"
# Every input and output file is copied with cp before it is read: how
# fast the kernel hands out a file from the page cache depends on how it
# was written, and awk's small writes left a file up to a third slower to
# read than a copy of it.
awk -v n="$lines" -f bench/codes.awk >"$work/written.txt"
cp "$work/written.txt" "$work/codes.txt"
"$hs" - <"$work/codes.txt" >"$work/written.txt"
cp "$work/written.txt" "$work/answers.txt"
rm "$work/written.txt"
# shellcheck disable=SC2046 # one argument per code
"$hs" $(sort -u "$work/codes.txt") >"$work/table.txt"
hyperfine --warmup 1 --runs 5 --style none --export-json "$work/stream.json" \
	"cat $work/answers.txt" \
	"$hs - < $work/codes.txt" \
	"$work/stream_floor $work/table.txt < $work/codes.txt" \
	"awk -f bench/lookup.awk $work/table.txt $work/codes.txt" \
	"python3 bench/lookup.py $work/table.txt < $work/codes.txt" \
	>/dev/null
summarise "$work/stream.json"

echo "== annotate: a realistic log of $megabytes MB (Combined Log Format, real user agents, about 200 bytes a line)"
# Both files are copied with cp, as for stream mode. Output goes to a file
# in $work (out.log) or, where hyperfine is left to it, to /dev/null.
python3 bench/realistic_log.py "$megabytes" >"$work/written.log"
cp "$work/written.log" "$work/access.log"
"$hs" annotate "$work/access.log" >"$work/written.log"
cp "$work/written.log" "$work/annotated.log"
rm "$work/written.log" "$work/codes.txt" "$work/answers.txt"
# The contenders' phrases are the ones annotate writes, for the log's codes.
cut -d'"' -f3 "$work/access.log" | cut -c2-4 | sort -u | sed 's/^/"" /' | "$hs" annotate |
	sed -n 's/^"" \([0-9]*\) (\(.*\))$/\1 \2/p' >"$work/phrases.txt"
mawk -f bench/annotate.awk "$work/phrases.txt" "$work/access.log" | cmp - "$work/annotated.log"
echo "-- to a file (ratio to cat of annotate's output to a file)"
hyperfine --warmup 3 --runs 30 --style none --export-json "$work/annotate.json" \
	"cat $work/annotated.log > $work/out.log" \
	"$hs annotate $work/access.log > $work/out.log" \
	"cat $work/access.log > $work/out.log" \
	>/dev/null
summarise "$work/annotate.json"
echo "-- to /dev/null (ratio to annotate: how many times slower the others are)"
hyperfine --warmup 2 --runs 10 --style none --export-json "$work/annotate_null.json" \
	"$hs annotate $work/access.log" \
	"mawk -f bench/annotate.awk $work/phrases.txt $work/access.log" \
	"python3 bench/annotate.py $work/phrases.txt < $work/access.log" \
	"cat $work/annotated.log" \
	>/dev/null
summarise "$work/annotate_null.json"
rm -f "$work/out.log"

echo "== memory, allocation and files"
if command -v strace >/dev/null; then
	echo "files opened by httpstatus 404: $(strace -f -e trace=open,openat "$hs" 404 2>&1 >/dev/null | grep -c '^open')"
fi
for args in "404" "explain 404" "search redirect" "list --all"; do
	# shellcheck disable=SC2086 # the arguments are meant to split
	rss=$( { /usr/bin/time -v "$hs" $args >/dev/null; } 2>&1 | sed -n 's/.*Maximum resident set size (kbytes): //p')
	echo "peak RSS $(printf '%6s' "$rss") KiB: httpstatus $args"
done
rss=$( { /usr/bin/time -v "$work/baseline" >/dev/null; } 2>&1 | sed -n 's/.*Maximum resident set size (kbytes): //p')
echo "peak RSS $(printf '%6s' "$rss") KiB: static baseline"
if command -v valgrind >/dev/null; then
	for args in "404" "explain 404"; do
		# shellcheck disable=SC2086
		echo "valgrind: $(valgrind "$dynamic" $args 2>&1 >/dev/null | sed -n 's/.*total heap usage: //p'): httpstatus $args (dynamic build)"
	done
fi
