#!/usr/bin/env python3
"""Retrieval accuracy of `bitext quotes --against`: FLORES-200 devtest, where English is the
original language. Queries: every quotation of >= 3 words inside « » or “ ” in the French
lines (the quoted fragment only), and every whole French line; source: all English lines.
A query counts as found at rank 1 when the passage reported starts in the English line that
holds its original (or in a line that repeats that line whole); "not found" counts as a miss.

Not forced (orphaned queries): each fragment, and every 8th whole line, against the English
lines without the one that holds its original; anything reported is a false match.

usage: eval_retrieval.py FR EN [--lines all|even|odd] [--marks guillemets|all] [--mt CMD]
                         [--work DIR] [--no-orphans] [-- BITEXT_QUOTES_CMD...]
  --lines   queries from all lines (default), or the even (dev) / odd (check) 0-based lines
            only; the source is always every English line
  --marks   fragments inside « » and “ ” (default, the issue's definition), or also
            straight "…" (newstest2013's French)
  --mt      translation command, one line in, one line out
            (default: Apertium's pivot "apertium -u fr-es | apertium -u spa-eng")
  --work    cache of translations and query files (default /tmp/bitext-quotes-bench)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (base_parser, add_split_args, fragments, in_split, orphan_source, read_lines,
                    right_line, run_quotes, split_cmd, translate, write_lines)

argv, cmd = split_cmd(sys.argv[1:])
ap = base_parser()
ap.add_argument("--no-orphans", action="store_true", help="skip the not-forced measurement")
add_split_args(ap)
a = ap.parse_args(argv)
fr, en = read_lines(a.fr), read_lines(a.en)
assert len(fr) == len(en), "FR and EN files must have the same number of lines"
os.makedirs(a.work, exist_ok=True)
tag = f"{os.path.basename(a.fr)}-{a.lines}"

def with_mt(queries):
    """(line, French, English MT) for the queries of the selected lines (translations of all
    queries are made, and cached, at once)."""
    path = translate([q for _, q in queries], a.mt, a.work)
    mt = open(path, encoding="utf-8").read().split("\n")
    return [(i, q, mt[k]) for k, (i, q) in enumerate(queries) if in_split(i, a.lines)]

def evaluate(name, queries):
    qfile = os.path.join(a.work, f"{tag}-{name}.fr.txt")
    tfile = os.path.join(a.work, f"{tag}-{name}.mt.txt")
    write_lines(qfile, [q for _, q, _ in queries])
    write_lines(tfile, [t for _, _, t in queries])
    res = run_quotes(cmd, qfile, tfile, [a.en])
    assert len(res) == len(queries), (len(res), len(queries))
    # (A line that holds the original line whole counts: FLORES' English line 32 repeats
    # line 33 after a sentence of its own.)
    right = [right_line(en, i, r["match"]) for (i, _, _), r in zip(queries, res)]
    ok = sum(right)
    nf = sum(1 for r in res if r["status"] == "not-found")
    # Matches marked uncertain (a different passage within 0.05), and how many of them and
    # of the others are in a wrong line.
    unc = [(r["match"]["uncertain"], good) for r, good in zip(res, right) if r["match"]]
    u_n = sum(1 for u, _ in unc if u); u_wrong = sum(1 for u, g in unc if u and not g)
    c_n = len(unc) - u_n; c_wrong = sum(1 for u, g in unc if not u and not g)
    print(f"| {name} | {len(queries)} | {ok / max(len(queries), 1):.3f} | {nf} | {c_n} ({c_wrong}) | {u_n} ({u_wrong}) |")
    sys.stdout.flush()
    return res

def orphans(name, queries):
    """Each query against the English lines without its original: reported = false match."""
    false = uncertain = 0
    for i, q, t in queries:
        # (per process: two runs may share the work directory)
        neg = f"{tag}-neg-{os.getpid()}"
        qf = os.path.join(a.work, f"{neg}.fr.txt"); tf = os.path.join(a.work, f"{neg}.en.txt")
        src = os.path.join(a.work, f"{neg}.source.en.txt")
        write_lines(qf, [q]); write_lines(tf, [t])
        write_lines(src, orphan_source(en, i))
        r = run_quotes(cmd, qf, tf, [src])[0]
        false += r["status"] != "not-found"
        uncertain += bool(r["match"] and r["match"]["uncertain"])
    print(f"| {name} | {len(queries)} | {false} | {false / max(len(queries), 1):.3f} | {uncertain} |")

frags = with_mt(fragments(fr, straight=a.marks == "all"))
lines = with_mt(list(enumerate(fr)))
print(f"{a.fr}, lines: {a.lines}\n")
print("| queries | n | acc@1 | not found | matched, not uncertain (wrong) | uncertain (wrong) |\n|---|---|---|---|---|---|")
evaluate("fragments", frags)
evaluate("whole lines", lines)
if not a.no_orphans:
    print("\nOrphaned queries (original line removed from the source), still reported as found:\n")
    print("| queries | n | reported | rate | of which uncertain |\n|---|---|---|---|---|")
    orphans("fragments", frags)
    orphans("whole lines, every 8th", lines[::8])
