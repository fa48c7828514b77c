"""The Python contender for stream mode: a dict loop over stdin."""
import sys

table = {}
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        table[line.split(" ", 1)[0]] = line
write = sys.stdout.write
for code in sys.stdin:
    write(table[code.strip()])
