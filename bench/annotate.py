"""The Python contender for annotate: a dict of phrases, each Combined Log
Format line with " (Phrase)" after the code that follows its quoted request."""
import sys

phrases = {}
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        code, phrase = line.rstrip("\n").split(" ", 1)
        phrases[code] = f" ({phrase})"
write = sys.stdout.write
for line in sys.stdin:
    parts = line.split('"', 3)
    if len(parts) >= 3 and parts[2][1:4] in phrases:
        after = parts[2]
        parts[2] = after[:4] + phrases[after[1:4]] + after[4:]
        line = '"'.join(parts)
    write(line)
