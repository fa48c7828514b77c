# fish completion for httpstatus. The candidates and their descriptions come
# from the binary itself (httpstatus --complete WORD...).

function __httpstatus_complete
    set -l words (commandline -opc) (commandline -ct)
    set -l candidates ($words[1] --complete $words[2..-1] 2>/dev/null)
    if test "$candidates" = @files
        __fish_complete_path (commandline -ct)
        return
    end
    printf '%s\n' $candidates
end

complete -c httpstatus -f -a '(__httpstatus_complete)'
