#!/usr/bin/env python3
"""Writes the field lists of httpstatus(1) from src/core/schema.def.

usage: tools/man_fields.py [--check] PAGE

The page holds three lists of the fields: the members of a JSON status
object, the TSV columns and the Fields section. Each sits between the
comment lines '.\\" BEGIN generated NAME' and '.\\" END generated NAME' and
is written from schema.def, where each field's name, type, views and help
(its entry, in the words of the Fields section; `text` marks a literal)
are stated once. PAGE is rewritten in place; with --check it is only
compared, and the exit status is 1 when it differs.
"""
import re
import sys
import textwrap
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "src" / "core"
JSON_TYPE = {"CODE": "Number", "TEXT": "String", "LIST": "Array of strings",
             "CODES": "Array of numbers", "FLAG": "Boolean", "KNOWN": "Boolean",
             "CLASS": "String or null", "CLASS_NAME": "String", "SUBSTATUS": "Object"}


def macros(path, names):
    """The X-macro lines of a .def file: (macro, [arguments]), strings joined."""
    text = re.sub(r"/\*.*?\*/", "", (CORE / path).read_text(), flags=re.S)
    token = re.compile(r'\s*("(?:[^"\\]|\\.)*"|[^,()"\s][^,()"]*|[,()])')
    for match in re.finditer(rf"^({names})\(", text, re.M):
        position, depth, arguments, current = match.end(), 1, [], []
        while depth > 0:
            part = token.match(text, position)
            position, item = part.end(), part.group(1)
            if item == "(" or item == ")":
                depth += 1 if item == "(" else -1
            if depth == 0 or (item == "," and depth == 1):
                arguments.append("".join(current).strip())
                current = []
            elif item.startswith('"'):
                current.append(re.sub(r"\\(.)", r"\1", item[1:-1]))
            else:
                current.append(item)
        yield match.group(1), arguments


def fields():
    nullable = {name.lower() for name, args in macros("vocabulary.def", "[A-Z]+") if args[-1] == ""}
    for macro, args in macros("schema.def", "FIELD|COMPUTED|CONSTANT"):
        if macro == "CONSTANT":
            yield {"name": args[1], "language": args[2], "help": args[4], "flags": "", "kind": ""}
            continue
        kind, flags = args[1], args[3] if macro == "FIELD" else args[2]
        json_type = JSON_TYPE.get(kind) or ("String or null" if macro == "FIELD" and args[2] in nullable
                                            else "String")
        yield {"name": args[0], "help": args[-1], "flags": flags, "type": json_type, "kind": kind}


def text_lines(sentence):
    """A sentence as mdoc text lines of at most 76 columns, none starting with a dot."""
    sentence = sentence.replace("\\", "\\e").replace("\u2013", "\\(en")
    return [("\\&" if line[0] in ".'" else "") + line for line in textwrap.wrap(sentence, 76, break_on_hyphens=False, break_long_words=False)]


def mdoc(text):
    """Text as mdoc lines: `literal` as .Ql with its trailing punctuation, a sentence a line."""
    lines = []
    for i, part in enumerate(re.split(r"`([^`]*)`", text)):
        if i % 2:
            # A word mdoc would read as a macro (No, Ql) or a delimiter (;) is escaped.
            words = ["\\&" + word if re.fullmatch(r"[A-Z][a-z]|[,;:.()?!]+", word) else word
                     for word in part.split(" ")]
            lines.append(".Ql " + " ".join(words))
            continue
        punctuation = re.match(r"[,;:.)]+(?=\s|$)", part) if i else None
        if punctuation:
            lines[-1] += " " + " ".join(punctuation.group())
            part = part[punctuation.end():]
        for sentence in re.split(r"(?<=[.?!]) ", part.strip()):
            if sentence:
                lines += text_lines(sentence)
    return lines


def json_members(all_fields):
    lines = []
    for field in all_fields:
        if "SHOW_RECORD" not in field["flags"]:
            continue
        help_text = field["help"]
        first_word = help_text.split(" ", 1)[0]
        if first_word[:1].isupper() and first_word[1:] == first_word[1:].lower():
            help_text = help_text[0].lower() + help_text[1:]
        lines += [".It Li " + field["name"]] + mdoc(f"{field['type']}: {help_text}")
    constants = [field["name"] for field in all_fields if "language" in field]
    lines += [".It Li constants",
              "Object: the code's constant in each language that defines one, qualified as",
              "it is written in code, under the name of its field (see",
              ".Sx Fields ) :"]
    for i, name in enumerate(constants):
        lines += [f".Li {name} ," if i < len(constants) - 2 else f".Li {name}"] + (["and"] if i == len(constants) - 2 else [])
    lines[-1] += " ."
    lines += ["Each is present only when its language has a constant for the code, and",
              "holds the current name; the names of older releases, and the version each",
              "name needs, are shown by", ".Cm explain .", "It is", ".Li {}",
              "when no language has one, as for every unofficial code."]
    return lines


def tsv_columns(all_fields):
    return textwrap.wrap(" ".join(field["name"] for field in all_fields), 72, break_on_hyphens=False)


def field_entries(all_fields):
    lines = []
    for field in all_fields:
        lines += [".It Li " + field["name"]] + mdoc(field["help"])
        if field["kind"] in ("LIST", "CODES"):
            lines += mdoc("Items are separated by `;`.")
        if "language" in field:
            lines += text_lines(f"Empty when {field['language']} has none.")
    return lines


def main():
    check = sys.argv[1:2] == ["--check"]
    page = Path(sys.argv[-1])
    all_fields = list(fields())
    text = page.read_text()
    for name, write in (("json-members", json_members), ("tsv-columns", tsv_columns),
                        ("fields", field_entries)):
        begin, end = f'.\\" BEGIN generated {name}\n', f'.\\" END generated {name}\n'
        if text.count(begin) != 1 or text.count(end) != 1:
            sys.exit(f"{page}: expected one {begin.strip()!r} and one {end.strip()!r}")
        head, rest = text.split(begin)
        text = head + begin + "".join(line + "\n" for line in write(all_fields)) + end + rest.split(end)[1]
    if text == page.read_text():
        return 0
    if check:
        print(f"{page}: its field lists differ from src/core/schema.def; run make man", file=sys.stderr)
        return 1
    page.write_text(text)
    return 0


sys.exit(main())
