# System tests for the single readers: stream mode's latency, response
# heads with long or odd lines, annotate run twice, mixed logs written in
# large writes, long lines judged alike whatever the reads, and descriptors
# left non-blocking by the parent. Sourced by run.sh, whose expect, $hs and
# $work it uses.
answer404='404 Not Found - No current representation of the resource exists, or the server won'"'"'t say'

# --- stream mode answers what it has before it waits: no newline needed ---------------------
# The writer waits (up to 20 s) for the answer before it ends the input.
expect stream-answers-before-more-input 0 "answered before the input ended
$answer404
" '' -- sh -c "rm -f '$work/late.out'; { printf '404 '; i=0; while [ ! -s '$work/late.out' ] && [ \$i -lt 200 ]; do sleep 0.1; i=\$((i + 1)); done
	if [ -s '$work/late.out' ]; then echo 'answered before the input ended'; else echo 'answered at the end'; fi >'$work/late.verdict'; } |
	'$hs' - >'$work/late.out'; cat '$work/late.verdict' '$work/late.out'"

# --- response heads: long and odd Location values, long status lines -------------------------
long_location=$(head -c 70000 /dev/zero | tr '\0' A)
printf 'HTTP/1.1 302 Found\r\nLocation: https://idp.example/saml?SAMLRequest=%s&RelayState=xyz\r\n\r\n' \
	"$long_location" >"$work/saml.txt"
expect heads-location-cut-marked 0 'AAAAAAAAAA...
' '' -- sh -c "'$hs' < '$work/saml.txt' | tail -c 14"
printf 'HTTP/1.1 302 Found\r\nLocation: https://idp.example/saml?SAMLRequest=%s&RelayState=xyz\r\n\r\n' \
	"$(head -c 9000 /dev/zero | tr '\0' A)" >"$work/saml9k.txt"
expect heads-location-over-8k-whole 0 'AAAAA&RelayState=xyz
' '' -- sh -c "'$hs' < '$work/saml9k.txt' | tail -c 21"
for size in 9000 70000; do
	expect "heads-long-status-line-$size" 0 "$answer404
" '' -- sh -c "{ printf 'HTTP/1.1 404 '; head -c $size /dev/zero | tr '\\0' x; printf '\\r\\n\\r\\n'; } | '$hs'"
done
expect heads-location-empty 0 "$("$hs" 301)
" '' -- sh -c "printf 'HTTP/1.1 301 Moved\\r\\nLocation:\\r\\n\\r\\n' | '$hs'"
expect heads-location-folded 0 '301 Moved Permanently -> /a b
' '' -- sh -c "printf 'HTTP/1.1 301 Moved\\r\\nLocation:\\r\\n /a\\r\\n\\tb\\r\\n\\r\\n' | '$hs'"
expect heads-location-nul 0 '301 Moved Permanently -> /a?b
' '' -- sh -c "printf 'HTTP/1.1 301 Moved\\r\\nLocation: /a\\000b\\r\\n\\r\\n' | '$hs'"

# --- stream mode: one line for each query, 404.x too --------------------------------------
expect stream-substatus-list-one-line 0 'Not Found
OK
' '' -- sh -c "echo '404.x 200' | '$hs' -f phrase"

# --- annotate: run over its own output, nothing changes --------------------------------------
printf '"GET / HTTP/1.1" 404 12\n{"status":503,"size":1}\n"GET / HTTP/1.1" 0 0\n' >"$work/twice.log"
expect annotate-idempotent 0 '"GET / HTTP/1.1" 404 (Not Found) 12
{"status":503,"status_phrase":"Service Unavailable","size":1}
"GET / HTTP/1.1" 0 (No HTTP Response) 0
' '' -- sh -c "'$hs' annotate '$work/twice.log' | '$hs' annotate | '$hs' annotate"

# --- a carriage return inside a line: count and annotate read it alike ------------------------
expect annotate-carriage-returns 0 '"x" 404 (Not Found)\r\r
"x" 503\rabc
' '' -- sh -c "printf '\"x\" 404\\r\\r\\n\"x\" 503\\rabc\\n' | '$hs' annotate | sed 's/\\r/\\\\r/g'"
expect count-carriage-returns 0 'code	count	share	phrase
404	1	1.0000	Not Found
' '' -- sh -c "printf '\"x\" 404\\r\\r\\n\"x\" 503\\rabc\\n' | '$hs' count --tsv"

# --- a line over 64 KiB is judged by its first 64 KiB wherever the reads cut it ---------------
{ printf '1.2.3.4 "'; head -c 90000 /dev/zero | tr '\0' a; printf '" 404 1\n"r" 201 1\n'; } >"$work/long1.log"
{ i=0; while [ $i -lt 500 ]; do printf 'x%0199d\n' 0; i=$((i + 1)); done; cat "$work/long1.log"; } >"$work/long2.log"
for form in "'$work/long1.log'" "- < '$work/long1.log'" "'$work/long2.log'" "- < '$work/long2.log'"; do
	expect "count-long-line-[$form]" 0 '201	1	1.0000	Created
' '' -- sh -c "'$hs' count --tsv $form | sed 1d"
done

# --- a log mixing Common Log Format and JSON lines goes out in large writes -------------------
awk 'BEGIN { for (i = 0; i < 20000; i++) print (i % 2 ? "{\"status\":404}" : "\"GET / HTTP/1.1\" 200 1") }' \
	>"$work/mixed.log"
# (LeakSanitizer cannot run under strace: the sanitizer build does without it here.)
expect annotate-mixed-large-writes 0 'few writes
' '' -- sh -c "ASAN_OPTIONS=detect_leaks=0 strace -f -o '$work/mixed.strace' -e trace=write '$hs' annotate '$work/mixed.log' >/dev/null &&
	[ \$(grep -c 'write(1,' '$work/mixed.strace') -lt 20 ] && echo 'few writes'"

# --- a non-blocking stdin or stdout, inherited from the parent, is waited on -----------------
nonblocking() { # FD COMMAND...: runs COMMAND with O_NONBLOCK set on descriptor FD
	perl -MFcntl -e '$fd = shift; open(my $h, "+<&=", $fd) or die; fcntl($h, F_SETFL, fcntl($h, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV' "$@"
}
expect nonblocking-stdin 0 '"x" 404 (Not Found) 1
"x" 200 (OK) 1
' '' -- sh -c "$(declare -f nonblocking)
	{ printf '\"x\" 404 1\\n'; sleep 0.5; printf '\"x\" 200 1\\n'; } | nonblocking 0 '$hs' annotate"
# gzip's first byte alone, the second late: still told from plain text by both magic bytes.
printf '"x" 404 1\n' | gzip -cn >"$work/late-magic.gz"
expect nonblocking-stdin-gzip-first-byte-alone 0 '"x" 404 (Not Found) 1
' '' -- sh -c "$(declare -f nonblocking)
	{ head -c 1 '$work/late-magic.gz'; sleep 0.5; tail -c +2 '$work/late-magic.gz'; } | nonblocking 0 '$hs' annotate"
expect nonblocking-stdout 0 "$("$hs" annotate "$work/mixed.log" "$work/mixed.log" | wc -c)
" '' -- sh -c "$(declare -f nonblocking)
	nonblocking 1 '$hs' annotate '$work/mixed.log' '$work/mixed.log' | { sleep 0.5; wc -c; }"
# Every writer, not only annotate's: more than a pipe holds, through a
# non-blocking stdout, to a reader that starts late, gives the bytes and
# exit status of a blocking stdout.
yes 404 | head -n 8000 >"$work/codes404.txt"
nonblocking_agrees() { # NAME ARGUMENTS...
	local name=$1
	shift
	expect "nonblocking-stdout-$name" 0 'status 0, same bytes
' '' -- sh -c "$(declare -f nonblocking)
	{ nonblocking 1 '$hs' $* <'$work/codes404.txt' 2>&1; echo \$? >'$work/nonblocking.status'; } |
		{ sleep 0.5; cat >'$work/nonblocking.out'; }
	'$hs' $* <'$work/codes404.txt' | cmp -s - '$work/nonblocking.out' &&
		echo \"status \$(cat '$work/nonblocking.status'), same bytes\""
}
nonblocking_agrees explain explain 1xx 2xx 3xx 4xx 5xx
nonblocking_agrees stream-json --json -
nonblocking_agrees stream-tsv --tsv -
nonblocking_agrees stream-field -f phrase -
# stderr too: more messages than a pipe holds, through a non-blocking
# stderr, to a reader that starts late, all arrive, with a miss's status.
seq -f 'zz%g' 3000 >"$work/misses.txt"
expect nonblocking-stderr 0 'status 1, same bytes
' '' -- sh -c "$(declare -f nonblocking)
	{ nonblocking 2 '$hs' - <'$work/misses.txt' 2>&1 >/dev/null; echo \$? >'$work/nonblocking.status'; } |
		{ sleep 0.5; cat >'$work/nonblocking.err'; }
	'$hs' - <'$work/misses.txt' 2>&1 >/dev/null | cmp - '$work/nonblocking.err' &&
		echo \"status \$(cat '$work/nonblocking.status'), same bytes\""
# A regular file never refuses a write: annotate still sees that its output is its input.
printf '"x" 404 1\n' >"$work/self.log"
expect nonblocking-stdout-file-is-input 3 '' "httpstatus: $work/self.log: input file is output file
" -- sh -c "$(declare -f nonblocking)
	nonblocking 1 '$hs' annotate '$work/self.log' >>'$work/self.log'"
