#!/usr/bin/env python3
"""How high a whole line scores against a source of ONE unrelated line (the evidence behind
the lower threshold for small sources, src/quotes/matching.rs): each even FLORES line (its
Apertium translation) against the English lines 337 and 501 further on, alone, with no
threshold (--threshold 0.0001); and against its own English line alone, for comparison.

usage: eval_unrelated.py FR EN [--mt CMD] [--work DIR] [-- BITEXT_QUOTES_CMD...]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import base_parser, read_lines, run_quotes, split_cmd, translate, write_lines

argv, cmd = split_cmd(sys.argv[1:])
ap = base_parser()
a = ap.parse_args(argv)
fr, en = read_lines(a.fr), read_lines(a.en)
mt = open(translate(fr, a.mt, a.work), encoding="utf-8").read().split("\n")
w = os.path.join(a.work, f"unrelated-{os.getpid()}")
def score(i, j):
    write_lines(w + ".fr", [fr[i]]); write_lines(w + ".mt", [mt[i]]); write_lines(w + ".en", [en[j]])
    m = run_quotes(cmd, w + ".fr", w + ".mt", [w + ".en"], ["--threshold", "0.0001"])[0]["match"]
    return m["score"] if m else None
unrelated, own = [], []
for i in range(0, len(fr), 2):
    for off in (337, 501):
        s = score(i, (i + off) % len(en))
        if s is not None:
            unrelated.append(s)
    s = score(i, i)
    if s is not None:
        own.append(s)
print(f"{len(unrelated)} unrelated pairs scored (of {2 * len(range(0, len(fr), 2))}), {len(own)} own lines\n")
print("| score at least | unrelated pairs | own lines below it |\n|---|---|---|")
for t in (0.20, 0.22, 0.24, 0.25, 0.255, 0.26, 0.28, 0.30):
    above = sum(s >= t for s in unrelated)
    print(f"| {t:.3f} | {above} ({above / len(unrelated):.1%}) | {sum(s < t for s in own)} of {len(own)} |")
