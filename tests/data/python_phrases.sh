#!/usr/bin/env bash
# Compares every registered code's phrase with Python's http.HTTPStatus and
# fails on any difference not listed below with its reason. Skipped (and
# said so) where python3 is not installed, a failure under REQUIRE_ALL=1.
#
# usage: tests/data/python_phrases.sh BINARY
set -u
binary=$1

if ! command -v python3 >/dev/null 2>&1; then
	echo "python_phrases: python3 not installed; skipped"
	echo "0 passed, 0 failed, 1 skipped"
	[ "${REQUIRE_ALL:-}" != 1 ]
	exit
fi

# code|our phrase|Python's phrase|why they differ
accepted='
413|Content Too Large|Request Entity Too Large|Python before 3.13 keeps the RFC 2616 name; RFC 9110 renamed it
414|URI Too Long|Request-URI Too Long|Python before 3.13 keeps the RFC 2616 name; RFC 7231 renamed it
416|Range Not Satisfiable|Requested Range Not Satisfiable|Python before 3.13 keeps the RFC 2616 name; RFC 7233 renamed it
418|(Unused)|I'"'"'m a Teapot|RFC 9110 reserves 418 as unused; Python keeps the RFC 2324 joke phrase
422|Unprocessable Content|Unprocessable Entity|Python before 3.13 keeps the WebDAV name; RFC 9110 renamed it
'

"$binary" list | python3 -c '
import http, sys
accepted = {}
for line in sys.argv[1].strip().splitlines():
    code, ours, theirs, why = line.split("|")
    accepted[(int(code), ours, theirs)] = why
python = {status.value: status.phrase for status in http.HTTPStatus}
passed = failed = 0
for line in sys.stdin:
    code, phrase = line.rstrip("\n").split(" ", 1)
    code = int(code)
    if code not in python:
        print(f"note {code} {phrase}: not in Python {sys.version.split()[0]}")
        continue
    theirs = python[code]
    if theirs == phrase or (code, phrase, theirs) in accepted:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {code}: ours {phrase!r}, Python {theirs!r}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
' "$accepted"
