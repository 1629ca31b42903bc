#!/usr/bin/env python3
"""A text run by `bitext quotes` as one document against its lines run one by one: how many
quotations each finds, how many the document has nested or spanning lines, the longest, and
how many get another speaker in the document than on their line alone (what the rules that
look at the sentences around a quotation change: mostly pronouns resolved from the sentences
before). The README's newstest2013 figures come from this.

usage: doc_vs_lines.py [TEXT] [--bitext BITEXT]
  TEXT    default ../shared/data/translation/newstest2013.fr-en.fr
  BITEXT  default target/release/bitext"""
import bisect, json, os, subprocess, sys, tempfile

args = sys.argv[1:]
bitext = "target/release/bitext"
if "--bitext" in args:
    k = args.index("--bitext"); bitext = args[k + 1]; del args[k:k + 2]
path = args[0] if args else "../shared/data/translation/newstest2013.fr-en.fr"

def quotations(p):
    out = subprocess.run([bitext, "quotes", "--format", "json", "--quiet", p],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["quotations"]

raw = open(path, "rb").read()
doc = quotations(path)
starts = [0] + [i + 1 for i, b in enumerate(raw) if b == 10]
alone, differ, no_line = 0, 0, 0
with tempfile.TemporaryDirectory() as d:
    by_line = {}
    for n, s in enumerate(starts):
        line = raw[s:starts[n + 1] - 1 if n + 1 < len(starts) else len(raw)]
        if not any(m.encode() in line for m in "«“\""):
            continue
        p = os.path.join(d, "line.txt")
        open(p, "wb").write(line)
        by_line[n] = quotations(p)
        alone += len(by_line[n])
    for q in doc:
        n = bisect.bisect_right(starts, q["span"]["start"]) - 1
        same = [x for x in by_line.get(n, []) if x["span"]["start"] + starts[n] == q["span"]["start"]
                and x["span"]["end"] + starts[n] == q["span"]["end"]]
        if not same:
            no_line += 1
            continue
        name = lambda x: (x.get("speaker") or {}).get("name")
        differ += name(same[0]) != name(q)
print(f"{os.path.basename(path)}: as one document {len(doc)} quotations "
      f"({sum(1 for q in doc if q['depth'] > 0)} nested, "
      f"{sum(1 for q in doc if chr(10) in q['text'])} over a line break, longest "
      f"{max((q['span']['end'] - q['span']['start'] for q in doc), default=0)} bytes); "
      f"its lines run one by one: {alone}")
print(f"another speaker in the document than on its line: {differ}; "
      f"no counterpart on a line alone: {no_line}")
