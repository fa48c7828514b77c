# Sourced by the shell test scripts that compare a text with what it
# should be: check NAME EXPECTED ACTUAL counts a pass, or prints both texts
# and counts a failure, in the caller's passed and failed.
check() { # name expected actual
	if [ "$2" = "$3" ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAIL %s\n--- expected\n%s\n--- actual\n%s\n' "$1" "$2" "$3"
	fi
}

# skip WHAT: a part that cannot run here (a tool is missing) is reported as
# skipped, in the caller's skipped; with REQUIRE_ALL=1 (CI) it fails instead,
# so that a green run has run everything.
skip() {
	if [ "${REQUIRE_ALL:-}" = 1 ]; then
		failed=$((failed + 1))
		printf 'FAIL %s (REQUIRE_ALL=1: nothing may be skipped)\n' "$1"
	else
		skipped=$((skipped + 1))
		printf 'skip %s\n' "$1"
	fi
}
