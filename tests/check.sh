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
