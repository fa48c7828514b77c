#!/usr/bin/env bash
# How long a search takes against a lookup (`httpstatus 404`). The searches
# are shown what a terminal is (--limit 10; hyperfine's output is not a
# terminal): a one-word search, the issue's plain and design questions, a
# misspelt word (the typo path reads the index's words) and choose from
# free text; then what a pipe gets: every hit of a common word, as text and
# as codes alone. The target is at most 1.3 times the lookup's median.
#
# The machine is shared, and its load moves a median by tens of percent
# within minutes, so the commands run in ROUNDS short hyperfine sessions,
# each with the lookup first, and each command's figure is the median over
# the rounds of its ratio to that round's lookup. See bench/README.md.
#
# usage: bench/search.sh [BINARY]   (default build/static/httpstatus)
#   ROUNDS= sets the sessions (default 7), RUNS= the runs of each command in
#   each (default 100).
set -eu
cd "$(dirname "$0")/.."
hs=$(pwd)/${1:-build/static/httpstatus}
rounds=${ROUNDS:-7}
runs=${RUNS:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

commands=("$hs 404"
	"$hs --limit 10 search redirect"
	"$hs --limit 10 search email already taken"
	"$hs --limit 10 search which status code should the api return when the email address is already taken"
	"$hs --limit 10 search forbiden"
	"$hs choose the email address is already taken"
	"$hs search error"
	"$hs --field code search error")

echo "== machine: $(nproc) cores, $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -n 1); $(date -u +%F)"
echo "== binary: $hs, $(stat -c %s "$hs") bytes; $rounds rounds of $runs runs"
for round in $(seq "$rounds"); do
	hyperfine -N --warmup 20 --runs "$runs" --style none --ignore-failure \
		--export-json "$work/round$round.json" "${commands[@]}" >/dev/null 2>&1
done
python3 - "$work"/round*.json <<'PY'
import json, statistics, sys
rounds = [json.load(open(path))["results"] for path in sys.argv[1:]]
for i, first in enumerate(rounds[0]):
    ratios = [r[i]["median"] / r[0]["median"] for r in rounds]
    medians = [r[i]["median"] * 1000 for r in rounds]
    print(f'{statistics.median(medians):8.3f} ms  {statistics.median(ratios):5.2f}x  '
          f'(ratios {min(ratios):.2f}-{max(ratios):.2f})  {first["command"].split("/")[-1]}')
PY
