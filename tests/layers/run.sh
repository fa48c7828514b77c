#!/bin/sh
# The layering rules, checked on the #include lines of src/ and gen/:
# arrows point one way (cli -> commands -> {filters, output} -> core ->
# compat; gen -> core), never up or sideways; only core/ includes the
# tables the generator writes; and no two modules (a .c and its .h)
# include each other, directly or round a longer loop.
#
# usage: tests/layers/run.sh
set -eu
cd "$(dirname "$0")/../.."

# The layers each may include besides its own.
allowed() {
	case $1 in
	cli) echo 'commands filters output core compat' ;;
	commands) echo 'filters output core compat' ;;
	filters | output) echo 'core compat' ;;
	core) echo 'compat' ;;
	gen) echo 'core compat' ;;
	*) echo '' ;;
	esac
}
generated='status_data.h status_names.c guides_data.c'
failures=0
edges=$(mktemp)
trap 'rm -f "$edges"' EXIT

fail() {
	echo "layers: $*" >&2
	failures=$((failures + 1))
}

for file in src/*/*.[ch] gen/*.[ch]; do
	dir=${file%/*}
	layer=${dir##*/}
	module=${file%.*}
	for include in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file"); do
		case $include in
		*/*) target=src/$include ;;
		*) target=$dir/$include ;;
		esac
		if [ ! -f "$target" ]; then
			case " $generated " in
			*" $include "*)
				[ "$layer" = core ] || fail "$file includes the generated $include: only core/ may"
				;;
			esac
			continue
		fi
		target_dir=${target%/*}
		target_layer=${target_dir##*/}
		if [ "$target_layer" != "$layer" ]; then
			case " $(allowed "$layer") " in
			*" $target_layer "*) ;;
			*) fail "$file includes $include: $layer/ may not include $target_layer/" ;;
			esac
		fi
		case $target in
		*.def) ;;
		*) [ "${target%.*}" = "$module" ] || echo "$module ${target%.*}" >>"$edges" ;;
		esac
	done
done
if ! tsort "$edges" >/dev/null 2>"$edges.loop"; then
	fail "an include loop: $(grep -v 'input contains a loop' "$edges.loop" | sed 's/^tsort: //' | tr '\n' ' ')"
fi
rm -f "$edges.loop"
[ "$failures" -eq 0 ] || exit 1
echo "layers: $(wc -l <"$edges") include arrows, all pointing down, no loop"
