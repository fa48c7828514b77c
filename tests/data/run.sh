#!/usr/bin/env bash
# Data tests for the generator: each tests/data/bad/NAME.csv (a status.csv,
# or an iis_substatus.csv for substatus-NAME.csv) must be rejected
# with exit status 1, exactly the one-line report in NAME.expected on stderr
# and no file written; and two runs on data/status.csv must write identical files.
# A bad status.csv names only the columns it fills, in its first line;
# reproject.py writes it onto today's header, so a new column needs no edit.
#
# usage: tests/data/run.sh GENERATOR
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

# The expected reports name the files as passed from the top of the tree.
cd "$(dirname "$0")/../.." || exit 2
top=$PWD

scratch=$(mktemp -d) || exit 2
trap 'rm -rf "$scratch"' EXIT

passed=0
failed=0

pass() {
	echo "ok $1"
	passed=$((passed + 1))
}

fail() {
	echo "FAIL $1: $2"
	failed=$((failed + 1))
}

for csv in tests/data/bad/*.csv; do
	name=$(basename "$csv" .csv)
	expected=tests/data/bad/$name.expected
	out=$scratch/$name
	mkdir "$out"
	# substatus-*.csv are bad IIS sub-status files, read with the real status.csv;
	# the others are status files, written onto today's header first.
	case $name in
	substatus-*) "$generator" data/status.csv data/classes.csv "$csv" "$out" ;;
	*)
		# Under its own name, so that the report names it so.
		mkdir -p "$scratch/tests/data/bad"
		python3 tests/data/reproject.py "$csv" "$scratch/$csv" data/status.csv &&
			(cd "$scratch" && "$generator" "$csv" "$top/data/classes.csv" "$top/data/iis_substatus.csv" "$out")
		;;
	esac >"$scratch/$name.stdout" 2>"$scratch/$name.stderr"
	status=$?
	if [ ! -f "$expected" ]; then
		fail "$name" "no $expected"
	elif [ "$status" -ne 1 ]; then
		fail "$name" "exit status $status, expected 1"
		cat "$scratch/$name.stderr"
	elif ! cmp -s "$expected" "$scratch/$name.stderr"; then
		fail "$name" "stderr differs"
		diff -u "$expected" "$scratch/$name.stderr"
	elif [ -s "$scratch/$name.stdout" ]; then
		fail "$name" "wrote to stdout"
		cat "$scratch/$name.stdout"
	elif [ -n "$(ls -A "$out")" ]; then
		fail "$name" "wrote files:"
		ls -A "$out"
	else
		pass "$name"
	fi
done

# Two runs on the real data must give byte-identical files.
mkdir "$scratch/first" "$scratch/second"
if ! "$generator" data/status.csv data/classes.csv data/iis_substatus.csv "$scratch/first" ||
	! "$generator" data/status.csv data/classes.csv data/iis_substatus.csv "$scratch/second"; then
	fail reproducible "the generator rejected data/status.csv"
elif [ "$(ls "$scratch/first")" != "$(printf '%s\n' httpstatus-codes.7 status_data.c status_data.h status_names.gperf)" ]; then
	fail reproducible "unexpected files:"
	ls "$scratch/first"
elif ! diff -r "$scratch/first" "$scratch/second"; then
	fail reproducible "two runs differ"
else
	pass reproducible
fi

# httpstatus-codes(7) gives each code its retry advice and, where it has one, its example.
manual_entry() { # code: the mdoc lines of the code's first entry, up to the next
	sed -n "/^\.It Sy $1\$/,/^\.It Sy /p" "$scratch/first/httpstatus-codes.7" | sed '$d'
}
expected_426=$(printf '%s\n' '.It Sy 426' 'Upgrade Required' '.Pq RFC 9110, Section 15.5.22' '.br' \
	"$(./httpstatus -f summary 426)" '.Pp' 'Retry:' "$(./httpstatus -f retry 426)" '.Pp' 'Example:' \
	'.Bd -literal -offset indent' "$(./httpstatus -f example 426 | tr -d '\r' | sed '$d')" '.Ed')
if [ "$(manual_entry 426)" = "$expected_426" ] &&
	[ "$(manual_entry 444 | sed -n '/^Retry:$/{n;p;}')" = "$(./httpstatus -f retry 444)" ] &&
	! manual_entry 444 | grep -q '^Example:$'; then
	pass manual-retry-example
else
	fail manual-retry-example "426's or 444's entry in httpstatus-codes.7 differs:"
	diff <(echo "$expected_426") <(manual_entry 426)
	manual_entry 444
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
