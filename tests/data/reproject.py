#!/usr/bin/env python3
"""Writes a bad status.csv of tests/data/bad/ onto today's header.

usage: reproject.py FIXTURE OUTPUT HEADER_FILE

A fixture names the columns it fills in its own first line, in any order;
each row is rewritten in the order of HEADER_FILE's first line (the header
of data/status.csv), the other cells empty, and a row's cells past its
header's kept at its end. So a new column needs no edit of a fixture. A
file that is not plain CSV of known columns, read back byte for byte (a
byte order mark, a CR, an open quote, a header that is wrong on purpose),
is copied as it is: the generator rejects it before it looks at a column.
Bytes that are not UTF-8 travel through unchanged.
"""
import csv
import io
import sys

source, output, header_file = sys.argv[1:]
text = open(source, 'rb').read().decode('utf-8', 'surrogateescape')
with open(header_file, 'rb') as data:
    header = data.readline().decode('utf-8').rstrip('\n').split(',')


def write(rows):
    out = io.StringIO()
    csv.writer(out, lineterminator='\n').writerows(rows)
    return out.getvalue()


rows = list(csv.reader(io.StringIO(text, newline='')))
if rows and set(rows[0]) <= set(header) and write(rows) == text:
    given = {name: i for i, name in enumerate(rows[0])}
    text = write([header] + [[row[given[name]] if given.get(name, len(row)) < len(row) else ''
                              for name in header] + row[len(given):] for row in rows[1:]])
open(output, 'wb').write(text.encode('utf-8', 'surrogateescape'))
