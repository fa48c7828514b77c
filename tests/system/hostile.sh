# The hostile tester's cases, sourced by run.sh, whose expect()
# and variables they use. Each case failed before its fix.

# --- terminal safety: nothing that steers a terminal reaches stderr raw ----------
# C1 controls as UTF-8 (U+009B is CSI, which starts an escape sequence) and
# the bidi controls are written byte by byte as \xNN, as invalid UTF-8 is.
expect miss-c1-csi 1 '' "httpstatus: no status code matches 'a\\xC2\\x9B31mb'
" -- "$hs" $'a\xc2\x9b31mb'
expect miss-c1-first-last 1 '' "httpstatus: no status code matches '\\xC2\\x80\\xC2\\x9F'
" -- "$hs" $'\xc2\x80\xc2\x9f'
for bidi in 202A 202B 202C 202D 202E 2066 2067 2068 2069; do
	bytes=$(printf "\\u$bidi" | od -An -tx1 | tr -d ' \n' | tr a-f A-F | sed 's/../\\x&/g')
	expect "miss-bidi-$bidi" 1 '' "httpstatus: no status code matches 'x${bytes}y'
" -- "$hs" "x$(printf "\\u$bidi")y"
done
expect miss-printable-utf8 1 '' "httpstatus: no status code matches 'café ½ →'
" -- "$hs" 'café ½ →'
# A NUL inside a stream query is shown, not taken for the query's end.
expect stream-nul-inside 1 '404\x00x - no status code matches
' "httpstatus: no status code matches '404\\x00x'
" -- sh -c "printf '404\\000x' | '$hs' -"
# TERM=dumb on a terminal: no colour; another terminal still gets it.
if command -v script >/dev/null; then
	expect term-dumb-no-color 0 "${line404%$'\n'}"$'\r\n' '' -- script -qec "env TERM=dumb '$hs' 404" /dev/null
	expect term-xterm-color 0 $'\e[1;33m404 Not Found\e[0m - '"${line404#404 Not Found - }" '' -- \
		sh -c "script -qec \"env TERM=xterm '$hs' 404\" /dev/null | tr -d '\\r'"
else
	skip "term-dumb-no-color, term-xterm-color: need util-linux's script"
fi

# --- names: a byte no name holds makes a query a miss --------------------------
# The names hold only ASCII letters, digits and " '()-.:_" (the generator
# makes sure of it), so anything else cannot be part of one.
foreign_name() { # QUERY QUOTED: the query, and how the message shows it
	expect "name-foreign-[$2]" 1 '' "httpstatus: no status code matches '$2'
" -- "$hs" "$1"
}
foreign_name $'\x80ok' '\x80ok'
foreign_name $'ok\xff' 'ok\xFF'
foreign_name $'o\tk' 'o\x09k'
foreign_name $'ok\x7f' 'ok\x7F'
foreign_name $'o\xc2\x85k' 'o\xC2\x85k'
# Nor is such a query a spelling variant or a plural of a name (found by
# fuzz_query after the spelling suggestions came in).
foreign_name $'httpservleS\rtresponseok' 'httpservleS\x0Dtresponseok'
foreign_name 'too many request/' 'too many request/'
foreign_name 'unauthorised!' 'unauthorised!'
foreign_name $'\x01founds' '\x01founds'
for query in o/k '<ok>' 'ok!' 'ok;' '"ok"' 'not/found' 'Not Found?' 'teapot™'; do
	foreign_name "$query" "$query"
done
# The punctuation that names do hold still matches.
line418="$("$hs" 418 | head -n 1)
"
line200="$("$hs" 200)
"
for query in "I'm a teapot" 'im-a-teapot' 'I.m a teapot'; do
	expect "name-kept-[$query]" 0 "$line418" '' -- "$hs" "$query"
done
for query in 'Not Found' ' not  found ' 'not-found' 'NOT_FOUND' 'http.StatusNotFound' \
	'StatusCode::NOT_FOUND' 'HTTPStatus.NOT_FOUND'; do
	expect "name-kept-[$query]" 0 "$line404" '' -- "$hs" "$query"
done
expect name-kept-parentheses 0 "$("$hs" 561 | grep 'Identity Provider')
" '' -- "$hs" 'Unauthorized (Identity Provider)'
expect class-foreign 1 '' "httpstatus: no status code matches 'client/error'
" -- "$hs" class client/error
# Random bytes, a quarter of them newlines, from a fixed seed: only the
# words made of bytes that names hold may be answered (a lone "0" is 000's
# alias); the old matching also answered 200 OK once, for the word
# "\x1D]\xF2\xCC\x07O\xE1\xDFK".
random_bytes() {
	LC_ALL=C awk -v n="$1" 'BEGIN { x = 42; for (i = 0; i < n; i++) {
		x = (x * 16807) % 2147483647; b = int(x / 8388608); if (b % 4 == 0) b = 10
		x = (x * 16807) % 2147483647; if (b != 10) b = int(x / 8388608); if (b == 0) b = 1
		printf "%c", b } }'
}
# Under valgrind, which checks memory and not matching, 16 KiB will do.
random_bytes "$([ "${VALGRIND:-}" = 1 ] && echo 16384 || echo 131072)" >"$work/random.bin"
LC_ALL=C tr ' \t\v\f\r' '\n\n\n\n\n' <"$work/random.bin" |
	LC_ALL=C grep -a -x -E "[A-Za-z0-9'().:_-]+" >"$work/random-names.txt"
# Misses have their lines too (stream mode keeps the answers in line), so
# only the answers are compared.
answers="grep -av ' - no status code matches\$'"
expect stream-random-bytes 0 'same
' '' -- sh -c "'$hs' - <'$work/random.bin' 2>/dev/null | $answers >'$work/random.out'; '$hs' - <'$work/random-names.txt' 2>/dev/null | $answers | cmp - '$work/random.out' && echo same"

# --- annotate never reads its own output ----------------------------------------------
# Each case runs in a fresh folder with a.log and b.log; timeout stops the
# old behaviour, which grew the output file until the disk was full.
hs_path=$(cd "$(dirname "$hs")" && pwd)/$(basename "$hs")
self_input() { # SCRIPT: run in a fresh folder, then cat every .log file there
	rm -rf "$work/self" && mkdir "$work/self" && cd "$work/self" || return 99
	printf '"a" 404\n' >a.log
	printf '"b" 200\n' >b.log
	timeout 10 sh -c "$1"
	local status=$?
	for file in *.log; do printf '%s: ' "$file"; head -c 200 "$file"; done
	cd - >/dev/null || return 99
	return "$status"
}
expect annotate-self-glob 3 'a.log: "a" 404
all.log: "a" 404 (Not Found)
"b" 200 (OK)
b.log: "b" 200
' 'httpstatus: all.log: input file is output file
' -- self_input "touch all.log; '$hs_path' annotate *.log > all.log"
expect annotate-self-append 3 'a.log: "a" 404
b.log: "b" 200
' 'httpstatus: a.log: input file is output file
' -- self_input "'$hs_path' annotate a.log >> a.log"
expect annotate-self-stdin 3 'a.log: "a" 404
"b" 200 (OK)
b.log: "b" 200
' 'httpstatus: stdin: input file is output file
' -- self_input "'$hs_path' annotate - b.log < a.log >> a.log"
expect annotate-self-other-first 3 'a.log: "a" 404
b.log: "b" 200
"a" 404 (Not Found)
' 'httpstatus: b.log: input file is output file
' -- self_input "'$hs_path' annotate a.log b.log >> b.log"
# Output to a pipe or /dev/null is never taken for an input.
expect annotate-self-not-regular 0 '"a" 404 (Not Found)
' '' -- sh -c "'$hs_path' annotate - < /dev/null; printf '\"a\" 404\\n' | '$hs' annotate - /dev/null"

# --- stream mode: one line for every query, in every format ----------------------------
mixed="printf '404\\n-\\n200\\nfoo\\n500\\n'"
misses="httpstatus: no status code matches '-'
httpstatus: no status code matches 'foo'
"
expect stream-aligned-field 1 'Not Found

OK

Internal Server Error
' "$misses" -- sh -c "$mixed | '$hs' -f phrase"
expect stream-aligned-field-known 1 'true
false
true
false
true
' "$misses" -- sh -c "$mixed | '$hs' -f known"
expect stream-aligned-text 1 "${line404}- - no status code matches
${line200}foo - no status code matches
$("$hs" 500)
" "$misses" -- sh -c "$mixed | '$hs' -"
expect stream-aligned-ndjson 1 "$("$hs" --json - <<<404)
{\"query\":\"-\",\"known\":false}
$("$hs" --json - <<<200)
{\"query\":\"foo\",\"known\":false}
$("$hs" --json - <<<500)
" "$misses" -- sh -c "$mixed | '$hs' --json"
miss_row=$("$hs" --tsv 404 | head -n 1 |
	awk -F '\t' '{ for (i = 1; i <= NF; i++) printf "%s%s", (i > 1 ? "\t" : ""), ($i == "known" ? "false" : "") }')
expect stream-aligned-tsv 1 "$("$hs" --tsv 404)
$miss_row
$("$hs" --tsv 200 | tail -n 1)
$miss_row
$("$hs" --tsv 500 | tail -n 1)
" "$misses" -- sh -c "$mixed | '$hs' --tsv -"
# The README's log pipeline: a log's "-" for a missing status keeps its line.
expect stream-aligned-log 0 '404 Not Found
- ?
200 OK
' "httpstatus: no status code matches '-'
" -- sh -c "printf '404\\n-\\n200\\n' >'$work/codes'; '$hs' -f phrase <'$work/codes' | paste -d ' ' '$work/codes' - | sed 's/ \$/ ?/'"
# A miss's query in NDJSON is valid JSON whatever its bytes: not UTF-8 becomes
# U+FFFD, controls and the code points that steer a terminal are escaped.
expect stream-ndjson-miss-bytes 1 '{"query":"a\"b\\c\u0000\u001b\ufffd\u009b\u202eé","known":false}
' "httpstatus: no status code matches 'a\"b\\c\\x00\\x1B\\x80\\xC2\\x9B\\xE2\\x80\\xAEé'
" -- sh -c "printf 'a\"b\\\\c\\000\\033\\200\\302\\233\\342\\200\\256\\303\\251' | '$hs' --json -"
if command -v python3 >/dev/null && [ "${VALGRIND:-}" != 1 ]; then
	expect stream-ndjson-miss-valid 1 'valid
' '' -- sh -c "'$hs' --json - <'$work/random.bin' 2>/dev/null | python3 -c 'import json,sys
for line in sys.stdin.buffer: json.loads(line)
print(\"valid\")'; exit 1"
elif [ "${VALGRIND:-}" != 1 ]; then
	skip "stream-ndjson-miss-valid: needs python3"
fi

# --- annotate A B: A's last line, even without a newline, is its own -------------------
printf '"a" 404' >"$work/no-newline.log"
printf '"b" 200\n"c" 500' >"$work/two-lines.log"
: >"$work/empty.log"
expect annotate-files-joined 0 '"a" 404 (Not Found)
"b" 200 (OK)
"c" 500 (Internal Server Error)' '' -- "$hs" annotate "$work/no-newline.log" "$work/two-lines.log"
expect annotate-files-joined-empty-between 0 '"a" 404 (Not Found)
"b" 200 (OK)
"c" 500 (Internal Server Error)' '' -- "$hs" annotate "$work/no-newline.log" "$work/empty.log" "$work/two-lines.log" "$work/empty.log"
expect annotate-files-joined-stdin 0 '"b" 200 (OK)
"c" 500 (Internal Server Error)
"a" 404 (Not Found)' '' -- sh -c "'$hs' annotate '$work/two-lines.log' - <'$work/no-newline.log'"
expect annotate-files-joined-field 0 'x 404 (Not Found)
x 404 (Not Found)
' '' -- sh -c "printf 'x 404' >'$work/field.log'; '$hs' annotate -f 2 '$work/field.log' '$work/field.log'; echo"
expect annotate-files-joined-line-buffered 0 '"a" 404 (Not Found)
"a" 404 (Not Found)' '' -- "$hs" annotate --line-buffered "$work/no-newline.log" "$work/no-newline.log"

# --- consistency -------------------------------------------------------------------------
# A parenthesised placeholder phrase is not put in parentheses twice.
expect annotate-unused-phrase 0 '"a" 418 (Unused) x
"b" 306 (Unused)
"c" 404 (Not Found)
' '' -- sh -c "printf '\"a\" 418 x\\n\"b\" 306\\n\"c\" 404\\n' | '$hs' annotate"
# Options after operands, with glibc's POSIXLY_CORRECT too (the glibc build
# is tested by make check-valgrind); -- still ends the options.
expect posixly-correct-option-after 0 "$("$hs" --json 404)
" '' -- env POSIXLY_CORRECT=1 "$hs" 404 --json
expect posixly-correct-subcommand 0 "$("$hs" --json explain 404)
" '' -- env POSIXLY_CORRECT=1 "$hs" explain 404 --json
expect posixly-correct-annotate 0 'x 404 (Not Found)
' '' -- sh -c "echo 'x 404' | POSIXLY_CORRECT=1 '$hs' annotate - --field 2"
expect option-after-dash-dash 1 "$line404" "httpstatus: no status code matches '--json'
" -- "$hs" 404 -- --json
# A missing value names the option as it was typed.
for typed in --field --fie --format; do
	expect "missing-value-[$typed]" 2 '' "httpstatus: option '$typed' needs a value
$try_help" -- "$hs" 404 "$typed"
done
expect missing-value-short-cluster 2 '' "httpstatus: option '-f' needs a value
$try_help" -- "$hs" 404 -qf
# Exit status 3 for input that could not be read, as for output that could
# not be written; it outweighs 1.
expect annotate-missing-and-miss 3 '"a" 404 (Not Found)
' "httpstatus: $work/nope: No such file or directory
" -- sh -c "printf '\"a\" 404\\n' | '$hs' annotate - '$work/nope'"
expect stream-read-error 3 '' 'httpstatus: stdin: Is a directory
' -- sh -c "'$hs' - < '$work'"

# --- environment and output faults around the new lines ------------------------------------
explain404=$("$hs" explain 404)
for columns in x -5 '' ' 80' 0x50; do
	expect "columns-[$columns]" 0 "$explain404
" '' -- env COLUMNS="$columns" "$hs" explain 404
done
expect columns-huge 0 "$(env COLUMNS=1000 "$hs" explain 404)
" '' -- env COLUMNS=99999999999999999999 "$hs" explain 404
expect term-empty-pipe 0 "$line404" '' -- env TERM= "$hs" 404
expect stream-miss-full-disk 3 '' "httpstatus: no status code matches 'fooo'
httpstatus: write error: No space left on device
" -- sh -c "printf 'fooo\\n' | '$hs' - > /dev/full"
hostile_done=1
