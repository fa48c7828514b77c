# The hostile tester's cases (issue 19), sourced by run.sh, whose expect()
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
expect stream-nul-inside 1 '' "httpstatus: no status code matches '404\\x00x'
" -- sh -c "printf '404\\000x' | '$hs' -"
# TERM=dumb on a terminal: no colour; another terminal still gets it.
if command -v script >/dev/null; then
	expect term-dumb-no-color 0 "${line404%$'\n'}"$'\r\n' '' -- script -qec "env TERM=dumb '$hs' 404" /dev/null
	expect term-xterm-color 0 $'\e[1;33m404 Not Found\e[0m - '"${line404#404 Not Found - }" '' -- \
		sh -c "script -qec \"env TERM=xterm '$hs' 404\" /dev/null | tr -d '\\r'"
fi
