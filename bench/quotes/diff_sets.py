#!/usr/bin/env python3
"""Which annotated quotations change speaker between two builds of bitext: for each fixture
(the format of tests/fixtures/quotes/extraction_*.jsonl), every quotation whose speaker
differs between OLD and NEW, marked GAIN (wrong before, right now), LOSS (right before, wrong
now) or CHANGE (another answer, judged the same both times), with the gold speaker and
both answers; then the counts.
Right and wrong are judged as in eval_extraction.py (lenient: one name contains the other).
Prints no excerpt text unless -v; on a set that must stay unread, read only the counts.

usage: diff_sets.py OLD_BITEXT NEW_BITEXT FIXTURE ... [-v]"""
import json, os, sys, tempfile
from common import same_speaker as same, speakers

args = [a for a in sys.argv[1:] if a != "-v"]
VERBOSE = "-v" in sys.argv
if len(args) < 3:
    sys.exit(__doc__)
old, new, fixtures = args[0], args[1], args[2:]


totals = {"GAIN": 0, "LOSS": 0, "CHANGE": 0}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "excerpt.fr.txt")
    for fx in fixtures:
        counts = {"GAIN": 0, "LOSS": 0, "CHANGE": 0}
        for line in open(fx, encoding="utf-8"):
            rec = json.loads(line)
            open(path, "w", encoding="utf-8").write(rec["text"])
            a, b = speakers(old, path), speakers(new, path)
            for q in rec["quotes"]:
                k = (q["start"], q["end"])
                if k not in a or k not in b or a[k] == b[k]:
                    continue
                ra, rb = same(q["speaker"], a[k]), same(q["speaker"], b[k])
                kind = "GAIN" if rb and not ra else "LOSS" if ra and not rb else "CHANGE"
                counts[kind] += 1
                if VERBOSE:
                    print(f"{kind:6} {rec['source']}: «{q['text'][:60]}» gold={q['speaker']!r} "
                          f"old={a[k]!r} new={b[k]!r}\n       {rec['text']}\n")
        print(f"{os.path.basename(fx)}: " + ", ".join(f"{k.lower()} {v}" for k, v in counts.items()))
        for k in totals:
            totals[k] += counts[k]
if len(fixtures) > 1:
    print("all: " + ", ".join(f"{k.lower()} {v}" for k, v in totals.items()))
