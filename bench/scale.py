"""Writes data/status.csv scaled up: each code followed by N-1 synthetic
vendor meanings, each with its own phrase and origin, so the tables, the
name index and the search index grow about N times while the schema stays
valid. 404 is left alone, so the answers benchmarked are the same.

usage: python3 bench/scale.py N < data/status.csv > scaled.csv
"""
import csv
import sys

copies = int(sys.argv[1])
rows = list(csv.reader(sys.stdin))
header, rows = rows[0], rows[1:]
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(header)
for index, row in enumerate(rows):
    out.writerow(row)
    last_of_code = index + 1 == len(rows) or rows[index + 1][0] != row[0]
    if not last_of_code or row[0] == "404":
        continue
    for copy in range(1, copies):
        synthetic = list(row)
        synthetic[1] = f"Synthetic {copy} {row[0]} {index}"
        synthetic[2] = "unofficial"
        synthetic[3] = f"Synthetic vendor {copy}"
        synthetic[12] = ""  # aliases
        synthetic[14:19] = [""] * 5  # constants
        out.writerow(synthetic)
