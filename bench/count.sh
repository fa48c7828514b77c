#!/usr/bin/env bash
# count against annotate on the same logs, and against the awk pipeline it
# replaces: a realistic Combined Log Format log (bench/realistic_log.py) and
# the same requests as JSON lines (Caddy's shape). Output goes to a file, as
# a user's would.
#
# usage: bench/count.sh [BINARY]    (MEGABYTES= sets the CLF log's size, default 120)
set -eu
cd "$(dirname "$0")/.."
hs=$(pwd)/${1:-httpstatus}
megabytes=${MEGABYTES:-120}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== machine: $(nproc) cores, $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -n 1); $(date -u +%F)"
python3 bench/realistic_log.py "$megabytes" >"$work/access.log"
# The same lines as JSON: the request, then the status, then the size, as Caddy orders them.
awk -F'"' '{ split($3, after, " "); printf "{\"request\":{\"remote_ip\":\"%s\",\"uri\":\"%s\",\"headers\":{\"User-Agent\":[\"%s\"]}},\"status\":%s,\"size\":%s}\n", substr($1, 1, index($1, " ") - 1), $2, $6, after[1], after[2] }' \
	"$work/access.log" >"$work/access.json"
echo "== logs: $(wc -c <"$work/access.log") bytes CLF, $(wc -c <"$work/access.json") bytes JSON, $(wc -l <"$work/access.log") lines each"
for log in access.log access.json; do
	echo "== $log"
	hyperfine --warmup 2 --runs 10 --style basic \
		"$hs count $work/$log >$work/out" \
		"$hs annotate $work/$log >$work/out" \
		"cat $work/$log >$work/out" 2>&1 | grep -E 'Benchmark|Time'
done
echo "== the awk pipeline count replaces, on the CLF log"
hyperfine --warmup 1 --runs 5 --style basic \
	"awk -F'\"' '{ split(\$3, a, \" \"); n[a[1]]++ } END { for (c in n) print n[c], c }' $work/access.log | sort -rn >$work/out" \
	2>&1 | grep -E 'Benchmark|Time'
