#!/usr/bin/env bash
# Compressed logs and JSON lines against plain Common Log Format, for count
# and annotate: the realistic log (bench/realistic_log.py), the same
# requests as JSON lines (Caddy's shape, as bench/count.sh makes them), and
# the realistic log gzipped, read by httpstatus itself and through zcat.
# Ratios are of medians from one hyperfine session per group; for count and
# annotate, also of the CPU time (user + system) of runs made in turn, which
# a machine shared with other work moves less than the wall time.
#
# usage: bench/logs.sh [BINARY]    (MEGABYTES= sets the CLF log's size, default 120)
set -eu
cd "$(dirname "$0")/.."
hs=${1:-httpstatus}
case $hs in /*) ;; *) hs=$(pwd)/$hs ;; esac
megabytes=${MEGABYTES:-120}
runs=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== machine: $(nproc) cores, $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -n 1); $(date -u +%F)"
# Each log is copied with cp before it is read, as in bench/run.sh: how fast
# the kernel hands out a file from the page cache depends on how it was
# written: the JSON log as awk wrote it took count 4 to 9 ms more system
# time to read than a copy of it (CLF's count takes about 27 ms in all).
python3 bench/realistic_log.py "$megabytes" >"$work/written.log"
cp "$work/written.log" "$work/access.log"
awk -F'"' '{ split($3, after, " "); printf "{\"request\":{\"remote_ip\":\"%s\",\"uri\":\"%s\",\"headers\":{\"User-Agent\":[\"%s\"]}},\"status\":%s,\"size\":%s}\n", substr($1, 1, index($1, " ") - 1), $2, $6, after[1], after[2] }' \
	"$work/access.log" >"$work/written.log"
cp "$work/written.log" "$work/access.json"
gzip -c "$work/access.log" >"$work/written.log"
cp "$work/written.log" "$work/access.log.gz"
rm "$work/written.log"
echo "== logs: $(wc -c <"$work/access.log") bytes CLF, $(wc -c <"$work/access.json") bytes JSON, $(wc -c <"$work/access.log.gz") bytes gzipped, $(wc -l <"$work/access.log") lines"

median() { # hyperfine's JSON export: each command's median, and its ratio to the first
	python3 - "$1" <<'PYTHON'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
first = results[0]["median"]
for result in results:
    print("%-60s %9.1f ms  %5.2f" % (result["command"].replace(sys.argv[1].rsplit("/", 1)[0] + "/", ""),
                                    result["median"] * 1000, result["median"] / first))
PYTHON
}

cpu_median() { # CPU time (user + system) of each FILE's run, the files in turn RUNS times: medians, ratios to the first
	python3 - "$runs" "$hs" "$1" "$work/out" "${@:2}" <<'PYTHON'
import os, statistics, sys
runs, binary, command, out, files = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
def cpu(path):
    with open(out, "wb") as output:
        pid = os.fork()
        if pid == 0:
            os.dup2(output.fileno(), 1)
            os.execv(binary, [binary, command, path])
        usage = os.wait4(pid, 0)[2]
    return usage.ru_utime + usage.ru_stime
times = {path: [] for path in files}
for round in range(runs + 1):
    for path in files:
        time = cpu(path)
        if round > 0:  # the first round warms up
            times[path].append(time)
first = statistics.median(times[files[0]])
for path in files:
    median = statistics.median(times[path])
    print("%-60s %9.1f ms  %5.2f  (CPU time)" % ("%s %s" % (command, os.path.basename(path)), median * 1000, median / first))
PYTHON
}

for command in count annotate; do
	echo "== $command: JSON lines against the same requests as CLF"
	hyperfine --warmup 2 --runs "$runs" --style none --export-json "$work/$command.json" \
		"$hs $command $work/access.log >$work/out" \
		"$hs $command $work/access.json >$work/out" >/dev/null
	median "$work/$command.json"
	cpu_median "$command" "$work/access.log" "$work/access.json"
done
echo "== count: a gzipped log read by httpstatus, against zcat into httpstatus"
hyperfine --warmup 2 --runs "$runs" --style none --export-json "$work/gzip.json" \
	"zcat $work/access.log.gz | $hs count >$work/out" \
	"$hs count $work/access.log.gz >$work/out" \
	"zcat $work/access.log.gz >/dev/null" >/dev/null
median "$work/gzip.json"
