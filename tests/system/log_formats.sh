# System tests for the log layouts of filters/log_layout.c (W3C, ALB, ELB,
# HAProxy, logfmt), compressed logs and the diagnostics of annotate and
# count. Sourced by run.sh, whose expect, $hs and $work it uses; the lines
# in inputs/ are shaped as the vendors document them.
inputs=$here/inputs

expect count-alb 0 '2  66.7%  200 OK
1  33.3%  502 Bad Gateway

2  66.7%  2xx Successful
1  33.3%  5xx Server Error
3 100.0%  total
' '' -- "$hs" count "$inputs/alb.log"
expect count-alb-target-column 0 '1  50.0%  200 OK
1  50.0%  404 Not Found

1  50.0%  2xx Successful
1  50.0%  4xx Client Error
2 100.0%  total
1         lines without a status code
' '' -- "$hs" count --column 10 "$inputs/alb.log"
expect count-elb 0 '1  50.0%  200 OK
1  50.0%  504 Gateway Timeout

1  50.0%  2xx Successful
1  50.0%  5xx Server Error
2 100.0%  total
' '' -- "$hs" count "$inputs/elb.log"
expect count-iis-substatus 0 '2  50.0%  404 Not Found
1  25.0%  200 OK
1  25.0%  500 Internal Server Error

IIS sub-statuses, counted in their codes above:
1         404.8 Request Filtering blocked a hidden URL segment (such as bin or App_Data)
1         404.13 Request Filtering blocked a body larger than maxAllowedContentLength
1         500.19 The configuration data (applicationHost.config or web.config) is invalid

1  25.0%  2xx Successful
2  50.0%  4xx Client Error
1  25.0%  5xx Server Error
4 100.0%  total
' '' -- "$hs" count "$inputs/iis.log"
expect count-iis-substatus-json 0 '{"lines":4,"with_code":4,"without_code":0,"codes":[{"code":404,"written":"404","count":2,"share":0.5000,"phrase":"Not Found"},{"code":200,"written":"200","count":1,"share":0.2500,"phrase":"OK"},{"code":500,"written":"500","count":1,"share":0.2500,"phrase":"Internal Server Error"}],"classes":[{"class":"2xx","class_name":"Successful","count":1,"share":0.2500},{"class":"4xx","class_name":"Client Error","count":2,"share":0.5000},{"class":"5xx","class_name":"Server Error","count":1,"share":0.2500}],"substatuses":[{"code":404,"substatus":8,"written":"404.8","count":1,"meaning":"Request Filtering blocked a hidden URL segment (such as bin or App_Data)"},{"code":404,"substatus":13,"written":"404.13","count":1,"meaning":"Request Filtering blocked a body larger than maxAllowedContentLength"},{"code":500,"substatus":19,"written":"500.19","count":1,"meaning":"The configuration data (applicationHost.config or web.config) is invalid"}]}
' '' -- "$hs" count --json "$inputs/iis.log"
expect count-cloudfront 0 '1  50.0%  200 OK
1  50.0%  403 Forbidden

1  50.0%  2xx Successful
1  50.0%  4xx Client Error
2 100.0%  total
' '' -- "$hs" count "$inputs/cloudfront.log"
expect count-haproxy 0 '1  50.0%  200 OK
1  50.0%  503 Service Unavailable

1  50.0%  2xx Successful
1  50.0%  5xx Server Error
2 100.0%  total
' '' -- "$hs" count "$inputs/haproxy.log"
expect count-logfmt-heroku 0 '1  50.0%  200 OK
1  50.0%  503 Service Unavailable

1  50.0%  2xx Successful
1  50.0%  5xx Server Error
2 100.0%  total
1         lines without a status code
' '' -- "$hs" count "$inputs/heroku.log"
expect count-log-format-mismatch 1 '0   0.0%  total
2         lines without a status code
' "httpstatus: $inputs/elb.log: 2 lines do not match --log-format alb
httpstatus: no status code in 2 lines (tried: AWS ALB, elb_status_code in field 9)
httpstatus: try --column N, --log-format NAME (clf, json, w3c, alb, elb, haproxy, logfmt), --key NAME, or zcat for compressed input
" -- "$hs" count --log-format alb "$inputs/elb.log"
expect count-log-format-named 0 '1  50.0%  200 OK
1  50.0%  503 Service Unavailable

1  50.0%  2xx Successful
1  50.0%  5xx Server Error
2 100.0%  total
1         lines without a status code
' "httpstatus: $inputs/heroku.log: 1 line does not match --log-format logfmt
" -- "$hs" count --log-format logfmt "$inputs/heroku.log"
expect count-log-format-bad 2 '' "httpstatus: invalid --log-format 'iis' (expected auto, clf, json, w3c, alb, elb, haproxy or logfmt)
$usage" -- "$hs" count --log-format iis "$inputs/iis.log"
expect count-fields-without-status 1 '0   0.0%  total
1         lines without a status code
' "httpstatus: stdin: a #Fields: line names no sc-status field
httpstatus: no status code in 1 line (tried: W3C extended, no sc-status in #Fields:)
httpstatus: try --column N, --log-format NAME (clf, json, w3c, alb, elb, haproxy, logfmt), --key NAME, or zcat for compressed input
" -- sh -c "printf \"#Fields: date time cs-method\\n2026-11-30 10:00:00 GET\\n\" | '$hs' count"
expect count-nothing-column 1 '0   0.0%  total
1         lines without a status code
' "httpstatus: no status code in 1 line (tried: field 2, from --column)
httpstatus: try --column N, --log-format NAME (clf, json, w3c, alb, elb, haproxy, logfmt), --key NAME, or zcat for compressed input
" -- sh -c "printf \"a b\\n\" | '$hs' count --column 2"

# --- compressed logs ---------------------------------------------------------------------------
# Told by the magic bytes, not the name: access.log.1 is gzip data.
gzip -cn "$inputs/alb.log" >"$work/access.log.1"
alb_count='2  66.7%  200 OK
1  33.3%  502 Bad Gateway

2  66.7%  2xx Successful
1  33.3%  5xx Server Error
3 100.0%  total
'
expect count-gzip 0 "$alb_count" '' -- "$hs" count "$work/access.log.1"
expect count-gzip-stdin 0 "$alb_count" '' -- sh -c "'$hs' count < '$work/access.log.1'"
# Two members one after the other, as cat a.gz b.gz makes them.
expect count-gzip-members 0 '4  66.7%  200 OK
2  33.3%  502 Bad Gateway

4  66.7%  2xx Successful
2  33.3%  5xx Server Error
6 100.0%  total
' '' -- sh -c "cat '$work/access.log.1' '$work/access.log.1' | '$hs' count"
printf '%s\n' '203.0.113.7 - - [30/Nov/2026:10:00:01 +0000] "GET / HTTP/1.1" 404 512' | gzip -cn >"$work/clf.gz"
expect annotate-gzip 0 '203.0.113.7 - - [30/Nov/2026:10:00:01 +0000] "GET / HTTP/1.1" 404 (Not Found) 512
' '' -- "$hs" annotate "$work/clf.gz"
# Without its 8-byte trailer the stream ends early; every line before the cut is counted.
gzip_size=$(wc -c <"$work/access.log.1")
head -c $((gzip_size - 8)) "$work/access.log.1" >"$work/truncated.gz"
expect count-gzip-truncated 3 "$alb_count" "httpstatus: $work/truncated.gz: compressed data ends early, truncated at byte $((gzip_size - 8))
" -- "$hs" count "$work/truncated.gz"
{ cat "$work/truncated.gz"; printf '\0\0\0\0\0\0\0\0'; } >"$work/corrupt.gz"
expect count-gzip-corrupt 3 "$alb_count" "httpstatus: $work/corrupt.gz: corrupt gzip data at byte $((gzip_size - 4)) (incorrect data check)
" -- "$hs" count "$work/corrupt.gz"
printf '\3757zXZ\0\0\4' >"$work/access.log.xz"
expect count-xz-refused 3 '0   0.0%  total
' "httpstatus: $work/access.log.xz: compressed data this tool does not read: try xzcat $work/access.log.xz | httpstatus ...
" -- "$hs" count "$work/access.log.xz"
