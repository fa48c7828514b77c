#!/usr/bin/env bash
# System tests: run the built binary as a user would and assert its exact
# stdout, stderr and exit status.
#
# usage: tests/system/run.sh BINARY
#   UPDATE_GOLDEN=1 rewrites the golden files from the binary's output
#   (review the diff before committing it).
#   VALGRIND=1 runs every case under valgrind memcheck: any error or leak
#   fails the case, through valgrind's own exit status and message.
#   SHARD=K/N runs only the K-th of every N cases, so that N runs side by
#   side share the cases (make check does so under valgrind).
# Needs bash 4.1 or later (coproc, {fd} redirections; macOS ships 3.2) and,
# for one case, util-linux's script.
set -u

binary=$1
here=$(cd "$(dirname "$0")" && pwd)
golden=$here/golden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${VALGRIND:-}" = 1 ]; then
	printf '#!/bin/sh\nexec valgrind -q --error-exitcode=97 --leak-check=full --errors-for-leak-kinds=all %s "$@"\n' \
		"$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")" >"$work/valgrind-httpstatus"
	chmod +x "$work/valgrind-httpstatus"
	binary=$work/valgrind-httpstatus
fi
passed=0
failed=0
case_index=0
shard=${SHARD:-1/1}
shard_number=${shard%/*}
shard_count=${shard#*/}

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

# skip WHAT: a case that cannot run here (a tool is missing); under
# REQUIRE_ALL=1 (CI) that is a failure, so a green run has run everything.
skip() {
	echo "skip $1"
	if [ "${REQUIRE_ALL:-}" = 1 ]; then
		echo 'REQUIRE_ALL=1: nothing may be skipped' >"$work/skipped"
		report "$1" "$work/skipped"
	fi
}

# expect NAME STATUS STDOUT STDERR -- COMMAND...: STDOUT and STDERR are the
# exact texts; "@golden" reads golden/NAME.out (or .err) instead.
# Whether the next case is one of this run's shard.
in_shard() {
	case_index=$((case_index + 1))
	[ $(((case_index - 1) % shard_count + 1)) -eq "$shard_number" ]
}

expect() {
	in_shard || return 0
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
# The fields in schema.def's order: the TSV columns, and what --field names.
schema_fields=$(sed -nE 's/^(FIELD|COMPUTED)\(([a-z_]+),.*/\2/p; s/^CONSTANT\([A-Z_]+, ([a-z_]+),.*/\1/p' \
	"$here/../../src/core/schema.def")
field_column() { # NAME: its TSV column, from 1
	printf '%s\n' "$schema_fields" | grep -nx "$1" | cut -d : -f 1
}
usage='usage: httpstatus [options] QUERY...
       httpstatus [options] -
       httpstatus [options] explain [QUERY...]
       httpstatus [options] class CLASS...
       httpstatus [options] list [PATTERN...]
       httpstatus [options] search WORD...
       httpstatus [options] compare [QUERY...]
       httpstatus [options] choose [TOPIC]
       httpstatus [options] annotate [--column N] [--key NAME] [--log-format NAME] [--at-end] [FILE...]
       httpstatus [options] count [--column N] [--key NAME] [--log-format NAME] [--every DURATION [--codes]] [FILE...]
'
# What every usage error ends with; --help shows the whole usage.
try_help="Try 'httpstatus --help' for more information.
"
line404='404 Not Found - '"$("$hs" 404 | sed 's/^404 Not Found - //')"'
'

# --- lookups -----------------------------------------------------------------
expect bare-418 0 @golden '' -- "$hs" 418
expect bare-several 0 @golden '' -- "$hs" 200 teapot 451 499

# --- the second edition's codes: 104, 000 and 0, vendors, constants ------------
line000='000 No HTTP Response (curl, nginx, load balancers, browsers) - Not an HTTP status: the request got no response at all
'
expect bare-104 0 '104 Upload Resumption Supported - Interim reply: the server can resume this upload; Location names the upload
' '' -- "$hs" 104
# 000 also has vendor meanings, listed after the no-response row.
line000all="$line000"'000 Connection Closed With GOAWAY (AWS Elastic Load Balancing) - Application Load Balancer closed an HTTP/2 connection with GOAWAY; no status
000 Client-Side Abort (Akamai Log Delivery Service) - Akamai logs: the client hung up before the download finished
'
expect bare-000 0 "$line000all" '' -- "$hs" 000
expect bare-0 0 "$line000all" '' -- "$hs" 0
expect explain-000 0 @golden '' -- "$hs" explain 000
expect explain-104 0 @golden '' -- "$hs" explain 104
expect json-000 0 @golden '' -- "$hs" --json 0
# A script gets one record a query: 000's first meaning; --all-meanings gives them all.
expect field-000 0 '000
No HTTP Response
pseudo
' '' -- sh -c "'$hs' -f code 000; '$hs' -f phrase 0; '$hs' -f kind 000"
expect field-000-all-meanings 0 'pseudo
unofficial
unofficial
' '' -- "$hs" --all-meanings -f kind 000
# curl -s -o /dev/null -w '%{http_code}' URL writes 000, with no newline, when the network fails.
expect stream-curl-000 0 "$line000" '' -- sh -c "printf 000 | '$hs'"
expect stream-0-and-codes 0 "$line404$line000$line000" '' -- sh -c "printf '404 0\n000\n' | '$hs' -"
expect stream-json-000 0 '{"code":0,"known":true,"phrase":"No HTTP Response","kind":"pseudo"
' '' -- sh -c "printf 000 | '$hs' --json | cut -d, -f1-4 | sed 's/\$/}/; s/}\$//'"
expect annotate-000 0 '1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] "GET / HTTP/2.0" 000 (No HTTP Response) 0
1.2.3.4 - - [01/Dec/2026:10:00:01 +0000] "GET /x HTTP/2.0" 404 (Not Found) 0
' '' -- sh -c "printf '%s\n' '1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] \"GET / HTTP/2.0\" 000 0' '1.2.3.4 - - [01/Dec/2026:10:00:01 +0000] \"GET /x HTTP/2.0\" 404 0' | '$hs' annotate"
# A lone 0 is what some tools log for "no response" too; 00 and 01 are no codes.
expect annotate-0 0 '"GET / HTTP/1.1" 0 (No HTTP Response) 0
"GET / HTTP/1.1" 00 0
"GET / HTTP/1.1" 01 0
' '' -- sh -c "printf '%s\n' '\"GET / HTTP/1.1\" 0 0' '\"GET / HTTP/1.1\" 00 0' '\"GET / HTTP/1.1\" 01 0' | '$hs' annotate"
expect bare-999 0 '999 Request denied (LinkedIn) - LinkedIn refused a request it took for a bot, crawler or too-frequent client
' '' -- "$hs" 999
expect bare-540-meanings 0 '540 Temporarily Disabled (Shopify) - The Shopify API endpoint asked for is switched off for now
540 Out of Memory (Edgio) - An Edgio cloud worker ran out of memory running the project
540 Connectivity Disrupted (Akamai Enterprise Application Access) - Akamai EAA: the connector cannot reach the POP or the directory
' '' -- "$hs" 540
# A name that meanings of one code share answers with each of them.
expect name-shared-locked 0 "$("$hs" 423)
" '' -- "$hs" locked
expect name-enhance-your-calm 0 "$("$hs" 420 | head -n 1)
" '' -- "$hs" 'enhance your calm'
for name in HTTP_404_NOT_FOUND status.HTTP_404_NOT_FOUND Status404NotFound StatusCodes.Status404NotFound \
	:not_found Response::HTTP_NOT_FOUND HTTP_NOT_FOUND StatusCodes.NOT_FOUND HttpStatus.NOT_FOUND \
	HttpURLConnection.HTTP_NOT_FOUND; do
	expect "constant-[$name]" 0 "$line404" '' -- "$hs" "$name"
done
expect constant-older-name 0 "$("$hs" 422)
" '' -- "$hs" HTTP_422_UNPROCESSABLE_ENTITY
expect field-source 0 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5
https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404
' '' -- sh -c "'$hs' -f source 404; '$hs' -f mdn 404"
# IIS sub-statuses: the sub-status's meaning and the parent code's record, in every form.
expect substatus-404.13 0 '404.13 Not Found (IIS) - Request Filtering blocked a body larger than maxAllowedContentLength
' '' -- "$hs" 404.13
expect substatus-500.19 0 '500.19 Internal Server Error (IIS) - The configuration data (applicationHost.config or web.config) is invalid
' '' -- "$hs" 500.19
expect substatus-403.14 0 '403.14 Forbidden (IIS) - No default document is set and directory browsing is off
' '' -- "$hs" 403.14
expect substatus-explain 0 @golden '' -- "$hs" explain 500.19
expect substatus-json 0 @golden '' -- "$hs" --json 404.13
expect substatus-tsv 0 '404	true	Not Found	404.13	Request Filtering blocked a body larger than maxAllowedContentLength
' '' -- sh -c "'$hs' --tsv 404.13 | tail -n 1 | cut -f 1,2,3,$(field_column substatus),$(field_column substatus_meaning)"
expect substatus-field 0 '404.13
' '' -- "$hs" -f substatus 404.13
expect substatus-stream 0 '404.13 Not Found (IIS) - Request Filtering blocked a body larger than maxAllowedContentLength
' '' -- sh -c "echo 404.13 | '$hs'"
expect substatus-list 0 @golden '' -- "$hs" 502.x
# A sub-status the data does not describe names its code, as count and annotate read it.
expect substatus-unknown 0 "$line404" '' -- "$hs" 404.99
expect substatus-none 0 "$("$hs" 200)
" '' -- "$hs" 200.1
expect field-source-note 0 '
No LinkedIn document; the status line is known from users'"'"' transcripts, such as gjtorikian/html-proofer issue 215 and spatie/crawler issue 231 on GitHub.
' '' -- sh -c "'$hs' -f source 999; '$hs' -f source_note 999"
for name in 'not found' Not-Found NOT_FOUND NotFound notfound StatusNotFound \
	SC_NOT_FOUND HTTP_NOT_FOUND HTTPStatus.NOT_FOUND http.StatusNotFound \
	StatusCode::NOT_FOUND HttpServletResponse.SC_NOT_FOUND HttpStatusCode.NotFound; do
	expect "name-$name" 0 "$line404" '' -- "$hs" "$name"
done
expect former-name 0 @golden '' -- "$hs" 'Request Entity Too Large' 'moved temporarily'
expect pattern-40x 0 @golden '' -- "$hs" 40x
expect unregistered-298 0 '298 - not a registered code; a client treats it as 200 OK (RFC 9110, Section 15)
' '' -- "$hs" 298
expect invalid-777 0 '777 - not a valid HTTP status (100-599); a client treats it as a 5xx, 500 Internal Server Error (RFC 9110, Section 15)
' '' -- "$hs" 777
expect seed-600 0 @golden '' -- "$hs" 600

# --- misses and hostile queries: exit 1, nothing on stdout ---------------------
for query in fooo '' ' ' +404 404abc 99999999999999999999 4xxx x4x 44x; do
	expect "miss-[$query]" 1 '' "httpstatus: no status code matches '$query'
" -- "$hs" "$query"
done

# --- status lines as queries: the code; a note when the reason phrase is not the registered one
for line in 'HTTP/1.1 404 Not Found' 'HTTP/2 404' '404 Not Found' 'HTTP/1.0 404 not found' \
	'HTTP/3 404' '404   Not Found  ' 'HTTP/1.1 404 Not Found
'; do
	expect "status-line-[$line]" 0 "$line404" '' -- "$hs" "$line"
done
expect status-line-other-phrase 0 "$("$hs" 200)
note: the reason phrase 'Alright' is not the registered one of 200, 'OK'
" '' -- "$hs" 'HTTP/1.1 200 Alright'
expect status-line-former-name 0 "$("$hs" 413)
" '' -- "$hs" 'HTTP/1.1 413 Request Entity Too Large'
expect status-line-vendor-phrase 0 "$("$hs" 451)
" '' -- "$hs" 'HTTP/1.1 451 Redirect'
expect status-line-unknown-code 0 "$("$hs" 298)
" '' -- "$hs" 'HTTP/1.1 298 Whatever'
expect status-line-explain 0 @golden '' -- "$hs" explain 'HTTP/1.1 410 Removed'
expect status-line-json 0 @golden '' -- "$hs" --json 'HTTP/1.1 200 Alright' 'HTTP/2 404'
expect status-line-tsv 0 "$("$hs" --field phrase 200)
" '' -- "$hs" --field phrase 'HTTP/1.1 200 Alright'
expect status-line-no-response 0 "$("$hs" 000)
note: the reason phrase 'Nothing' is not the registered one of 000, 'No HTTP Response'
" '' -- "$hs" 'HTTP/1.1 000 Nothing'
for line in 'HTTP/1.1 4044 Not Found' 'http/1.1 404 Not Found' 'HTTP/1.1 044 Nothing' 'HTTP/x 404'; do
	expect "status-line-miss-[$line]" 1 '' "httpstatus: no status code matches '$line'
" -- "$hs" "$line"
done

# --- the third edition's vendor codes and sub-statuses, in every output form -------
expect bare-vendors-2026 0 '009 HTTP 0.9 Request (nginx) - Not an HTTP status: nginx'"'"'s log entry for an HTTP/0.9 request, with no status
299 Deprecated (Linode) - Linode API: the request worked, but the operation it used is deprecated
560 Retry on Another Container (Pantheon) - Pantheon: the application asks the edge to try another container
561 Unauthorized (Identity Provider) (AWS Elastic Load Balancing) - The identity provider returned an error while the ALB was authenticating a user
561 Invalid NTLM Challenge (Akamai Enterprise Application Access) - Akamai EAA: the application sent an NTLM challenge the connector cannot use
561 No Site Detected (Pantheon) - Pantheon: the environment has no site code or index file to serve
' '' -- "$hs" 009 299 560 561
expect bare-503-meanings 0 '503 Service Unavailable - The server is temporarily unable to serve requests: overloaded or in maintenance
503 Fastly Loop Detected (Fastly) - Fastly: the request went round in circles between Fastly servers
' '' -- "$hs" 503
expect bare-ancm 0 '500.30 Internal Server Error (IIS) - ASP.NET Core Module: the app failed to start inside the IIS worker process
500.38 Internal Server Error (IIS) - ASP.NET Core Module: the app DLL next to the executable was not found
502.5 Bad Gateway (IIS) - ARR: WebSocket forwarding failed
502.5 Bad Gateway (IIS) - ASP.NET Core Module: the app'"'"'s process failed to start
' '' -- "$hs" 500.30 500.38 502.5
# 502.5 has two meanings, IIS ARR's and the ASP.NET Core Module's, each with its own source:
# explain shows both, then the entry of 502 once; JSON, TSV and --field have one answer each;
# stream mode, one line a query, the first.
expect explain-502.5 0 @golden '' -- "$hs" explain 502.5
expect json-502.5 0 '{"code":"502.5","meaning":"ARR: WebSocket forwarding failed","source":"https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code"}
{"code":"502.5","meaning":"ASP.NET Core Module: the app'"'"'s process failed to start","source":"https://learn.microsoft.com/en-us/aspnet/core/test/troubleshoot-azure-iis"}
' '' -- sh -c "'$hs' --all-meanings --json 502.5 | grep -o '\"substatus\":{[^}]*}' | sed 's/^\"substatus\"://'"
expect field-502.5 0 'ARR: WebSocket forwarding failed
ASP.NET Core Module: the app'"'"'s process failed to start
502.5	ARR: WebSocket forwarding failed
502.5	ASP.NET Core Module: the app'"'"'s process failed to start
' '' -- sh -c "'$hs' --all-meanings -f substatus_meaning 502.5; '$hs' --all-meanings --tsv 502.5 | tail -n +2 | cut -f 22,23"
# A script gets one record a query: the sub-status's first meaning.
expect field-502.5-one-record 0 'ARR: WebSocket forwarding failed
' '' -- "$hs" -f substatus_meaning 502.5
# 502.x counts 502.5 once and lists both of its meanings.
expect explain-502-substatus-count 0 '  IIS:           7 sub-statuses, such as 502.1; httpstatus 502.x lists them
' '' -- sh -c "'$hs' explain 502 | grep '^  IIS:'"
expect stream-502.5 0 '502.5 Bad Gateway (IIS) - ARR: WebSocket forwarding failed
' '' -- sh -c "echo 502.5 | '$hs'"
# 9 and 09 are no codes; only 009 is nginx's entry.
expect miss-9 1 '' "httpstatus: no status code matches '9'
" -- "$hs" 9
expect explain-009 0 @golden '' -- "$hs" explain 009
expect explain-500.30 0 @golden '' -- "$hs" explain 500.30
expect json-vendors-2026 0 @golden '' -- "$hs" --json 009 299 492 500.38
expect tsv-vendors-2026 0 @golden '' -- "$hs" --all-meanings --tsv 462 893 502.5
expect field-vendors-2026 0 '009
HTTP 0.9 Request
pseudo
Fastly
https://docs.pantheon.io/guides/errors-and-server-responses/retries-server-containers
Akamai Enterprise Application Access
Akamai Enterprise Application Access
500.37
ASP.NET Core Module: the app did not start within its startup time limit
' '' -- sh -c "'$hs' -f code 009; '$hs' -f phrase 009; '$hs' -f kind 009; '$hs' --all-meanings 503 -f origin | tail -n 1; '$hs' -f source 560; '$hs' -f origin 558 559; '$hs' -f substatus 500.37; '$hs' -f substatus_meaning 500.37"
# --field code and TSV write a code in three digits, as the data does, so that it reads back.
expect field-code-reads-back 0 '009	HTTP 0.9 Request
000	No HTTP Response
' '' -- sh -c "'$hs' -f code 009 | '$hs' --tsv | cut -f 1,3 | tail -n 1; '$hs' --tsv 0 | sed -n 2p | cut -f 1,3"
# A related code 000 is named as the data writes it.
expect explain-see-also-000 0 '  See also:      000 No HTTP Response, 408 Request Timeout, 460 Client Closed
' '' -- sh -c "'$hs' explain 499 | grep -m 1 'See also'"
expect annotate-009 0 '1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] "GET /" 009 (HTTP 0.9 Request) 0
' '' -- sh -c "printf '%s\\n' '1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] \"GET /\" 009 0' | '$hs' annotate"

# RFC 6585: a cache must not store 428, 429, 431 or 511 at all; JSON keeps its boolean.
expect cacheable-never 0 '  Cacheable:     no, a cache must not store it at all
  Cacheable:     no, not cacheable by default
  Cacheable:     yes, heuristically cacheable by default
false
cacheable
false
' '' -- sh -c "for c in 429 500 404; do '$hs' explain \$c | grep Cacheable; done; '$hs' -f cacheable 511; '$hs' --tsv 431 | cut -f12"

# --- did you mean: a miss names what is near it (exit 1 all the same) ------------
for pair in forbiden:'403 Forbidden' 4044:'404 Not Found' 4o4:'404 Not Found' \
	4O4:'404 Not Found' 0404:'404 Not Found' 1000:'100 Continue' 'Not Fuond:404 Not Found' \
	'gatway timeout:504 Gateway Timeout' 'too many requestz:429 Too Many Requests' \
	'HTTPStatus.NOT_FOUDN:404 Not Found' 0000:'000 No HTTP Response' \
	00:'100 Continue, 200 OK or 300 Multiple Choices' \
	99:'299 Deprecated, 499 Client Closed Request or 599 Network Connect Timeout Error'; do
	query=${pair%%:*}
	expect "suggest-[$query]" 1 '' "httpstatus: no status code matches '$query'; did you mean ${pair#*:}?
" -- "$hs" "$query"
done
expect suggest-explain 1 '' "httpstatus: no status code matches 'unathorized'; did you mean 401 Unauthorized?
" -- "$hs" explain unathorized
expect suggest-quiet 1 '' '' -- "$hs" -q forbiden
expect suggest-stream 1 'forbiden - no status code matches
' "httpstatus: no status code matches 'forbiden'
" -- sh -c 'echo forbiden | "$1" -' sh "$hs"
# A British spelling or a plural the data lacks resolves when only one record fits.
expect resolve-british 0 '401 Unauthorized - Valid authentication credentials are missing or were rejected
' '' -- "$hs" unauthorised
expect resolve-plural 0 "$("$hs" 429)
" '' -- "$hs" 'too many request'
expect resolve-singular 0 "$line404" '' -- "$hs" 'Not Founds'
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
# With no query, a terminal on stdin gets the usage; a pipe or file is read.
# script -qec is util-linux's; BSD's script takes other options.
if script -qec true /dev/null >/dev/null 2>&1; then
	# On a terminal with colour on, explain's origin is an OSC 8 hyperlink to the source.
	expect explain-terminal-hyperlink 0 $'  \e[2mOrigin:\e[0m        \e]8;;https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5\e\\RFC 9110, Section 15.5.5\e]8;;\e\\\r
' '' -- sh -c "COLUMNS=80 script -qec \"'$hs' explain 404\" /dev/null | grep Origin"
	expect no-arguments-terminal 2 "$(printf '%s' "$usage" | sed 's/$/\r/')
" '' -- script -qec "'$hs'" /dev/null
	expect explain-tsv-terminal-no-operand 2 "$(printf 'httpstatus: explain needs an operand\n%s' "$try_help" | sed 's/$/\r/')
" '' -- script -qec "'$hs' --tsv explain" /dev/null
	# A terminal is shown the best ten hits, then how many more there are.
	expect search-terminal-limit 0 '10
1
' '' -- sh -c "script -qec \"'$hs' --color=never search error\" /dev/null | tr -d '\r' | grep -c '^[0-9]'; script -qec \"'$hs' --color=never search error\" /dev/null | tr -d '\r' | grep -c 'more; --limit 0 shows them all)\$'"
else
	skip "no-arguments-terminal: needs util-linux's script"
fi
expect no-arguments-empty-stdin 0 '' '' -- "$hs"
# explain with an empty or blank pipe has no operand, as on a terminal: no TSV header either.
expect explain-tsv-empty-pipe 2 '' "httpstatus: explain needs an operand
$try_help" -- "$hs" --tsv explain
expect explain-tsv-blank-pipe 2 '' "httpstatus: explain needs an operand
$try_help" -- sh -c "printf '\\n \\n' | '$hs' --tsv explain -"
expect unknown-long-option 2 '' "httpstatus: unknown option '--bogus'
$try_help" -- "$hs" --bogus 404
expect unknown-short-option 2 '' "httpstatus: unknown option '-z'
$try_help" -- "$hs" -z 404
expect negative-number 2 '' "httpstatus: unknown option '-1'
$try_help" -- "$hs" -1
expect bad-color 2 '' "httpstatus: invalid --color value 'sometimes' (expected auto, always or never)
$try_help" -- "$hs" --color=sometimes 404
expect flag-with-value 2 '' "httpstatus: option '--json' takes no value
$try_help" -- "$hs" --json=yes 404
expect unknown-subcommand 2 '' "httpstatus: unknown subcommand 'explian'; did you mean 'explain'?
$try_help" -- "$hs" explian 404
for subcommand in explain class search; do
	expect "$subcommand-without-operand" 2 '' "httpstatus: $subcommand needs an operand
$try_help" -- "$hs" "$subcommand"
done
expect list-bad-pattern 2 '' "httpstatus: invalid pattern '4x4' (expected a class such as 4xx or 40x)
$try_help" -- "$hs" list 4x4

# --- help and version ------------------------------------------------------------
# The version is stated once, in the Makefile; the day of the data in data/CHECKED.
version=$(sed -n 's/^VERSION = //p' "$here/../../Makefile")
checked=$(sed '/^#/d' "$here/../../data/CHECKED")
expect version 0 "httpstatus $version (IANA registry checked $checked, JSON schema 2)
" '' -- "$hs" --version
expect version-short 0 "httpstatus $version (IANA registry checked $checked, JSON schema 2)
" '' -- "$hs" -V
expect help 0 @golden '' -- "$hs" --help
expect help-short 0 @golden '' -- "$hs" -h
# The golden file keeps whatever layout it was made with; this holds the
# layout itself: every option's description, first line or not, starts in
# one column (an option too wide for it stands on a line of its own), and
# no line of the table is wider than 80.
help_table_misfits() {
	"$hs" --help | awk '
		/^options:$/ { table = 1; next }
		table && /^$/ { exit }
		table && /^  (-[[:alnum:]], |    )--[^ ]+$/ { next }
		table {
			if (!match($0, /^  (-[[:alnum:]], |    )--[^ ]+  +/))
				match($0, /^ +/)
			if (column == "")
				column = RLENGTH
			if (RLENGTH != column)
				print "not in column " column + 1 ": " $0
			if (length($0) > 80)
				print "wider than 80: " $0
		}'
}
expect help-aligned 0 '' '' -- help_table_misfits

# --- subcommands -----------------------------------------------------------------
expect explain-404 0 @golden '' -- "$hs" explain 404
expect explain-451-meanings 0 @golden '' -- "$hs" explain 451
expect explain-298 0 @golden '' -- "$hs" explain 298
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
expect search-ranked 0 @golden '' -- "$hs" --limit 5 search found
expect search-any-word 0 @golden '' -- "$hs" --limit 5 search too many
expect search-vendor 0 @golden '' -- "$hs" --limit 5 search nginx
expect search-situation 0 @golden '' -- "$hs" --limit 3 search email already taken
expect search-design-question 0 @golden '' -- "$hs" --limit 3 search which status code should an api return when the access token has expired
# A winner no advice weighs points to the topic of its choose outline.
expect search-design-question-choose 0 'Best answer: 511 Network Authentication Required; see httpstatus choose server error
Best answer: 304 Not Modified; see httpstatus choose redirect
' '' -- sh -c "'$hs' search which status code should a captive portal return | head -n 1
	'$hs' search what status code should I return when the resource has not changed since If-Modified-Since | head -n 1"
expect search-stems 0 @golden '' -- "$hs" --limit 3 search redirecting
# A code whose name holds the words is reported by its name, not by a situation holding one of them.
expect search-name-first 0 @golden '' -- "$hs" --limit 2 search gateway timeout
# The issue's examples: each ranks an acceptable code first (the codes after
# the colon; several where experts answer differently).
for example in 'email already taken:409 422' 'not logged in yet:401' 'file not found:404' \
	'redirect after post:303' 'invalid json:400' 'missing field:400 422' 'resource exists:409' \
	'quota exceeded:429 403' 'token expired:401' 'busy:503' 'offline:503' 'under maintenance:503' \
	'authorise:401 403' 'authorised:401 403' 'not authorized:401 403'; do
	words=${example%:*} codes=${example#*:}
	expect "search-example-[$words]" 0 'acceptable
' '' -- sh -c "first=\$('$hs' --field code --limit 1 search $words); case ' $codes ' in *\" \$first \"*) echo acceptable;; *) echo \"\$first is not one of $codes\";; esac"
done
expect search-typo 0 '403
' '' -- "$hs" --field code --limit 1 search forbiden
# A pipe gets every hit; --limit N the best N, --limit 0 all.
expect search-limit 0 '429
431
' '' -- "$hs" --field code --limit 2 search too many requests
search_all=$("$hs" --field code search error | wc -l)
expect search-limit-0 0 "$search_all
" '' -- sh -c "'$hs' --field code --limit 0 search error | wc -l"
expect search-limit-invalid 2 '' "httpstatus: invalid --limit value 'ten' (expected a number of hits, 0 for all)
$try_help" -- "$hs" --limit ten search error
expect search-limit-negative 2 '' "httpstatus: invalid --limit value '-1' (expected a number of hits, 0 for all)
$try_help" -- "$hs" --limit=-1 search error
expect search-limit-elsewhere 2 '' "httpstatus: --limit applies to search only
$try_help" -- "$hs" --limit 3 list
# A score moves with any change to the data: the goldens hold N where a
# number with three decimals stood.
scores='s/"score":[0-9]+\.[0-9]{3},/"score":N,/g'
expect json-search-limit 0 @golden '' -- sh -c "'$hs' --json --limit 2 search token expired | sed -E '$scores'"
expect search-miss 1 '' "httpstatus: no status code matches 'zzzqqq'
" -- "$hs" search zzzqqq
expect search-miss-words 1 '' "httpstatus: no status code matches 'zzzqqq plugh'
" -- "$hs" search zzzqqq plugh
expect search-header 0 @golden '' -- "$hs" --limit 5 search retry-after
expect search-synonym 0 @golden '' -- "$hs" --limit 5 search file too big
expect compare-default 0 @golden '' -- "$hs" compare
expect compare-many 0 @golden '' -- "$hs" compare 4xx
expect compare-miss 1 @golden "httpstatus: no status code matches 'fooo'
" -- "$hs" compare 404 fooo 410
expect explain-json-advice 0 @golden '' -- "$hs" --json explain 409
expect compare-advice 0 @golden '' -- "$hs" compare 401 403
# The no-response row heads its column as 000, as everywhere else.
expect compare-000-heading 0 '           000                       404
' '' -- sh -c "'$hs' compare 000 404 | head -n 1"
expect compare-advice-narrow 0 @golden '' -- env COLUMNS=50 "$hs" compare 500 502 503 504
expect compare-json-advice 0 @golden '' -- "$hs" --json compare 401 403 404
# No limit: every code of every class, in blocks of columns; none dropped.
expect compare-all-classes 0 @golden '' -- "$hs" compare --all 1xx 2xx 3xx 4xx 5xx
# A class stands for its codes as its pattern does; invalid, for those outside 100-599.
expect compare-class-name 0 @golden '' -- "$hs" compare redirection
expect compare-class-invalid-all 0 '000
000
000
009
600
600
783
893
999
' '' -- "$hs" -a -f code compare invalid
# (--field code writes three digits, 000 and 009 too, so that every code reads back.)
expect compare-past-64 0 "$("$hs" --field code --all list | tr '\n' ' ')
" '' -- sh -c '"$1" compare $("$1" --field code --all list) | grep -E "^ +[0-9]{1,3}( +[0-9]{3})*\$" | tr -s " " "\n" | grep . | tr "\n" " "; echo' sh "$hs"

# --- choose: which code to send -----------------------------------------------------
expect choose-all 0 @golden '' -- "$hs" choose
expect choose-redirect 0 @golden '' -- "$hs" choose redirect
expect choose-narrow 0 @golden '' -- env COLUMNS=40 "$hs" choose client error
expect choose-json 0 @golden '' -- "$hs" --json choose server error
expect choose-tsv 0 @golden '' -- "$hs" --tsv choose success
expect choose-field 0 '301
308
307
302
303
304
300
410
' '' -- "$hs" --field code choose 3xx
client_errors=$("$hs" choose client error)
for topic in client-error 4xx 'Client Error'; do
	expect "choose-topic-[$topic]" 0 "$client_errors
" '' -- "$hs" choose "$topic"
done
expect choose-miss 1 '' "httpstatus: no topic or answer matches 'informational' (topics: success, redirect, client error, server error)
" -- "$hs" choose informational
expect choose-miss-quiet 1 '' '' -- "$hs" -q choose nonsense
expect choose-miss-words 1 '' "httpstatus: no topic or answer matches 'zzzqqq plugh' (topics: success, redirect, client error, server error)
" -- "$hs" choose zzzqqq plugh
expect choose-situation 0 @golden '' -- "$hs" choose "the email address is already taken"
expect choose-situation-words 0 @golden '' -- "$hs" choose the upstream server did not answer in time
expect choose-situation-json 0 @golden '' -- "$hs" --json choose token expired
expect choose-situation-field 0 '429
' '' -- "$hs" --field code choose the api quota is used up
expect choose-complete 0 'success	2xx codes
redirect	3xx codes
client-error	4xx codes
server-error	5xx codes
' '' -- "$hs" --complete choose ''
# Completion offers the no-response code as curl writes it.
expect complete-000 0 '000	No HTTP Response (curl, nginx, load balancers, browsers)
009	HTTP 0.9 Request (nginx)
' '' -- "$hs" --complete 0

# --- JSON -------------------------------------------------------------------------
expect json-404 0 @golden '' -- "$hs" --json 404
expect json-unknown 0 '{"code":298,"known":false,"class":"2xx","class_name":"Successful","treat_as":200}
{"code":777,"known":false,"class":null,"class_name":"Invalid","treat_as":500}
' '' -- "$hs" 298 777 --json
expect json-miss 1 '{"query":"fooo","known":false}
' "httpstatus: no status code matches 'fooo'
" -- "$hs" --json fooo
expect json-list-5xx 0 @golden '' -- "$hs" --json list 5xx
expect json-class 0 @golden '' -- "$hs" --json class 1
expect json-search 0 @golden '' -- sh -c "'$hs' --json search teapot | sed -E '$scores'"
expect json-compare 0 @golden '' -- "$hs" --json compare 307 308
if command -v python3 >/dev/null; then
	# JSON lines: every line one object.
	for args in '404 451' 'explain 4xx' 'class 4 5 other' 'list --all' 'search redirect' 'compare' '298 600 777'; do
		# shellcheck disable=SC2086 # the arguments are meant to split
		expect "json-valid-[$args]" 0 'valid
' '' -- sh -c "'$hs' --json $args | python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]; print(\"valid\")'"
	done
else
	skip "json-valid: needs python3"
fi

# --- colour ------------------------------------------------------------------------
expect color-always 0 $'\e[1;33m404 Not Found\e[0m - '"${line404#404 Not Found - }" '' -- "$hs" --color=always 404
expect color-auto-pipe 0 "$line404" '' -- "$hs" --color=auto 404
expect color-bare-option 0 $'\e[1;33m404 Not Found\e[0m - '"${line404#404 Not Found - }" '' -- "$hs" --color 404
expect color-never 0 "$line404" '' -- "$hs" --color=never 404
# Never a hyperlink in a pipe, even with --color=always.
expect explain-pipe-no-hyperlink 0 $'  \e[2mOrigin:\e[0m        RFC 9110, Section 15.5.5
' '' -- sh -c "'$hs' --color=always explain 404 | grep Origin"

# --- stream mode -----------------------------------------------------------------
line200='200 OK - '"$("$hs" 200 | sed 's/^200 OK - //')"'
'
expect stream-dash 1 "${line404}fooo - no status code matches
$line200" "httpstatus: no status code matches 'fooo'
" -- sh -c "printf '404\\n fooo\\t200' | '$hs' -"
expect stream-implicit 0 "$line404$line200" '' -- sh -c "printf '404 200\\n' | '$hs'"
expect stream-one-line-per-query 0 "$("$hs" 451 | head -n 1)
" '' -- sh -c "echo 451 | '$hs' -"
expect stream-empty 0 '' '' -- sh -c "'$hs' - < /dev/null"
expect stream-no-final-newline 0 "$line404" '' -- sh -c "printf 404 | '$hs' -"
expect stream-ndjson 0 '{"code":298,"known":false,"class":"2xx","class_name":"Successful","treat_as":200}
{"code":777,"known":false,"class":null,"class_name":"Invalid","treat_as":500}
' '' -- sh -c "printf '298\\n777\\n' | '$hs' --json -"
expect stream-field 0 'Not Found
OK
' '' -- sh -c "printf '404 200' | '$hs' -f phrase -"
expect stream-tsv 0 "$("$hs" --tsv 404 200)
" '' -- sh -c "printf '404 200' | '$hs' --tsv -"
expect stream-nul-byte 1 "${line404}4\\x000 - no status code matches
" "httpstatus: no status code matches '4\\x000'
" -- sh -c "printf '404 4\\0000' | '$hs' -"
expect stream-long-word 1 "$(printf 'x%.0s' $(seq 1 120))... - no status code matches
$line404" "httpstatus: no status code matches '$(printf 'x%.0s' $(seq 1 120))...'
" -- sh -c "{ head -c 100000 /dev/zero | tr '\\0' x; echo ' 404'; } | '$hs' -"
expect stream-closed-pipe 0 "$line404" '' -- sh -c "yes 404 | head -n 2000000 | '$hs' - | head -n 1"

# --- formats, fields and quiet ----------------------------------------------------------
expect field-phrase 0 'Not Found
(Unused)
' '' -- "$hs" -f phrase 404 418
expect field-known 0 'false
' '' -- "$hs" --field=known 298
expect field-treat-as 0 '200
404
' '' -- "$hs" --field treat_as 298 404
expect field-escaped 0 "$("$hs" --tsv 404 | cut -f "$(field_column description)" | tail -n 1)
" '' -- "$hs" -f description 404
expect tsv-header 0 "$(printf '%s\n' "$schema_fields" | paste -s -d '\t' -)
" '' -- sh -c "'$hs' --tsv 404 | head -n 1"
expect tsv-one-line-per-answer 0 '4
' '' -- sh -c "'$hs' --format=tsv 200 404 298 | wc -l | tr -d ' '"
expect tsv-list 0 '30
' '' -- sh -c "'$hs' --tsv list 4xx | wc -l | tr -d ' '"
expect format-text 0 "$line404" '' -- "$hs" --format=text 404
expect format-bad 2 '' "httpstatus: invalid --format value 'xml' (expected text, json or tsv)
$try_help" -- "$hs" --format=xml 404
expect field-bad 2 '' "httpstatus: unknown field 'nope'; the fields are: $(printf '%s\n' "$schema_fields" | paste -s -d ' ' -)
$try_help" -- "$hs" -f nope 404
# --- retry advice and example responses in every form -------------------------
expect field-retry 0 'yes, after Retry-After; curl --retry and urllib3 (idempotent methods, when Retry-After is present) retry it, the AWS SDK for Go v2 does when the error code says throttling; Go'"'"'s net/http and browsers do not
' '' -- "$hs" -f retry 429
expect tsv-retry-example 0 'no: the method is not allowed here; use one the Allow field lists	HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\nContent-Length: 0
' '' -- sh -c "'$hs' --tsv 405 | tail -n 1 | cut -f "$(field_column retry),$(field_column example)""
expect json-retry-example 0 '"no: the method is not allowed here; use one the Allow field lists" "HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\nContent-Length: 0"
' '' -- sh -c "'$hs' --json 405 | sed 's/.*\"retry\":\(\"[^\"]*\"\).*\"example\":\(\"[^\"]*\"\).*/\\1 \\2/'"
# --field example writes the response as sent: CRLF after each head line, LF after the body.
expect field-example-head 0 $'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\n\r\n' '' -- "$hs" -f example 405
expect field-example-body 0 $'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 60\r\nContent-Type: application/problem+json\r\nContent-Length: 131\r\n\r\n{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"At most 100 requests a minute; try again in 60 seconds."}\n' '' -- "$hs" -f example 429
expect field-example-body-length 0 '131
' '' -- sh -c "'$hs' -f example 429 | sed '1,/^\r\$/d' | wc -c | tr -d ' '"
# One record a query: 103's registered meaning, Early Hints, whose example has its final response.
expect field-example-interim 0 "$(printf 'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nLink: </style.css>; rel=preload; as=style\r\nContent-Length: 70\r\n\r\n<!doctype html><link rel="stylesheet" href="/style.css"><h1>Home</h1>')
" '' -- "$hs" -f example 103
expect field-example-all-meanings 0 "$("$hs" -f example 103)
" 'httpstatus: 103 Checkpoint has no example
' -- "$hs" --all-meanings -f example 103
# A query none of whose records has an example answered nothing: a miss, exit status 1.
expect field-example-none 1 '' 'httpstatus: 444 No Response has no example
' -- "$hs" -f example 444
# What --field example writes, httpstatus reads back as response heads.
expect field-example-read-back 0 '301 Moved Permanently -> https://example.com/new-path
' '' -- sh -c "'$hs' -f example 301 | '$hs'"
expect field-example-read-back-interim 0 '103 Early Hints - Interim response hinting at header fields, mostly Link, of the final response
200 OK - The request succeeded; what the content holds depends on the request method
' '' -- sh -c "'$hs' -f example 103 2>/dev/null | '$hs'"
expect explain-retry-example 0 @golden '' -- "$hs" explain 416
expect compare-retry 0 @golden '' -- "$hs" compare 408 421 429 503
expect field-missing-value 2 '' "httpstatus: option '-f' needs a value
$try_help" -- "$hs" 404 -f
expect field-with-json 2 '' "httpstatus: --field and --format=json or tsv may not be combined
$try_help" -- "$hs" --json -f phrase 404
expect quiet-found 0 '' '' -- "$hs" -q 404
expect quiet-miss 1 '' '' -- "$hs" -q fooo
expect quiet-some-miss 1 '' '' -- "$hs" --quiet 404 fooo
expect quiet-with-field 2 '' "httpstatus: -q and --field may not be combined
$try_help" -- "$hs" -q -f phrase 404

# --- annotate -------------------------------------------------------------------------------
clf='1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0" 404 2326'
combined='5.6.7.8 - - [10/Oct/2000:13:55:37 -0700] "POST /b?\"q\" HTTP/1.1" 503 0 "-" "curl/8"'
printf '%s\n%s\nno status here\n%s\n298 in a line of its own\nlast "x" 200' "$clf" "$combined" "$clf" >"$work/access.log"
expect annotate-clf 0 '1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0" 404 (Not Found) 2326
5.6.7.8 - - [10/Oct/2000:13:55:37 -0700] "POST /b?\"q\" HTTP/1.1" 503 (Service Unavailable) 0 "-" "curl/8"
no status here
1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0" 404 (Not Found) 2326
298 in a line of its own
last "x" 200 (OK)' '' -- "$hs" annotate "$work/access.log"
expect annotate-stdin 0 'a 404 (Not Found) b
c 301 (Moved Permanently)
d 4040 e
' '' -- sh -c "printf 'a 404 b\\nc 301\\nd 4040 e\\n' | '$hs' annotate --field 2"
expect annotate-not-codes 0 "$(printf '"a" 031 x\n"b" 099\n"c" 298 y\n"d" 2000 z\n"e" 20 z\n"f" 404 (Not Found)\r\n"g" 200 (OK)\t1\n' | od -c)
" '' -- sh -c "printf '\"a\" 031 x\\n\"b\" 099\\n\"c\" 298 y\\n\"d\" 2000 z\\n\"e\" 20 z\\n\"f\" 404\\r\\n\"g\" 200\\t1\\n' | '$hs' annotate | od -c"
expect annotate-binary 0 "$(printf 'x\001\377 "q" 404 (Not Found) \000z' | od -c)
" '' -- sh -c "printf 'x\\001\\377 \"q\" 404 \\000z' | '$hs' annotate | od -c"
expect annotate-long-line 0 '300014 2
' '' -- sh -c "{ head -c 300000 /dev/zero | tr '\\0' a; echo; echo '\"r\" 200'; } | '$hs' annotate | wc -lc | awk '{print \$2, \$1}'"
expect annotate-missing-file 3 '"a" 404 (Not Found)
' "httpstatus: $work/nope: No such file or directory
" -- sh -c "printf '\"a\" 404\\n' | '$hs' annotate '$work/nope' -"
expect annotate-bad-field 2 '' "httpstatus: invalid --field 'x' for annotate (expected a field number from 1 to 1000)
$try_help" -- "$hs" annotate -f x
# --column N is the log field; --field N stays its synonym for annotate and count.
expect annotate-column 0 'a 404 (Not Found) b
c 301 (Moved Permanently)
d 4040 e
' '' -- sh -c "printf 'a 404 b\\nc 301\\nd 4040 e\\n' | '$hs' annotate --column 2"
expect annotate-column-joined 0 'x 1 404 (Not Found)
' '' -- sh -c "printf 'x 1 404\\n' | '$hs' --column=3 annotate"
# With --key as well, JSON lines go by the key and the others by the column, as with --field N.
printf '%s\n' 'a 404 b' '{"s":"201","status":500}' >"$work/column-key.log"
expect annotate-column-and-key 0 'a 404 (Not Found) b
{"s":"201","status_phrase":"Created","status":500}
' '' -- "$hs" annotate --column 2 --key s "$work/column-key.log"
for bad in 0 -1 abc 99999999999 ''; do
	expect "annotate-bad-column-[$bad]" 2 '' "httpstatus: invalid --column '$bad' for annotate (expected a field number from 1 to 1000)
$try_help" -- "$hs" annotate --column "$bad"
done
expect column-missing-value 2 '' "httpstatus: option '--column' needs a value
$try_help" -- "$hs" annotate --column
expect column-with-field 2 '' "httpstatus: --column and --field may not be combined
$try_help" -- "$hs" annotate --column 2 --field 2
expect column-elsewhere 2 '' "httpstatus: --column applies to annotate and count only
$try_help" -- "$hs" --column 2 404
expect column-elsewhere-list 2 '' "httpstatus: --column applies to annotate and count only
$try_help" -- "$hs" list 4xx --column=1
expect annotate-json 2 '' "httpstatus: annotate writes text only; --format, --json and --tsv do not apply
$try_help" -- "$hs" annotate --json
expect annotate-line-buffered 0 '"a" 404 (Not Found)
' '' -- sh -c "printf '\"a\" 404\\n' | '$hs' annotate --line-buffered"

# A file of 2.5 MB, many times the block annotate reads at once
# (src/filters/annotate.c), with lines of every length from 50 to 86 bytes, so lines
# cross the blocks' edges at many points; sed writes what annotate should.
awk 'BEGIN { for (i = 0; i < 40000; i++) printf "10.0.%d.%d - - [x] \"GET /%s HTTP/1.1\" %d %d\n", i % 256, i % 7, substr("abcdefghijklmnopqrstuvwxyz0123456789", 1, i % 37), i % 3 == 0 ? 404 : i % 3 == 1 ? 200 : 503, i }' >"$work/big.log"
sed 's/" 404 /" 404 (Not Found) /; s/" 200 /" 200 (OK) /; s/" 503 /" 503 (Service Unavailable) /' "$work/big.log" >"$work/big.expected"
cat "$work/big.expected" "$work/big.expected" >"$work/big-twice.expected"
expect annotate-big-file 0 'same
' '' -- sh -c "'$hs' annotate '$work/big.log' | cmp - '$work/big.expected' && echo same"
expect annotate-big-files 0 'same
' '' -- sh -c "'$hs' annotate '$work/big.log' '$work/big.log' | cmp - '$work/big-twice.expected' && echo same"
expect annotate-big-stdin 0 'same
' '' -- sh -c "cat '$work/big.log' | '$hs' annotate | cmp - '$work/big.expected' && echo same"
expect annotate-directory 3 '' "httpstatus: $work: Is a directory
" -- "$hs" annotate "$work"

# first_answer LINE COMMAND...: writes LINE into COMMAND and prints the first
# line of its output, read while its input is still open (10 s at most), so an
# answer held back until the input ends fails the case.
first_answer() {
	local line=$1 answer input
	shift
	coproc FIRST { "$@"; }
	input=${FIRST[1]}
	printf '%s\n' "$line" >&"$input"
	IFS= read -r -t 10 answer <&"${FIRST[0]}" || answer='(no answer while the input was open)'
	printf '%s\n' "$answer"
	exec {input}>&-
	wait "$FIRST_PID"
}
expect stream-prompt 0 "$line404" '' -- first_answer 404 "$hs" -
expect stream-prompt-json 0 "$("$hs" --json - <<<404)
" '' -- first_answer 404 "$hs" --json -
expect annotate-prompt 0 '"a" 404 (Not Found)
' '' -- first_answer '"a" 404' "$hs" annotate

# --- output faults -------------------------------------------------------------------
if [ -w /dev/full ]; then
	expect full-disk 3 '' 'httpstatus: write error: No space left on device
' -- sh -c "'$hs' list --all > /dev/full"
fi
expect stream-full-disk 3 '' 'httpstatus: write error: No space left on device
' -- sh -c "printf '404\\n200\\n' | '$hs' - > /dev/full"
expect stream-full-disk-uncached 3 '' 'httpstatus: write error: No space left on device
' -- sh -c "printf 'teapot\\n' | '$hs' - > /dev/full"
expect closed-pipe 0 '000 No HTTP Response (curl, nginx, load balancers, browsers)
' '' -- sh -c "'$hs' list --all | head -n 1"
expect annotate-closed-pipe 0 "$(head -n 1 "$work/big.expected")
" '' -- sh -c "'$hs' annotate '$work/big.log' '$work/big.log' | head -n 1"
expect annotate-closed-pipe-ignored 0 "$(head -n 1 "$work/big.expected")
3
" 'httpstatus: write error: Broken pipe
' -- sh -c "trap '' PIPE; { '$hs' annotate '$work/big.log' '$work/big.log'; echo \$? >'$work/status'; } | head -n 1; cat '$work/status'"
expect annotate-full-disk 3 '' 'httpstatus: write error: No space left on device
' -- sh -c "'$hs' annotate '$work/big.log' > /dev/full"

. "$here/logs.sh"
# shellcheck source=tests/system/readers.sh
. "$here/readers.sh"
# shellcheck source=tests/system/log_formats.sh
. "$here/log_formats.sh"
# shellcheck source=tests/system/frontdoor.sh
. "$here/frontdoor.sh"
# shellcheck source=tests/system/hostile.sh
. "$here/hostile.sh"
if [ "${hostile_done:-}" != 1 ]; then
	failed=$((failed + 1))
	echo 'FAIL tests/system/hostile.sh stopped before its end'
fi
# shellcheck source=tests/system/untrusted.sh
. "$here/untrusted.sh"
if [ "${untrusted_done:-}" != 1 ]; then
	failed=$((failed + 1))
	echo 'FAIL tests/system/untrusted.sh stopped before its end'
fi

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
