#!/usr/bin/env python3
"""Retrieval accuracy of `bitext quotes --against`: FLORES-200 devtest, where English is the
original language. Queries: every quotation of >= 3 words inside « » or “ ” in the French
lines (the quoted fragment only), and every whole French line; source: all English lines.
A query counts as found at rank 1 when the passage reported starts in the English line that
holds its original; "not found" counts as a miss.

usage: eval_retrieval.py FLORES_FR FLORES_EN [--mt CMD] [--work DIR] [-- BITEXT_QUOTES_CMD...]
  --mt    translation command, one line in, one line out
          (default: Apertium's pivot "apertium -u fr-es | apertium -u spa-eng")
  --work  cache of translations and query files (default /tmp/bitext-quotes-bench)"""
import argparse, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import APERTIUM, fragments, read_lines, run_quotes, split_cmd, translate, write_lines

argv, cmd = split_cmd(sys.argv[1:])
ap = argparse.ArgumentParser()
ap.add_argument("fr"); ap.add_argument("en")
ap.add_argument("--mt", default=APERTIUM); ap.add_argument("--work", default="/tmp/bitext-quotes-bench")
a = ap.parse_args(argv)
fr, en = read_lines(a.fr), read_lines(a.en)
assert len(fr) == len(en), "FLORES files must have the same number of lines"

def evaluate(name, queries):
    qfile = os.path.join(a.work, f"{name}.fr.txt")
    os.makedirs(a.work, exist_ok=True)
    write_lines(qfile, [q for _, q in queries])
    mt = translate([q for _, q in queries], a.mt, a.work)
    res = run_quotes(cmd, qfile, mt, [a.en])
    assert len(res) == len(queries), (len(res), len(queries))
    ok = sum(1 for (i, _), r in zip(queries, res) if r["match"] and r["match"]["line"] == i + 1)
    nf = sum(1 for r in res if r["status"] == "not-found")
    print(f"| {name} | {len(queries)} | {ok / len(queries):.3f} | {nf} |")
    return res

print("| queries | n | acc@1 | not found |\n|---|---|---|---|")
evaluate("fragments", fragments(fr))
evaluate("whole-lines", list(enumerate(fr)))

# Not forced: each fragment against the English lines without the one that holds its
# original; anything reported is a false match.
frs = fragments(fr)
mt = open(translate([q for _, q in frs], a.mt, a.work), encoding="utf-8").read().split("\n")
false = 0
for k, (i, q) in enumerate(frs):
    qf = os.path.join(a.work, "neg.fr.txt"); tf = os.path.join(a.work, "neg.en.txt")
    src = os.path.join(a.work, "neg.source.en.txt")
    write_lines(qf, [q]); write_lines(tf, [mt[k]])
    write_lines(src, [l for j, l in enumerate(en) if j != i and en[i] not in l])
    r = run_quotes(cmd, qf, tf, [src])[0]
    false += r["status"] != "not-found"
print(f"\nfragments whose original line is removed from the source, still reported as found: {false}/{len(frs)} = {false / len(frs):.3f}")
