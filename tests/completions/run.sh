#!/usr/bin/env bash
# Runs each completion script in its real shell and asserts the candidates
# for several partial command lines. A shell that is not installed is
# reported as skipped (make deps installs all three), a failure under
# REQUIRE_ALL=1.
#
# usage: tests/completions/run.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The scripts run "httpstatus": make it the binary under test.
mkdir "$work/bin"
ln -s "$binary" "$work/bin/httpstatus"
export PATH="$work/bin:$PATH"
passed=0 failed=0 skipped=0

. "$top/tests/check.sh"

bash_complete() { # the command line, completed at its end
	bash -c '
		[ -r /usr/share/bash-completion/bash_completion ] && . /usr/share/bash-completion/bash_completion
		. "$1/completions/httpstatus.bash"
		COMP_LINE=$2 COMP_POINT=${#2}
		_httpstatus
		printf "%s\n" "${COMPREPLY[@]}"' _ "$top" "$1" | head -n 6
}

# The candidates, then the options the script set with compopt (a stand-in
# records them: the real one works only inside a completion).
bash_complete_options() { # the command line, completed at its end
	bash -c '
		[ -r /usr/share/bash-completion/bash_completion ] && . /usr/share/bash-completion/bash_completion
		. "$1/completions/httpstatus.bash"
		record=$3
		compopt() { printf "compopt %s\n" "$*" >>"$record"; }
		COMP_LINE=$2 COMP_POINT=${#2}
		_httpstatus
		printf "%s\n" "${COMPREPLY[@]}"
		cat "$3" 2>/dev/null' _ "$top" "$1" "$work/compopt.$RANDOM"
}

zsh_complete() { # words after httpstatus; the last is being completed
	zsh -c '
		_describe() { local -a list; list=("${(@P)${@[-1]}}"); printf "%s\n" $list }
		_files() { print -r -- "(files)" }
		source "$1/completions/_httpstatus" >/dev/null 2>&1
		words=(httpstatus "${@[2,-1]}") CURRENT=$#
		_httpstatus' _ "$top" "$@" | head -n 6
}

fish_complete() { # the command line, completed at its end
	fish -c 'source $argv[1]/completions/httpstatus.fish; complete -C"$argv[2]"' "$top" "$1" | head -n 6
}

if command -v bash >/dev/null && [ -r /usr/share/bash-completion/bash_completion ]; then
	check bash-subcommand 'explain' "$(bash_complete 'httpstatus exp')"
	check bash-long-option '--format=' "$(bash_complete 'httpstatus --fo')"
	check bash-option-value 'always' "$(bash_complete 'httpstatus --color=al')"
	check bash-format-value $'json' "$(bash_complete 'httpstatus --format j')"
	check bash-field-value $'phrase' "$(bash_complete 'httpstatus -f phr')"
	check bash-log-format-value $'haproxy' "$(bash_complete 'httpstatus count --log-format h')"
	check bash-every-value $'1h' "$(bash_complete 'httpstatus count --every 1h')"
	check bash-codes $'410\n411\n412\n413\n414\n415' "$(bash_complete 'httpstatus explain 41')"
	check bash-classes '4xx' "$(bash_complete 'httpstatus class 4')"
	touch "$work/access.log"
	check bash-annotate-files "$work/access.log" "$(bash_complete "httpstatus annotate $work/acc")"
	check bash-column-option '--column=' "$(bash_complete 'httpstatus count --colu')"
	mkdir "$work/logs"
	touch "$work/logs/access.log"
	check bash-annotate-directory "$work/logs/
compopt -o filenames
compopt -o nospace" "$(bash_complete_options "httpstatus annotate $work/lo")"
	check bash-annotate-file-in-directory "$work/logs/access.log
compopt -o filenames" "$(bash_complete_options "httpstatus count $work/logs/a")"
	check bash-column-value-skipped "$work/access.log" "$(bash_complete "httpstatus --column 2 annotate $work/acc")"
else
	skip "bash: bash-completion not installed"
fi

if command -v zsh >/dev/null; then
	check zsh-subcommand 'explain:the whole entry of each code: description, notes, headers' "$(zsh_complete exp)"
	check zsh-codes-described $'410:Gone\n411:Length Required\n412:Precondition Failed\n413:Content Too Large\n414:URI Too Long\n415:Unsupported Media Type' "$(zsh_complete explain 41)"
	check zsh-vendor-code '444:No Response (nginx)' "$(zsh_complete 444)"
	check zsh-option-value $'--color=auto:color\n--color=always:color\n--color=never:color' "$(zsh_complete --color=)"
	check zsh-classes $'5xx:Server Error' "$(zsh_complete list 5)"
	check zsh-annotate-files '(files)' "$(zsh_complete annotate '')"
	check zsh-column-files '(files)' "$(zsh_complete --column 9 count '')"
else
	skip "zsh: not installed"
fi

if command -v fish >/dev/null; then
	check fish-subcommand $'compare\tthe codes side by side (default: 301 302 303 307 308)' "$(fish_complete 'httpstatus comp')"
	check fish-codes-described $'418\t(Unused)' "$(fish_complete 'httpstatus 418')"
	check fish-field-value $'summary\tfield' "$(fish_complete 'httpstatus --field sum')"
	check fish-class $'2xx\tSuccessful' "$(fish_complete 'httpstatus class 2')"
	check fish-column-option $'--column=\tannotate, count: the log field holding the code,' "$(fish_complete 'httpstatus annotate --colu')"
else
	skip "fish: not installed"
fi

printf '%d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
[ "$failed" -eq 0 ]
