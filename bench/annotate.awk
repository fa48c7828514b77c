# The awk contender for annotate: a lookup array of phrases, then each
# Combined Log Format line with " (Phrase)" after the code that follows
# its quoted request (split on '"', that is the start of the third field).
# usage: awk -f bench/annotate.awk phrases.txt access.log
BEGIN { FS = OFS = "\"" }
NR == FNR { phrase[substr($0, 1, 3)] = " (" substr($0, 5) ")"; next }
{
	code = substr($3, 2, 3)
	if (NF >= 3 && code in phrase)
		$3 = " " code phrase[code] substr($3, 5)
	print
}
