#!/usr/bin/env bash
# Feeds every token of tokens.tsv to every mode that reads a status code,
# and checks that each gives exactly the output its reading calls for: the
# argument and stdin forms and a response head (with --field code), a log
# line to annotate and to count, and a JSON log line to both.
#
# usage: tests/agreement/run.sh BINARY
set -u
hs=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ws=$' \t\r\v\f'

# check NAME EXPECTED-STATUS EXPECTED-STDOUT COMMAND...: stdout and status exact.
check() {
	local name=$1 status=$2 expected=$3 actual
	shift 3
	"$@" >"$work/out" 2>"$work/err"
	actual=$?
	printf '%s' "$expected" >"$work/expected"
	if [ "$actual" = "$status" ] && cmp -s "$work/expected" "$work/out"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAIL %s (exit %s, expected %s)\n' "$name" "$actual" "$status"
		diff "$work/expected" "$work/out" | head -n 10 | cat -A
	fi
}

# The token as a JSON string's contents.
json_escaped() {
	local text=$1
	text=${text//\\/\\\\}
	text=${text//\"/\\\"}
	text=${text//$'\t'/\\t}
	text=${text//$'\r'/\\r}
	text=${text//$'\f'/\\f}
	text=${text//$'\v'/\\u000b}
	printf '%s' "$text"
}

is_json_number() {
	[[ $1 =~ ^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$ ]]
}

while IFS=$'\t' read -r written reading phrase; do
	case $written in '#'* | '') continue ;; esac
	token=$(printf '%b.' "$written")
	token=${token%.}
	name="[$written]"
	lead=${token%%[!$ws]*}
	rest=${token#"$lead"}
	trail=${rest##*[!$ws]}
	core=${rest%"$trail"}
	printf '%s\n' "$token" >"$work/line.log"
	json="{\"status\":\"$(json_escaped "$token")\"}"
	printf '%s\n' "$json" >"$work/json.log"
	if [ "$reading" = none ]; then
		check "argument $name" 1 $'\n' "$hs" --field code -- "$token"
		check "stdin $name" 1 $'\n' sh -c '"$1" --field code - < "$2"' sh "$hs" "$work/line.log"
		check "head $name" 1 $'\n\n\n' sh -c 'printf "HTTP/1.1 %s X\r\n\r\n" "$2" | "$1" --field code' \
			sh "$hs" "$token"
		# No line held a code: annotate copies it, says why on stderr, and exits 1.
		check "annotate $name" 1 "$token"$'\n' "$hs" annotate "$work/line.log"
		check "count $name" 1 $'code\tcount\tshare\tphrase\n' "$hs" count --tsv "$work/line.log"
		check "annotate json $name" 1 "$json"$'\n' "$hs" annotate "$work/json.log"
		check "count json $name" 1 $'code\tcount\tshare\tphrase\n' "$hs" count --tsv "$work/json.log"
		if is_json_number "$token"; then
			printf '{"status":%s}\n' "$token" >"$work/number.log"
			check "annotate json number $name" 1 "{\"status\":$token}"$'\n' "$hs" annotate "$work/number.log"
		fi
		continue
	fi
	code=$(printf %03d "$((10#${reading}))")
	# A script gets one record a query, from the argument as from stdin, whatever the meanings.
	check "argument $name" 0 "$code"$'\n' "$hs" --field code -- "$token"
	check "stdin $name" 0 "$code"$'\n' sh -c '"$1" --field code - < "$2"' sh "$hs" "$work/line.log"
	check "head $name" 0 "$code"$'\n' sh -c 'printf "HTTP/1.1 %s X\r\n\r\n" "$2" | "$1" --field code' \
		sh "$hs" "$token"
	count_phrase=$phrase annotation=" ($phrase)" member=",\"status_phrase\":\"$phrase\""
	if [ "$phrase" = - ]; then
		count_phrase='' annotation='' member=''
	fi
	check "annotate $name" 0 "$lead$core$annotation$trail"$'\n' "$hs" annotate "$work/line.log"
	check "count $name" 0 $'code\tcount\tshare\tphrase\n'"$reading"$'\t1\t1.0000\t'"$count_phrase"$'\n' \
		"$hs" count --tsv "$work/line.log"
	check "annotate json $name" 0 "${json%\}}$member}"$'\n' "$hs" annotate "$work/json.log"
	check "count json $name" 0 $'code\tcount\tshare\tphrase\n'"$reading"$'\t1\t1.0000\t'"$count_phrase"$'\n' \
		"$hs" count --tsv "$work/json.log"
	# A JSON number too, where the token is one (404, 0, 404.13; not 000 or 0404).
	if is_json_number "$token"; then
		printf '{"status":%s}\n' "$token" >"$work/number.log"
		check "annotate json number $name" 0 "{\"status\":$token$member}"$'\n' "$hs" annotate "$work/number.log"
	fi
done <"$here/tokens.tsv"

printf 'agreement: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
