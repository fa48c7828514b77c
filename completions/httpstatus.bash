# bash completion for httpstatus. The candidates come from the binary itself
# (httpstatus --complete WORD...), so this file never lists codes or options.

_httpstatus() {
	local line=${COMP_LINE:0:COMP_POINT}
	local -a words
	read -r -a words <<<"$line"
	# A trailing space means a new, empty word is being completed.
	[[ $line == *[[:space:]] ]] && words+=("")
	local typed=${words[${#words[@]}-1]}

	local candidates
	candidates=$("${words[0]}" --complete "${words[@]:1}" 2>/dev/null | cut -f1)
	if [[ $candidates == @files ]]; then
		# A directory is a step on the way to a file: it ends with a slash, and no
		# space follows it, so the next TAB goes on into it (as zsh and fish do).
		local file
		COMPREPLY=()
		while IFS= read -r file; do
			[[ -d $file && $file != */ ]] && file+=/
			COMPREPLY+=("$file")
		done < <(compgen -f -- "$typed")
		compopt -o filenames 2>/dev/null
		if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == */ ]]; then
			compopt -o nospace 2>/dev/null
		fi
		return
	fi
	mapfile -t COMPREPLY <<<"$candidates"
	[[ -z $candidates ]] && COMPREPLY=()
	# bash breaks words at '=', so it replaces only what follows it.
	if [[ $typed == *=* ]]; then
		COMPREPLY=("${COMPREPLY[@]#*=}")
	fi
	if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then
		compopt -o nospace 2>/dev/null
	fi
}
complete -F _httpstatus httpstatus
