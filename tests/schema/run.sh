#!/usr/bin/env bash
# Checks every subcommand's JSON lines, from the operands and from stdin, against the
# schema documented in httpstatus(1) (OUTPUT FORMATS): each object must have
# exactly these members, of these types. A record's members are read from
# src/core/schema.def, where each field's type and views are stated once
# (so a new column needs no edit here); the other shapes are typed here.
# Also checks that the TSV header is schema.def's field list. Skipped (and
# said so) where python3 is not installed, a failure under REQUIRE_ALL=1.
#
# usage: tests/schema/run.sh BINARY
set -u
hs=$1
if ! command -v python3 >/dev/null 2>&1; then
	echo "schema: python3 not installed; skipped"
	echo "0 passed, 0 failed, 1 skipped"
	[ "${REQUIRE_ALL:-}" != 1 ]
	exit
fi

python3 - "$hs" "$(dirname "$0")/../../src/core" <<'PY'
import json, re, subprocess, sys

hs, core = sys.argv[1:]
S, N, B, NULL = str, int, bool, type(None)

def entries(path, names):
    text = re.sub(r"/\*.*?\*/", "", open(f"{core}/{path}").read(), flags=re.S)
    return re.findall(rf"^({names})\(([^)]*)\)", text, re.M)

# The vocabularies with an empty word, which JSON writes as null.
NULLABLE = {kind.lower() for kind, args in entries("vocabulary.def", "[A-Z]+") if args.endswith('""')}
JSON_TYPE = {"CODE": N, "TEXT": S, "HEAD": S, "LIST": [S], "CODES": [N], "FLAG": B, "KNOWN": B,
             "CLASS": (S, NULL), "CLASS_NAME": S, "TREAT_AS": N,
             "SUBSTATUS": {"code": S, "meaning": S, "source": S}}
FIELDS, CONSTANTS, VIEWS = [], {}, {}
for macro, args in entries("schema.def", "FIELD|COMPUTED|CONSTANT"):
    args = [arg.strip() for arg in args.split(",")]
    if macro == "CONSTANT":
        FIELDS.append(args[1])
        CONSTANTS[args[1]] = S
        continue
    name, kind, flags = args[0], args[1], args[3] if macro == "FIELD" else args[2]
    FIELDS.append(name)
    json_type = JSON_TYPE.get(kind) or ((S, NULL) if args[2] in NULLABLE else S)
    for view in re.findall(r"SHOW_[A-Z]+", flags):
        VIEWS.setdefault(view, {})[name] = json_type

STATUS = dict(VIEWS["SHOW_RECORD"], constants=CONSTANTS)
STATUS.pop("substatus")	# only for a sub-status query: SUBSTATUS below
UNKNOWN = VIEWS["SHOW_UNKNOWN"]
LIST = VIEWS["SHOW_LIST"]
CLASS = {"class": (S, NULL), "name": S, "description": S, "members": [VIEWS["SHOW_BRIEF"]]}
ADVICE = [{"codes": [N], "advice": S}]
ADVISED = dict(STATUS, advice=ADVICE)
ANSWER = {"answer": S}
def choice(item):
    leaf = dict(ANSWER, code=N, phrase=S, reason=S)
    inner = dict(ANSWER, question=S, choices=[choice])
    return leaf if "code" in item else inner
TOPIC = {"topic": S, "class": S, "question": S, "choices": [choice]}
SEARCH = dict(VIEWS["SHOW_BRIEF"], score=(int, float), matched=S, field=S, situation=(S, NULL),
              alternatives=[N], snippet=S)

passed = failed = 0

def problems(value, schema, where, optional_members=False):
    if callable(schema) and not isinstance(schema, type):
        return problems(value, schema(value) if isinstance(value, dict) else {}, where)
    if isinstance(schema, list):
        if not isinstance(value, list):
            return [f"{where}: expected an array"]
        return [p for i, item in enumerate(value) for p in problems(item, schema[0], f"{where}[{i}]")]
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            return [f"{where}: expected an object"]
        found = []
        extra = set(value) - set(schema)
        missing = set(schema) - set(value)
        if extra:
            found.append(f"{where}: members not in the schema: {sorted(extra)}")
        if missing and not optional_members:
            found.append(f"{where}: missing members: {sorted(missing)}")
        for key in set(schema) & set(value):
            found += problems(value[key], schema[key], f"{where}.{key}",
                              optional_members=(key == "constants"))
        return found
    types = schema if isinstance(schema, tuple) else (schema,)
    # JSON booleans are not numbers here, though Python's bool is an int.
    if isinstance(value, bool) and B not in types:
        return [f"{where}: unexpected boolean"]
    if not isinstance(value, types):
        return [f"{where}: {type(value).__name__} is not {'/'.join(t.__name__ for t in types)}"]
    return []

def check(name, args, schema, stdin=None):
    global passed, failed
    run = subprocess.run([hs] + args, input=stdin, capture_output=True, text=True)
    try:
        documents = [json.loads(line) for line in run.stdout.splitlines()]
    except ValueError as error:
        failed += 1
        print(f"FAIL {name}: not JSON lines: {error}")
        return
    found = []
    for i, document in enumerate(documents):
        found += problems(document, schema, f"line {i + 1}: $")
    if run.returncode != 0 or not run.stdout.strip():
        found.append(f"exit status {run.returncode}, {len(run.stdout)} bytes")
    if found:
        failed += 1
        print(f"FAIL {name}:", *found[:5], sep="\n  ")
    else:
        passed += 1

SUBSTATUS = dict(STATUS, substatus=VIEWS["SHOW_RECORD"]["substatus"])
status_or_unknown = lambda item: (SUBSTATUS if "substatus" in item else STATUS) if item.get("known") else UNKNOWN
check("bare", ["--json", "404", "451", "298", "777", "4xx", "teapot", "000", "104", "999", "404.13", "502.x"], status_or_unknown)
check("explain", ["--json", "explain", "308", "499", "298", "401"],
      lambda item: ADVISED if item.get("known") else UNKNOWN)
check("class", ["--json", "class", "1", "4xx", "other", "--all"], CLASS)
check("list", ["--json", "list", "--all"], LIST)
check("search", ["--json", "search", "redirect"], SEARCH)
check("compare", ["--json", "compare"], ADVISED)
check("compare-none-advised", ["--json", "compare", "100", "418"], ADVISED)
check("choose", ["--json", "choose"], TOPIC)
GIVEN = dict(STATUS, given_phrase=S, phrase_matches=B)
check("status-line", ["--json", "HTTP/1.1 200 Alright", "HTTP/1.1 404 Not Found", "HTTP/2 451 Redirect"], GIVEN)
check("stream-status", ["--json", "-"], STATUS, stdin="404\n451\n")
check("stream-unknown", ["--json", "-"], UNKNOWN, stdin="298 777")

header = subprocess.run([hs, "--tsv", "404"], capture_output=True, text=True).stdout.splitlines()[0]
if header.split("\t") == FIELDS:
    passed += 1
else:
    failed += 1
    print(f"FAIL tsv-header: {header!r}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
