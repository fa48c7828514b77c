# What a server or a parent process controls: bytes that must not steer the
# terminal or break the JSON, and closed standard descriptors. Sourced by
# run.sh, whose expect, $hs and $work it uses.

# --- a server's Location and status line --------------------------------------------------
# C1 controls (U+009B is CSI, also as the raw byte 0x9B), a bidi override and
# a C0 control are written as \xNN, as in messages; the URL is never cut.
expect heads-location-quoted 0 '301 Moved Permanently -> /a\xC2\x9B31mRED\xE2\x80\xAEevil\x9B2J\x01b
' '' -- sh -c "printf 'HTTP/1.1 301 Moved\\r\\nLocation: /a\\302\\23331mRED\\342\\200\\256evil\\2332J\\001b\\r\\n\\r\\n' | '$hs'"
expect heads-location-long-quoted 0 "301 Moved Permanently -> /$(printf '%0300d' 0)\\xE9
" '' -- sh -c "printf 'HTTP/1.1 301 Moved\\r\\nLocation: /%0300d\\351\\r\\n\\r\\n' 0 | '$hs'"
# JSON strings are UTF-8 whatever the server sent: a byte that is not
# becomes U+FFFD, as in a stream miss.
expect heads-json-utf8 0 '"status_line":"HTTP/1.1 301 Moved\ufffd","version":"1.1","location":"/caf\ufffd\u009b"}}
' '' -- sh -c "printf 'HTTP/1.1 301 Moved\\351\\r\\nLocation: /caf\\351\\302\\233\\r\\n\\r\\n' | '$hs' --json | sed 's/.*\"response\":{//'"
expect given-phrase-json-utf8 0 '"given_phrase":"caf\ufffd","phrase_matches":false}
"given_phrase":"Not\u009b31mFound","phrase_matches":false}
' '' -- sh -c "'$hs' --json 'HTTP/1.1 200 caf$(printf '\351')' | sed 's/.*\"given_phrase\"/\"given_phrase\"/'
	'$hs' --json '404 Not$(printf '\302\233')31mFound' | sed 's/.*\"given_phrase\"/\"given_phrase\"/'"

# --- closed standard descriptors ------------------------------------------------------------
# A closed stdout is a write error, never a file opened in its place (which
# annotate took for its own output); a closed stdin is a read error.
printf '"a" 404\n' >"$work/a.log"
expect annotate-stdout-closed 3 '' 'httpstatus: write error: Bad file descriptor
' -- sh -c "'$hs' annotate '$work/a.log' >&-"
expect annotate-stdin-closed 3 '"a" 404 (Not Found)
' 'httpstatus: stdin: Bad file descriptor
' -- sh -c "'$hs' annotate '$work/a.log' - <&-"
expect stream-stdin-closed 3 '' 'httpstatus: stdin: Bad file descriptor
' -- sh -c "'$hs' - <&-"
expect lookup-stdout-closed 3 '' 'httpstatus: write error: Bad file descriptor
' -- sh -c "'$hs' 404 >&-"
# With no /dev/null for --quiet (an empty read-only /dev in a user namespace),
# the failure is the system's, exit status 3, not "nothing found". Where user
# namespaces are not allowed (a kernel setting, not a missing tool), or under
# valgrind, which needs /dev itself, the case is left out.
if [ "${VALGRIND:-}" != 1 ] && unshare -rm sh -c 'mount -t tmpfs -o ro none /dev' 2>/dev/null; then
	expect quiet-no-dev-null 3 '' 'httpstatus: cannot set up --quiet: /dev/null: Read-only file system
' -- unshare -rm sh -c "mount -t tmpfs -o ro none /dev && exec '$hs' -q 404"
	# Nor can a closed stdout be held then: that is said, not passed over.
	expect stdout-closed-no-dev-null 3 '' 'httpstatus: /dev/null: No such file or directory
' -- unshare -rm sh -c "mount -t tmpfs -o ro none /dev && exec '$hs' 404 >&-"
fi
untrusted_done=1
