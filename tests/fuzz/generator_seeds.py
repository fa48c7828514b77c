#!/usr/bin/env python3
"""Writes the seeds of tests/fuzz/corpus/generator/ from today's data.

usage: tests/fuzz/generator_seeds.py     (from the top of the tree)

fuzz_generator puts the header of the schema in front of its input, so a
seed holds rows only, in today's column order: row-* are rows of
data/status.csv, one of each kind of row (kind, class, with or without
redirect, aliases or a source note), their see_also emptied since it must
name codes of the same file; rows-* are three rows together with the
see_also they share; bad-* are the rows of the data tests' bad files
(tests/data/bad/), written onto today's header by tests/data/reproject.py.
Run it when a column is added: the old seeds no longer pass the checks,
and tests/fuzz/run.sh says so. Other seeds (regression-*) are kept.
"""
import csv
import io
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path("tests/fuzz/corpus/generator")
MAX_LEN = 4096	# run.sh's -max_len


def rows_text(rows):
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()


def write(name, data):
    if 0 < len(data) <= MAX_LEN:
        (CORPUS / name).write_bytes(data)


def main():
    for old in list(CORPUS.glob("row-*")) + list(CORPUS.glob("rows-*")) + list(CORPUS.glob("bad-*")):
        old.unlink()
    with open("data/status.csv", newline="", encoding="utf-8") as data:
        header, *body = list(csv.reader(data))
    column = {name: i for i, name in enumerate(header)}
    kinds = set()
    for i, row in enumerate(body):
        kind = (row[column["kind"]], bool(row[column["redirect"]]), bool(row[column["aliases"]]),
                bool(row[column["source_note"]]), row[column["code"]][0])
        if kind in kinds and i % 8:
            continue
        kinds.add(kind)
        row = list(row)
        row[column["see_also"]] = ""
        name = "".join(c for c in row[column["phrase"]].lower() if c.isalnum())[:20]
        write(f"row-{row[column['code']]}-{name}", rows_text([row]))
    made = 0
    for i in range(len(body) - 2):
        rows = [list(row) for row in body[i:i + 3]]
        codes = {row[column["code"]] for row in rows}
        for row in rows:
            row[column["see_also"]] = ";".join(c for c in row[column["see_also"]].split(";") if c in codes)
        data = rows_text(rows)
        if made < 4 and len(data) <= MAX_LEN and any(row[column["see_also"]] for row in rows):
            write(f"rows-{rows[0][0]}-to-{rows[-1][0]}", data)
            made += 1
    with tempfile.TemporaryDirectory() as scratch:
        for bad in sorted(Path("tests/data/bad").glob("*.csv")):
            if bad.name.startswith("substatus-"):
                continue
            out = Path(scratch) / bad.name
            subprocess.run([sys.executable, "tests/data/reproject.py", str(bad), str(out), "data/status.csv"],
                           check=True)
            text = out.read_bytes()
            if text.startswith(b"code,"):
                write(f"bad-{bad.stem}", text[text.index(b"\n") + 1:])


main()
