#!/usr/bin/env bash
# System tests: run the built binary as a user would and assert its exact
# stdout, stderr and exit status.
#
# usage: tests/system/run.sh BINARY
#   UPDATE_GOLDEN=1 rewrites the golden files from the binary's output
#   (review the diff before committing it).
set -u

binary=$1
here=$(cd "$(dirname "$0")" && pwd)
golden=$here/golden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

export COLUMNS=80
unset NO_COLOR

report() { # name ok|diff-file
	if [ "$2" = ok ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAIL %s\n' "$1"
		cat "$2"
	fi
}

compare() { # name what expected-file actual-file
	if ! cmp -s "$3" "$4"; then
		{ printf -- '--- %s: expected\n+++ %s: actual\n' "$2" "$2"; diff "$3" "$4" | head -40; } >>"$work/diff"
	fi
}

# expect NAME STATUS STDOUT STDERR -- COMMAND...: STDOUT and STDERR are the
# exact texts; "@golden" reads golden/NAME.out (or .err) instead.
expect() {
	local name=$1 status=$2 out=$3 err=$4
	shift 5
	: >"$work/diff"
	"$@" >"$work/out" 2>"$work/err" </dev/null
	local actual=$?
	check_text "$name" stdout "$out" "$work/out" out
	check_text "$name" stderr "$err" "$work/err" err
	[ "$actual" = "$status" ] || echo "exit status: expected $status, got $actual" >>"$work/diff"
	if [ -s "$work/diff" ]; then report "$name" "$work/diff"; else report "$name" ok; fi
}

check_text() { # name what expected actual suffix
	if [ "$3" = @golden ]; then
		if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$4" "$golden/$1.$5"; fi
		compare "$1" "$2" "$golden/$1.$5" "$4"
	else
		printf '%s' "$3" >"$work/expected"
		compare "$1" "$2" "$work/expected" "$4"
	fi
}

hs=$binary
usage='usage: httpstatus [options] QUERY...
       httpstatus [options] explain QUERY...
       httpstatus [options] class CLASS...
       httpstatus [options] list [PATTERN...]
       httpstatus [options] search WORD...
       httpstatus [options] compare [QUERY...]
'
line404='404 Not Found - '"$("$hs" 404 | sed 's/^404 Not Found - //')"'
'

# --- lookups -----------------------------------------------------------------
expect bare-418 0 @golden '' -- "$hs" 418
expect bare-several 0 @golden '' -- "$hs" 200 teapot 451 499
for name in 'not found' Not-Found NOT_FOUND NotFound notfound StatusNotFound \
	SC_NOT_FOUND HTTP_NOT_FOUND HTTPStatus.NOT_FOUND http.StatusNotFound \
	StatusCode::NOT_FOUND HttpServletResponse.SC_NOT_FOUND HttpStatusCode.NotFound; do
	expect "name-$name" 0 "$line404" '' -- "$hs" "$name"
done
expect former-name 0 @golden '' -- "$hs" 'Request Entity Too Large' 'moved temporarily'
expect pattern-40x 0 @golden '' -- "$hs" 40x
expect unregistered-299 0 '299 - not a registered code; a client treats it as 200 OK (RFC 9110, Section 15)
' '' -- "$hs" 299
expect invalid-777 0 '777 - not a valid HTTP status (100-599); a client treats it as a 5xx, 500 Internal Server Error (RFC 9110, Section 15)
' '' -- "$hs" 777
expect seed-600 0 @golden '' -- "$hs" 600

# --- misses and hostile queries: exit 1, nothing on stdout ---------------------
for query in fooo '' ' ' 0 +404 0404 404abc 4O4 99 1000 99999999999999999999 4xxx x4x 44x; do
	expect "miss-[$query]" 1 '' "httpstatus: no status code matches '$query'
" -- "$hs" "$query"
done
expect miss-after-hit 1 "$line404" "httpstatus: no status code matches 'fooo'
" -- "$hs" 404 fooo
expect miss-escape-sequence 1 '' "httpstatus: no status code matches '\\x1B[31mred\\x07'
" -- "$hs" $'\e[31mred\a'
expect miss-invalid-utf8 1 '' "httpstatus: no status code matches 'caf\\xC3('
" -- "$hs" $'caf\xc3('
expect miss-dash-dash 1 '' "httpstatus: no status code matches '-1'
" -- "$hs" -- -1
# Linux caps one argument at 128 KiB (MAX_ARG_STRLEN), so that is the longest.
long=$(head -c 131071 /dev/zero | tr '\0' a)
expect miss-128kib-argument 1 '' "httpstatus: no status code matches '$(printf 'a%.0s' $(seq 1 120))...'
" -- "$hs" "$long"

# --- usage errors: exit 2, short usage on stderr, nothing on stdout -------------
expect no-arguments 2 '' "$usage" -- "$hs"
expect unknown-long-option 2 '' "httpstatus: unknown option '--bogus'
$usage" -- "$hs" --bogus 404
expect unknown-short-option 2 '' "httpstatus: unknown option '-z'
$usage" -- "$hs" -z 404
expect negative-number 2 '' "httpstatus: unknown option '-1'
$usage" -- "$hs" -1
expect bad-color 2 '' "httpstatus: invalid --color value 'sometimes' (expected auto, always or never)
$usage" -- "$hs" --color=sometimes 404
expect flag-with-value 2 '' "httpstatus: option '--json' takes no value
$usage" -- "$hs" --json=yes 404
expect unknown-subcommand 2 '' "httpstatus: unknown subcommand 'explian'
$usage" -- "$hs" explian 404
for subcommand in explain class search; do
	expect "$subcommand-without-operand" 2 '' "httpstatus: $subcommand needs an operand
$usage" -- "$hs" "$subcommand"
done
expect list-bad-pattern 2 '' "httpstatus: invalid pattern '4x4' (expected a class such as 4xx or 40x)
$usage" -- "$hs" list 4x4

# --- help and version ------------------------------------------------------------
expect version 0 'httpstatus 0.1.0
' '' -- "$hs" --version
expect version-short 0 'httpstatus 0.1.0
' '' -- "$hs" -V
expect help 0 @golden '' -- "$hs" --help
expect help-short 0 @golden '' -- "$hs" -h

# --- subcommands -----------------------------------------------------------------
expect explain-404 0 @golden '' -- "$hs" explain 404
expect explain-451-meanings 0 @golden '' -- "$hs" explain 451
expect explain-299 0 @golden '' -- "$hs" explain 299
expect explain-narrow 0 @golden '' -- env COLUMNS=50 "$hs" explain 308
expect class-4xx 0 @golden '' -- "$hs" class 4xx
for spelling in 4 client 'client error' Client-Error; do
	expect "class-[$spelling]" 0 @golden '' -- "$hs" class "$spelling"
done
expect class-other-all 0 @golden '' -- "$hs" class other --all
expect class-miss 1 '' "httpstatus: no status code matches 'nope'
" -- "$hs" class nope
expect list 0 @golden '' -- "$hs" list
expect list-all 0 @golden '' -- "$hs" list --all
expect list-pattern 0 @golden '' -- "$hs" list 5xx 40x
expect list-miss 1 '' "httpstatus: no status code matches '44x'
" -- "$hs" list 44x
expect list-miss-all 0 @golden '' -- "$hs" list --all 44x
expect search-ranked 0 @golden '' -- "$hs" search found
expect search-every-word 0 @golden '' -- "$hs" search too many
expect search-vendor 0 @golden '' -- "$hs" search nginx
expect search-miss 1 '' "httpstatus: no status code matches 'zzzqqq'
" -- "$hs" search zzzqqq
expect compare-default 0 @golden '' -- "$hs" compare
expect compare-many 0 @golden '' -- "$hs" compare 4xx
expect compare-miss 1 @golden "httpstatus: no status code matches 'fooo'
" -- "$hs" compare 404 fooo 410

# --- JSON -------------------------------------------------------------------------
expect json-404 0 @golden '' -- "$hs" --json 404
expect json-unknown 0 '[{"code":299,"known":false,"class":"2xx","class_name":"Successful","treat_as":200},{"code":777,"known":false,"class":null,"class_name":"Invalid","treat_as":500}]
' '' -- "$hs" 299 777 --json
expect json-miss 1 '[]
' "httpstatus: no status code matches 'fooo'
" -- "$hs" --json fooo
expect json-list-5xx 0 @golden '' -- "$hs" --json list 5xx
expect json-class 0 @golden '' -- "$hs" --json class 1
expect json-search 0 @golden '' -- "$hs" --json search teapot
expect json-compare 0 @golden '' -- "$hs" --json compare 307 308
if command -v python3 >/dev/null; then
	for args in '404 451' 'explain 4xx' 'class 4 5 other' 'list --all' 'search redirect' 'compare' '299 600 777'; do
		# shellcheck disable=SC2086 # the arguments are meant to split
		expect "json-valid-[$args]" 0 'valid
' '' -- sh -c "'$hs' --json $args | python3 -c 'import json,sys; json.load(sys.stdin); print(\"valid\")'"
	done
fi

# --- colour ------------------------------------------------------------------------
expect color-always 0 $'\e[1;33m404 Not Found\e[0m - '"${line404#404 Not Found - }" '' -- "$hs" --color=always 404
expect color-auto-pipe 0 "$line404" '' -- "$hs" --color=auto 404
expect color-bare-option 0 $'\e[1;33m404 Not Found\e[0m - '"${line404#404 Not Found - }" '' -- "$hs" --color 404
expect color-never 0 "$line404" '' -- "$hs" --color=never 404

# --- output faults -------------------------------------------------------------------
if [ -w /dev/full ]; then
	expect full-disk 3 '' 'httpstatus: write error: No space left on device
' -- sh -c "'$hs' list --all > /dev/full"
fi
expect closed-pipe 0 '100 Continue
' '' -- sh -c "'$hs' list --all | head -n 1"

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
