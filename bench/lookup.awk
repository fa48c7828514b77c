# The awk contender for stream mode: a lookup array built from httpstatus's
# own answers, then one line out per code in.
# usage: awk -f bench/lookup.awk table.txt codes.txt
NR == FNR { line[$1] = $0; next }
{ print line[$1] }
