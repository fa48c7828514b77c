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
$try_help" -- "$hs" count --log-format iis "$inputs/iis.log"
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

# --- annotate: the layouts, and --at-end ----------------------------------------------------------
expect annotate-alb 0 'http 2026-11-30T10:00:01.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 (OK) 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 2026-11-30T10:00:01.181000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-"
https 2026-11-30T10:00:42.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.086 0.048 0.037 502 (Bad Gateway) - 0 57 "GET https://www.example.com:443/api HTTP/1.1" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "www.example.com" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 1 2026-11-30T10:00:42.138000Z "forward" "-" "-" "10.0.0.1:80" "-" "-" "-"
h2 2026-11-30T10:01:07.186641Z app/my-loadbalancer/50dc6c495c0c9188 10.0.1.252:48160 10.0.0.66:9000 0.000 0.002 0.000 200 (OK) 404 5 257 "GET https://10.0.2.105:773/missing HTTP/2.0" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337327-72bd00b0343d75b906739c42" "-" "-" 1 2026-11-30T10:01:07.180000Z "redirect" "https://example.com:80/" "-" "10.0.0.66:9000" "404" "-" "-"
' '' -- "$hs" annotate "$inputs/alb.log"
expect annotate-elb 0 '2026-11-30T10:00:03.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 200 (OK) 200 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -
2026-11-30T10:00:04.945958Z my-loadbalancer 192.168.131.39:2818 10.0.0.1:80 -1 -1 -1 504 (Gateway Timeout) 0 0 0 "GET http://www.example.com:80/slow HTTP/1.1" "curl/7.38.0" - -
' '' -- "$hs" annotate "$inputs/elb.log"
expect annotate-cloudfront 0 '#Version: 1.0
#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken
2026-11-30	10:00:05	SEA19-C1	3101	192.0.2.100	GET	d111111abcdef8.cloudfront.net	/index.html	200 (OK)	-	Mozilla/5.0%20(Windows%20NT%2010.0)	-	-	Hit	SOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==	d111111abcdef8.cloudfront.net	https	23	0.001
2026-11-30	10:00:06	SEA19-C1	0	192.0.2.200	GET	d111111abcdef8.cloudfront.net	/private.html	403 (Forbidden)	-	curl/8.5.0	-	-	Error	k6WGMNkEzR5BEM_SaF47gjtX9zBDO2m349OY2an0QPEaUum1ZOLrow==	d111111abcdef8.cloudfront.net	https	23	0.000
' '' -- "$hs" annotate "$inputs/cloudfront.log"
expect annotate-haproxy 0 'Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317 [06/Feb/2026:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 (OK) 2750 - - ---- 1/1/1/1/0 0/0 {1wt.eu} {} "GET /index.html HTTP/1.1"
Feb  6 12:14:15 localhost haproxy[14389]: 10.0.1.2:33318 [06/Feb/2026:12:14:15.012] http-in static/<NOSRV> -1/-1/-1/-1/0 503 (Service Unavailable) 212 - - SC-- 0/0/0/0/0 0/0 {1wt.eu} {} "GET /down HTTP/1.1"
' '' -- "$hs" annotate "$inputs/haproxy.log"
expect annotate-logfmt 0 '2026-11-30T10:00:04.515030+00:00 heroku[router]: at=info method=GET path="/" host=myapp.herokuapp.com request_id=d7c85cc2-b289-4443-8c1d-2327066d6a3e fwd="204.204.204.204" dyno=web.1 connect=1ms service=18ms status=200 status_phrase="OK" bytes=153 protocol=https
2026-11-30T10:00:35.112233+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/slow" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=0ms service=30000ms status=503 status_phrase="Service Unavailable" bytes=0 protocol=https
2026-11-30T10:00:35.200000+00:00 app[web.1]: Completed 200 OK in 12ms
' '' -- "$hs" annotate "$inputs/heroku.log"
expect annotate-at-end-logfmt 0 '2026-11-30T10:00:04.515030+00:00 heroku[router]: at=info method=GET path="/" host=myapp.herokuapp.com request_id=d7c85cc2-b289-4443-8c1d-2327066d6a3e fwd="204.204.204.204" dyno=web.1 connect=1ms service=18ms status=200 bytes=153 protocol=https status_phrase="OK"
2026-11-30T10:00:35.112233+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/slow" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 protocol=https status_phrase="Service Unavailable"
2026-11-30T10:00:35.200000+00:00 app[web.1]: Completed 200 OK in 12ms
' '' -- "$hs" annotate --at-end "$inputs/heroku.log"
expect annotate-at-end-clf-json 0 '1.2.3.4 - - [30/Nov/2026:10:00:01 +0000] "GET /a HTTP/1.1" 404 512 "-" "curl/8.5.0" "Not Found"
{"status":503,"status_phrase":"Service Unavailable","uri":"/b"}
1.2.3.4 - - [30/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 301 0 "-" "curl/8.5.0" "Moved Permanently"
' '' -- sh -c "printf \"%s\\n\" '1.2.3.4 - - [30/Nov/2026:10:00:01 +0000] \"GET /a HTTP/1.1\" 404 512 \"-\" \"curl/8.5.0\"' '{\"status\":503,\"uri\":\"/b\"}' '1.2.3.4 - - [30/Nov/2026:10:00:02 +0000] \"GET /c HTTP/1.1\" 301 0 \"-\" \"curl/8.5.0\"' | '$hs' annotate --at-end"
expect annotate-at-end-keeps-fields 0 '512 "curl/8.5.0"
18 "Mozilla/5.0"
' '' -- sh -c "printf \"%s\\n\" '1.2.3.4 - - [30/Nov/2026:10:00:01 +0000] \"GET /a HTTP/1.1\" 404 512 \"-\" \"curl/8.5.0\"' '5.6.7.8 - bob [30/Nov/2026:10:00:02 +0000] \"POST /login HTTP/1.1\" 429 18 \"-\" \"Mozilla/5.0\"' | '$hs' annotate --at-end | awk '{print \$10, \$12}'"
expect annotate-nothing 1 'no code here
' "httpstatus: no status code in any line (tried: Common Log Format, JSON lines, one code per line)
httpstatus: try --column N, --log-format NAME (clf, json, w3c, alb, elb, haproxy, logfmt), --key NAME, or zcat for compressed input
" -- sh -c "printf \"no code here\\n\" | '$hs' annotate"
expect annotate-nothing-quiet 1 '' '' -- sh -c "printf \"no code here\\n\" | '$hs' annotate -q"
expect annotate-log-format-mismatch 1 '2026-11-30T10:00:03.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 200 200 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -
2026-11-30T10:00:04.945958Z my-loadbalancer 192.168.131.39:2818 10.0.0.1:80 -1 -1 -1 504 0 0 0 "GET http://www.example.com:80/slow HTTP/1.1" "curl/7.38.0" - -
' "httpstatus: $inputs/elb.log: 2 lines do not match --log-format haproxy
httpstatus: no status code in any line (tried: HAProxy HTTP log, the field after the timers)
httpstatus: try --column N, --log-format NAME (clf, json, w3c, alb, elb, haproxy, logfmt), --key NAME, or zcat for compressed input
" -- "$hs" annotate --log-format haproxy "$inputs/elb.log"
expect annotate-iis-substatus 0 '#Software: Microsoft Internet Information Services 10.0[CR]
#Version: 1.0[CR]
#Date: 2026-11-30 10:00:00[CR]
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken[CR]
2026-11-30 10:00:01 10.0.0.5 POST /upload - 443 - 203.0.113.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 404 (Not Found; 404.13 Request Filtering blocked a body larger than maxAllowedContentLength) 13 0 15[CR]
2026-11-30 10:00:02 10.0.0.5 GET /default.htm - 443 - 203.0.113.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 (OK) 0 0 3[CR]
2026-11-30 10:00:03 10.0.0.5 GET /web.config - 443 - 203.0.113.9 curl/8.5.0 - 404 (Not Found; 404.8 Request Filtering blocked a hidden URL segment (such as bin or App_Data)) 8 0 1[CR]
2026-11-30 10:00:04 10.0.0.5 GET /app - 443 - 203.0.113.9 curl/8.5.0 - 500 (Internal Server Error; 500.19 The configuration data (applicationHost.config or web.config) is invalid) 19 13 2[CR]
' '' -- sh -c "'$hs' annotate '$inputs/iis.log' | sed \"s/\\r\\\$/[CR]/\""
expect annotate-at-end-iis 0 '#Software: Microsoft Internet Information Services 10.0[CR]
#Version: 1.0[CR]
#Date: 2026-11-30 10:00:00[CR]
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken[CR]
2026-11-30 10:00:01 10.0.0.5 POST /upload - 443 - 203.0.113.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 404 13 0 15 "Not Found; 404.13 Request Filtering blocked a body larger than maxAllowedContentLength"[CR]
2026-11-30 10:00:02 10.0.0.5 GET /default.htm - 443 - 203.0.113.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 3 "OK"[CR]
2026-11-30 10:00:03 10.0.0.5 GET /web.config - 443 - 203.0.113.9 curl/8.5.0 - 404 8 0 1 "Not Found; 404.8 Request Filtering blocked a hidden URL segment (such as bin or App_Data)"[CR]
2026-11-30 10:00:04 10.0.0.5 GET /app - 443 - 203.0.113.9 curl/8.5.0 - 500 19 13 2 "Internal Server Error; 500.19 The configuration data (applicationHost.config or web.config) is invalid"[CR]
' '' -- sh -c "'$hs' annotate --at-end '$inputs/iis.log' | sed \"s/\\r\\\$/[CR]/\""

# --- count --every -------------------------------------------------------------------------------
expect count-every-alb 0 'start                  total    1xx    2xx    3xx    4xx    5xx  other no code
2026-11-30T10:00:00Z       1      0      1      0      0      0      0       0
2026-11-30T10:00:30Z       1      0      0      0      0      1      0       0
2026-11-30T10:01:00Z       1      0      1      0      0      0      0       0
' '' -- "$hs" count --every 30s "$inputs/alb.log"
expect count-every-w3c-codes 0 'start                  total    1xx    2xx    3xx    4xx    5xx  other no code
2026-11-30T10:00:00Z       4      0      1      0      2      1      0       0  404:2 200:1 500:1
' '' -- "$hs" count --every 1m --codes "$inputs/iis.log"
expect count-every-json 0 '{"start":"2026-11-30T10:00:00Z","seconds":60,"total":2,"classes":{"1xx":0,"2xx":1,"3xx":0,"4xx":0,"5xx":1,"other":0},"without_code":0,"codes":{"200":1,"502":1}}
{"start":"2026-11-30T10:01:00Z","seconds":60,"total":3,"classes":{"1xx":0,"2xx":2,"3xx":0,"4xx":0,"5xx":1,"other":0},"without_code":0,"codes":{"200":2,"503":1}}
' '' -- "$hs" count --every 1m --json --codes "$inputs/alb.log" "$inputs/haproxy.log"
expect count-every-tsv 0 'start	seconds	total	1xx	2xx	3xx	4xx	5xx	other	without_code
2026-11-30T10:00:00Z	3600	6	0	3	0	1	2	0	1
' '' -- "$hs" count --every 1h --tsv "$inputs/heroku.log" "$inputs/elb.log" "$inputs/cloudfront.log"
expect count-every-clf-zones-and-gap 0 'start                  total    1xx    2xx    3xx    4xx    5xx  other no code
2026-11-30T10:00:00Z       1      0      1      0      0      0      0       0
2026-11-30T10:01:00Z       0      0      0      0      0      0      0       0
2026-11-30T10:02:00Z       0      0      0      0      0      0      0       0
2026-11-30T10:03:00Z       1      0      0      0      0      1      0       0
1 line without a timestamp, in no row
' '' -- sh -c "printf \"%s\\n\" '1.2.3.4 - - [30/Nov/2026:11:00:01 +0100] \"GET / HTTP/1.1\" 200 1' 'no timestamp 404' '1.2.3.4 - - [30/Nov/2026:10:03:01 +0000] \"GET / HTTP/1.1\" 503 1' | '$hs' count --every 1m"
# On a terminal each row ends with a bar of its classes, 20 marks, each class present one at least.
awk 'BEGIN {
	line = "1.2.3.4 - - [30/Nov/2026:10:%s:01 +0000] \"GET / HTTP/1.1\" %s 1\n"
	for (i = 0; i < 99; i++) printf line, "00", 200
	printf line, "00", 500
	printf line, "01", 200; printf line, "01", 301; printf line, "01", 404
	printf line, "03", 101; printf line, "03", "000"
}' >"$work/every.log"
if script -qec true /dev/null >/dev/null 2>&1; then
	expect count-every-terminal-bars 0 "$(printf '%s\r\n' \
		'start                  total    1xx    2xx    3xx    4xx    5xx  other no code' \
		'2026-11-30T10:00:00Z     100      0     99      0      0      1      0       0  ===================#' \
		'2026-11-30T10:01:00Z       3      0      1      1      1      0      0       0  =======~~~~~~+++++++' \
		'2026-11-30T10:02:00Z       0      0      0      0      0      0      0       0' \
		'2026-11-30T10:03:00Z       2      1      0      0      0      0      1       0  ..........??????????')
" '' -- script -qec "'$hs' count --every 1m --color=never '$work/every.log'" /dev/null
	expect count-every-terminal-bar-colors 0 $'2026-11-30T10:00:00Z     100      0     99      0      0      1      0       0  \e[1;32m===================\e[0m\e[1;31m#\e[0m\r
' '' -- sh -c "script -qec \"'$hs' count --every 1m --color=always '$work/every.log'\" /dev/null | sed -n 2p"
else
	skip "count-every-terminal-bars: needs util-linux's script"
fi
expect count-every-bad 2 '' "httpstatus: invalid --every '5x' (expected a number and s, m, h or d: 30s, 1m, 1h, 1d)
$try_help" -- "$hs" count --every 5x "$inputs/alb.log"
expect count-codes-without-every 2 '' "httpstatus: --codes applies to count --every only
$try_help" -- "$hs" count --codes "$inputs/alb.log"
# Each row is written when a later line closes its bucket, before the input ends: tail -f.
expect count-every-live 0 'start                  total    1xx    2xx    3xx    4xx    5xx  other no code
2026-11-30T10:00:00Z       1      0      0      0      0      1      0       0
' '' -- bash -c 'coproc counting { "$1" count --every 1m; }
printf "%s\n" "1.2.3.4 - - [30/Nov/2026:10:00:01 +0000] \"GET / HTTP/1.1\" 502 0" "1.2.3.4 - - [30/Nov/2026:10:01:05 +0000] \"GET / HTTP/1.1\" 200 0" >&"${counting[1]}"
IFS= read -r -t 60 header <&"${counting[0]}" && IFS= read -r -t 60 row <&"${counting[0]}" && printf "%s\n%s\n" "$header" "$row"
status=$?
exec {counting[1]}>&-
wait
exit $status' _ "$hs"
# The example: --column 12 on IIS, its #Fields: lines no log lines, 404 and 13 counted as 404.13 too.
expect count-iis-column-12 0 '2  50.0%  404 Not Found
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
' '' -- "$hs" count --column 12 "$inputs/iis.log"
# Annotating annotate's output changes nothing, in every layout and with --at-end.
for log in alb elb iis cloudfront haproxy heroku; do
	for at_end in '' --at-end; do
		expect "annotate-twice-$log${at_end:+-at-end}" 0 'same
' '' -- sh -c "'$hs' annotate $at_end '$inputs/$log.log' >'$work/once' && '$hs' annotate $at_end '$work/once' >'$work/twice' && cmp '$work/once' '$work/twice' && echo same"
	done
done
