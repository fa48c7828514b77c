# shellcheck shell=bash
# Sourced by run.sh: the front door. Operands are read as a person means
# them, scripts get one record a query in the same bytes from the operands
# and from stdin, JSON is one object a line everywhere, usage errors are one
# line, explain and compare read a pipe. The cases failed before the change,
# but for a few that guard what must not change with it (quoting, text that
# shows every meaning, compare's default).

line429="$("$hs" 429)
"
line302="$("$hs" 302)
"

# --- adjacent words that name one thing are one query ---------------------------------------
expect words-not-found 0 "$line404" '' -- "$hs" not found
expect words-too-many-requests 0 "$line429" '' -- "$hs" too many requests
expect words-status-line 0 "$line404" '' -- "$hs" HTTP/1.1 404 Not Found
expect words-quoted-status-line-then-code 0 "$line404$("$hs" 500)
" '' -- "$hs" 'HTTP/1.1 404 Not Found' 500
expect words-around-a-code 0 '404
404
500
404
' '' -- "$hs" -f code error 404 404 error HTTP error 500 status code 404
expect words-code-and-phrase 0 "$line302" '' -- "$hs" 302 Found
expect words-code-and-another-name 0 "$line404$("$hs" 402)
" '' -- "$hs" 404 payment required
expect words-explain 0 "$("$hs" explain 429)
" '' -- "$hs" explain too many requests
expect words-explain-not-found 0 "$("$hs" explain 404)
" '' -- "$hs" explain not found
expect words-compare 0 '301
308
' '' -- "$hs" -f code compare moved permanently permanent redirect
expect words-readme-typos 1 '' "httpstatus: no status code matches 'forbiden'; did you mean 403 Forbidden?
httpstatus: no status code matches '4044'; did you mean 404 Not Found?
" -- "$hs" forbiden 4044
expect words-two-readings 1 '' "httpstatus: 'expectation failed dependency' is ambiguous: 'expectation failed' or 'failed dependency'; quote the name you mean
" -- "$hs" expectation failed dependency
expect words-two-readings-quoted 0 "$("$hs" 417)
$("$hs" 424)
" '' -- "$hs" 'expectation failed' 'failed dependency'
expect words-field 0 '404	Not Found
429	Too Many Requests
' '' -- "$hs" -f code,phrase not found too many requests
expect words-tsv 0 "$("$hs" --tsv 404)
" '' -- "$hs" --tsv not found
expect words-json 0 "$("$hs" --json 404)
" '' -- "$hs" --json not found
expect words-stream 0 "$line404$line404$line429" '' -- sh -c "printf 'not found\n404 Not Found\ntoo many requests\n' | '$hs'"
expect words-stream-last-line-unended 0 '404
' '' -- sh -c "printf 'not found ' | '$hs' -f code"
expect words-stream-field 1 '404	Not Found
	
418	(Unused)
' "httpstatus: 'expectation failed dependency' is ambiguous: 'expectation failed' or 'failed dependency'; quote the name you mean
" -- sh -c "printf 'not found\nexpectation failed dependency\nteapot\n' | '$hs' -f code,phrase"
expect words-stream-status-line 0 "$("$hs" 200)
$line404" '' -- sh -c "printf '200\nHTTP/1.1 404 Not Found\n' | '$hs'"

# --- a mistyped subcommand is told by closeness, never by case --------------------------------
expect typo-subcommand-search 2 '' "httpstatus: unknown subcommand 'serach'; did you mean 'search'?
$try_help" -- "$hs" serach cache
expect typo-not-a-subcommand 1 '' "httpstatus: no status code matches 'fooo'
httpstatus: no status code matches 'qqqx'
httpstatus: no status code matches '404x'
" -- "$hs" fooo qqqx 404x

# --- never a code the user did not name: classes and concept words --------------------------
expect concept-redirect 0 "$("$hs" class 3xx)

451 Redirect (Microsoft Exchange ActiveSync) - $("$hs" -f summary search exchange activesync | head -n 1)
" '' -- "$hs" redirect
expect concept-redirect-field 0 "$("$hs" -f code list 3xx)
" '' -- "$hs" -f code redirect
expect concept-redirect-json 0 "$("$hs" --json class 3xx)
" '' -- "$hs" --json redirect
expect concept-redirect-all-meanings 0 "$("$hs" -f code,origin list 3xx)
451	Microsoft Exchange ActiveSync
" '' -- "$hs" --all-meanings -f code,origin redirect
expect concept-server-error 0 "$("$hs" class 5xx)
" '' -- "$hs" server error
concept_codes() { "$hs" -f code,phrase search "$@" | awk -F'\t' '!seen[$1]++ { printf "%s%s %s", n++ ? (n == 3 ? " or " : ", ") : "", $1, $2 } n == 3 { exit }'; }
expect concept-timeout 1 '' "httpstatus: no status code is named 'timeout'; codes about it: $(concept_codes timeout); see 'httpstatus search timeout'
" -- "$hs" timeout
expect concept-rate-limit 1 '' "httpstatus: no status code is named 'rate limit'; codes about it: $(concept_codes rate limit); see 'httpstatus search rate limit'
" -- "$hs" rate limit
expect concept-moved 1 '
' "httpstatus: no status code is named 'moved'; codes about it: $(concept_codes moved); see 'httpstatus search moved'
" -- "$hs" -f code moved

# --- qualified constants: their own ecosystem only --------------------------------------------
expect constant-dotnet-redirect 0 "$line302" '' -- "$hs" HttpStatusCode.Redirect
expect constant-dotnet-aliases 0 '300
301
303
307
' '' -- "$hs" -f code HttpStatusCode.Ambiguous HttpStatusCode.Moved HttpStatusCode.RedirectMethod HttpStatusCode.RedirectKeepVerb
expect constant-other-ecosystem 1 '' "httpstatus: no status code matches 'HTTPStatus.MOVED_TEMPORARILY'; did you mean 302 Found?
" -- "$hs" HTTPStatus.MOVED_TEMPORARILY
expect constant-plain-word-not-a-constant 1 '' "httpstatus: no status code matches 'Ambiguous'
" -- "$hs" Ambiguous

# --- one rule for blanks, the same as stdin's ----------------------------------------------------
for query in ' 404' '404 ' $'404\r' '000 ' '4xx ' $' not found\r'; do
	expect "blanks-[$query]" 0 "$(printf '%s\n' "$query" | "$hs" -f code,phrase,origin)
" '' -- "$hs" -f code,phrase,origin "$query"
done
expect miss-record-trimmed 1 '{"query":"fooo","known":false}
' "httpstatus: no status code matches ' fooo '
" -- "$hs" --json ' fooo '
expect empty-operand 1 "$line404" "httpstatus: no status code matches ''
" -- "$hs" '' 404

# --- scripts: one record a query, the same bytes from operands and stdin -------------------------
expect one-record-field 0 'Client Closed Request
Enhance Your Calm
Unavailable For Legal Reasons
' '' -- "$hs" -f phrase 499 420 451
expect all-meanings-field 0 'Client Closed Request
Token Required
Client Closed Request
' '' -- "$hs" --all-meanings -f phrase 499
expect text-every-meaning 0 "$("$hs" 499 | wc -l)
" '' -- sh -c "'$hs' 499 | wc -l"
for format in '-f code,phrase,origin' --tsv --json; do
	expect "same-bytes-[$format]" 1 "$(printf '499 not found fooo 420 HTTP/1.1 200 OK error 404 500 error 404 Not Found 302 Found\n' | "$hs" $format 2>/dev/null)
" '' -- sh -c "'$hs' $format 499 not found fooo 420 HTTP/1.1 200 OK error 404 500 error 404 Not Found 302 Found 2>/dev/null"
done
expect field-list-tabs 0 '404	Not Found	4xx
' '' -- "$hs" -f code,phrase,class 404
expect field-list-bad 2 '' "httpstatus: unknown field 'nope'; the fields are: $("$hs" --tsv 404 | head -n 1 | tr '\t' ' ')
$try_help" -- "$hs" -f code,nope 404

# --- one JSON shape: one object a line, from the operands and from stdin ---------------------
expect json-lines-operands 0 '404
200
' '' -- sh -c "'$hs' --json 404 200 | cut -c 1-11 | sed 's/^{\"code\"://; s/,.*//'"
expect json-lines-stdin-same 0 "$("$hs" --json 404 200)
" '' -- sh -c "printf '404 200' | '$hs' --json"

# --- short usage errors ------------------------------------------------------------------------
expect usage-cluster 2 '' "httpstatus: unknown option '-z'
$try_help" -- "$hs" --json -zq 404
expect usage-ambiguous 2 '' "httpstatus: ambiguous option '--co' (could be --codes, --color or --column)
$try_help" -- "$hs" --co 404

# --- explain and compare read a pipe ----------------------------------------------------------------
expect explain-pipe-heads 0 '301
302
200
' '' -- sh -c "'$hs' -f code explain < '$inputs/curl-IL-crlf.txt'"
expect explain-pipe-text 0 "$("$hs" explain 301 404)
" '' -- sh -c "printf '301\nnot found\n' | '$hs' explain"
expect explain-dash 0 "$("$hs" explain 404)
" '' -- sh -c "echo 404 | '$hs' explain -"
# Read whole up to 16 MiB: a query then blanks, exactly that much and one byte more;
# and a block that would cross the limit after a read that stopped short of it.
limit=16777216
too_much="httpstatus: stdin: more than 16 MiB of queries; use httpstatus - for a stream
"
expect explain-pipe-16MiB 0 'Not Found
' '' -- sh -c "{ printf 404; head -c $((limit - 3)) /dev/zero | tr '\\0' ' '; } | '$hs' -f phrase explain"
expect explain-pipe-16MiB-and-1 3 '' "$too_much" -- sh -c "{ printf 404; head -c $((limit - 2)) /dev/zero | tr '\\0' ' '; } | '$hs' -f phrase explain"
expect explain-pipe-crosses-16MiB-late 3 '' "$too_much" -- sh -c "{ printf 404; head -c $((limit - 13)) /dev/zero | tr '\\0' ' '; sleep 0.2; printf ' 500 200 201'; } | '$hs' -f phrase explain"
expect compare-pipe 0 "$("$hs" compare 301 302)
" '' -- sh -c "printf '301 302\n' | '$hs' compare"
expect compare-empty-pipe 0 "$("$hs" compare 301 302 303 307 308)
" '' -- "$hs" compare
