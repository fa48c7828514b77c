# System tests for logs and HTTP traffic as input: response
# heads on stdin, JSON lines in annotate, and count. Sourced by run.sh,
# whose expect, $hs and $work it uses; the inputs are in inputs/.
inputs=$here/inputs
ok200='200 OK - The request succeeded; what the content holds depends on the request method'

# --- response heads on stdin ---------------------------------------------------------------
expect heads-curl-IL-crlf 0 "301 Moved Permanently -> https://example.com/
302 Found -> https://example.com/start
$ok200
" '' -- sh -c "'$hs' < '$inputs/curl-IL-crlf.txt'"
expect heads-no-blank-line-http10 0 '404 Not Found -> /elsewhere
' '' -- sh -c "'$hs' < '$inputs/head-no-blank-line.txt'"
expect heads-curl-si-interim-and-body 0 '100 Continue - The request header section was accepted; the client may now send the content
201 Created -> /items/7
404 Not Found - No current representation of the resource exists, or the server won'"'"'t say
' '' -- sh -c "'$hs' - < '$inputs/curl-si.txt'"
expect heads-curl-v 0 "308 Permanent Redirect -> https://example.com/
$ok200
" '' -- sh -c "'$hs' < '$inputs/curl-v.txt'"
expect heads-http2-trailing-space 0 '404 Not Found - No current representation of the resource exists, or the server won'"'"'t say
' '' -- sh -c "printf 'HTTP/2 404 \\r\\n' | '$hs'"
expect heads-http3-lf 0 '503 Service Unavailable -> /retry
' '' -- sh -c "printf 'HTTP/3 503\\nlocation: /retry\\n' | '$hs'"
expect heads-unregistered-code 0 '298 - not a registered code; a client treats it as 200 OK (RFC 9110, Section 15)
' '' -- sh -c "printf 'HTTP/1.1 298 Fine\\r\\n\\r\\n' | '$hs'"
expect heads-json 0 '301 https://example.com/ HTTP/1.1 301 Moved Permanently 1.1
302 https://example.com/start HTTP/2 302  2
200 null HTTP/3 200  3
' '' -- sh -c "'$hs' --json < '$inputs/curl-IL-crlf.txt' | sed 's/^{\"code\":\\([0-9]*\\),.*\"response\":{\"status_line\":\"\\([^\"]*\\)\",\"version\":\"\\([^\"]*\\)\",\"location\":\"*\\([^\"]*\\)\"*}}\$/\\1 \\4 \\2 \\3/'"
expect heads-tsv-field 0 'Moved Permanently
Found
OK
' '' -- sh -c "'$hs' --field phrase < '$inputs/curl-IL-crlf.txt'"
# Not heads: the status line is not the first line, so each line's queries are read as
# the operands are: the status line is one query.
expect heads-not-first-line 1 "x - no status code matches
$ok200
" "httpstatus: no status code matches 'x'
" -- sh -c "printf 'x\\nHTTP/1.1 200 OK\\n' | '$hs'"

# --- JSON lines in annotate --------------------------------------------------------------------
expect annotate-json-log 0 '{"level":"info","ts":1700000000.5,"logger":"http.log.access","request":{"method":"GET","uri":"/a?q=\"x\"","headers":{"User-Agent":["curl/8"]}},"status":404,"status_phrase":"Not Found","size":12}
{"time":"2024-01-01T00:00:00+00:00","request":"GET /b HTTP/1.1","status": "503","status_phrase":"Service Unavailable","body_bytes_sent":"0"}
{"ClientHost":"10.0.0.2","DownstreamStatus":302,"status_phrase":"Found","OriginStatus":302}
{"httpRequest":{"requestMethod":"GET","status":429,"status_phrase":"Too Many Requests"},"severity":"INFO"}
{"msg":"started \"worker\"","status":"ok"}
{"status":200,"truncated":
not json at all
{"sc-status":"000","status_phrase":"No HTTP Response","cs-method":"GET"}
' '' -- "$hs" annotate "$inputs/json.log"
expect annotate-json-nested-key-crlf 0 "$(printf '{"response":{"status":"410","status_phrase":"Gone"},"status":200}\r\n{"response":{"status":201,"status_phrase":"Created"}}\n{"response":{}}\n' | od -c)
" '' -- sh -c "'$hs' annotate --key response.status < '$inputs/json-nested.log' | od -c"
expect annotate-json-no-newline 0 '{"status":301,"status_phrase":"Moved Permanently"}' '' -- sh -c "printf '{\"status\":301}' | '$hs' annotate"
expect annotate-json-mixed 0 '"a" 404 (Not Found) 1
{"status":"404","status_phrase":"Not Found"}
"b" 200 (OK) 2
' '' -- sh -c "printf '\"a\" 404 1\\n{\"status\":\"404\"}\\n\"b\" 200 2\\n' | '$hs' annotate"
expect annotate-bad-key 2 '' "httpstatus: invalid --key 'a..b' (expected a member name, dotted for nesting: response.status)
$try_help" -- "$hs" annotate --key a..b
expect key-elsewhere 2 '' "httpstatus: --key applies to annotate and count only
$try_help" -- "$hs" --key status 404

# --- count -------------------------------------------------------------------------------------
expect count-mixed 0 '3  42.9%  200 OK
2  28.6%  404 Not Found
1  14.3%  0   No HTTP Response
1  14.3%  500 Internal Server Error

3  42.9%  2xx Successful
2  28.6%  4xx Client Error
1  14.3%  5xx Server Error
1  14.3%  Invalid (outside 100-599)
7 100.0%  total
1         lines without a status code
' '' -- "$hs" count "$inputs/mixed.log"
expect count-json-log-stdin 0 'code	count	share	phrase
000	1	0.2000	No HTTP Response
302	1	0.2000	Found
404	1	0.2000	Not Found
429	1	0.2000	Too Many Requests
503	1	0.2000	Service Unavailable
' '' -- sh -c "'$hs' count --tsv < '$inputs/json.log'"
expect count-json 0 '{"lines":3,"with_code":2,"without_code":1,"codes":[{"code":201,"written":"201","count":1,"share":0.5000,"phrase":"Created"},{"code":410,"written":"410","count":1,"share":0.5000,"phrase":"Gone"}],"classes":[{"class":"2xx","class_name":"Successful","count":1,"share":0.5000},{"class":"4xx","class_name":"Client Error","count":1,"share":0.5000}]}
' '' -- "$hs" count --json --key response.status "$inputs/json-nested.log"
# --column N names the log field; --field N is the same, kept for compatibility.
for option in field column; do
	expect count-$option 0 '2  66.7%  404 Not Found
1  33.3%  301 Moved Permanently

1  33.3%  3xx Redirection
2  66.7%  4xx Client Error
3 100.0%  total
' '' -- sh -c "printf 'a 404\\nb 301\\nc 404\\n' | '$hs' count --$option 2"
done
expect count-nothing 1 '0   0.0%  total
1         lines without a status code
' 'httpstatus: no status code in 1 line (tried: Common Log Format, JSON lines, one code per line)
httpstatus: try --column N, --log-format NAME (clf, json, w3c, alb, elb, haproxy, logfmt), --key NAME, or zcat for compressed input
' -- sh -c "printf 'nothing here\\n' | '$hs' count"
expect count-missing-file 3 '1 100.0%  200 OK

1 100.0%  2xx Successful
1 100.0%  total
' "httpstatus: $work/nope: No such file or directory
" -- sh -c "printf '200\\n' | '$hs' count '$work/nope' -"
expect count-bad-field 2 '' "httpstatus: invalid --field 'x' for count (expected a field number from 1 to 1000)
$try_help" -- "$hs" count --field x
# Unlike --field, --column is no field name, so --json, --tsv and -q combine with it.
expect count-column-json 0 '{"lines":2,"with_code":1,"without_code":1,"codes":[{"code":301,"written":"301","count":1,"share":1.0000,"phrase":"Moved Permanently"}],"classes":[{"class":"3xx","class_name":"Redirection","count":1,"share":1.0000}]}
' '' -- sh -c "printf 'a 301\\nb x\\n' | '$hs' count --json --column=2"
expect count-column-quiet 1 '' '' -- sh -c "printf 'a b\\n' | '$hs' count -q --column 2"
expect count-field-with-json 2 '' "httpstatus: --field and --format=json or tsv may not be combined
$try_help" -- "$hs" count --json --field 2
for bad in 0 -1 abc 99999999999; do
	expect "count-bad-column-[$bad]" 2 '' "httpstatus: invalid --column '$bad' for count (expected a field number from 1 to 1000)
$try_help" -- "$hs" count --column "$bad"
done
expect count-terminal-bars 0 "$(printf '2  66.7%%  404 Not Found          ###########################\r\n1  33.3%%  301 Moved Permanently  ##############\r\n\r\n1  33.3%%  3xx Redirection\r\n2  66.7%%  4xx Client Error\r\n3 100.0%%  total\r')
" '' \
	-- sh -c "printf '404\\n301\\n404\\n' > '$work/codes'; COLUMNS=60 script -qec \"'$hs' count --color=never '$work/codes'\" /dev/null"
# A code far rarer than the most frequent still gets a mark.
expect count-terminal-bar-least 0 "$(printf '%s\r\n' \
	' 99  99.0%  200 OK                     #####################' \
	'  1   1.0%  500 Internal Server Error  #' \
	'' \
	' 99  99.0%  2xx Successful' \
	'  1   1.0%  5xx Server Error' \
	'100 100.0%  total')
" '' -- sh -c "awk 'BEGIN { for (i = 0; i < 99; i++) print 200; print 500 }' >'$work/least'; COLUMNS=60 script -qec \"'$hs' count --color=never '$work/least'\" /dev/null"
