#!/usr/bin/env python3
"""How well a score threshold and a margin over the runner-up tell a quotation's original
from the best passage of a source that lacks it (bench/quotes/RESULTS.md, "Acceptance was also studied").

Queries as in eval_retrieval.py (fragments and whole lines, Apertium translations), run
with --threshold 0.01 so that every query reports its best passage, its score and the
runner-up's. Normal queries search all English lines; orphaned ones (every fragment, every
8th whole line) the lines without their original. Prints the medians of the best score,
the share of normal queries whose best passage is in the right line (the ceiling of any
acceptance rule), and, for rules "score >= T, or score >= L and score - runner-up >= M",
the best accuracy reached at each rate of orphans still matched.

usage: acceptance_study.py FR EN [--mt CMD] [--work DIR] [-- BITEXT_QUOTES_CMD...]"""
import os, statistics, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (base_parser, fragments, orphan_source, read_lines, right_line, run_quotes,
                    split_cmd, translate, write_lines)

argv, cmd = split_cmd(sys.argv[1:])
ap = base_parser()
a = ap.parse_args(argv)
fr, en = read_lines(a.fr), read_lines(a.en)
low = ["--threshold", "0.01"]

def with_mt(queries):
    mt = open(translate([q for _, q in queries], a.mt, a.work), encoding="utf-8").read().split("\n")
    return [(i, q, mt[k]) for k, (i, q) in enumerate(queries)]

def scores(name, queries):
    """(score, runner-up, right line?) of each normal query, and (score, runner-up) of each
    orphaned one."""
    tag = f"{os.path.basename(a.fr)}-study-{name}-{os.getpid()}"
    qf, tf = (os.path.join(a.work, f"{tag}.{x}.txt") for x in ("fr", "mt"))
    write_lines(qf, [q for _, q, _ in queries]); write_lines(tf, [t for _, _, t in queries])
    normal = []
    for (i, _, _), r in zip(queries, run_quotes(cmd, qf, tf, [a.en], low)):
        m = r["match"]
        normal.append((m["score"], m["runner_up"], right_line(en, i, m)) if m else (0.0, 0.0, False))
    orphans = []
    src = os.path.join(a.work, f"{tag}.source.txt")
    for i, q, t in queries if name == "fragments" else queries[::8]:
        write_lines(qf, [q]); write_lines(tf, [t])
        write_lines(src, orphan_source(en, i))
        m = run_quotes(cmd, qf, tf, [src], low)[0]["match"]
        orphans.append((m["score"], m["runner_up"]) if m else (0.0, 0.0))
    return normal, orphans

def report(name, normal, orphans):
    med = lambda v: statistics.median(v) if v else 0.0
    print(f"\n{name}: {len(normal)} queries, {len(orphans)} orphaned")
    print(f"  median best score: right line {med([s for s, _, ok in normal if ok]):.2f}, "
          f"orphans {med([s for s, _ in orphans]):.2f}")
    print(f"  best passage in the right line (no threshold): {sum(ok for *_, ok in normal) / len(normal):.3f}")
    grid = []
    for T in [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 9]:
        for L in [0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 9]:
            for M in [0.03, 0.05, 0.08, 0.1, 0.12, 0.15]:
                rule = lambda s, r: s >= T or (s >= L and s - r >= M)
                acc = sum(ok and rule(s, r) for s, r, ok in normal) / len(normal)
                orph = sum(rule(s, r) for s, r in orphans) / len(orphans)
                grid.append((orph, acc, T, L, M))
    print("  | orphans matched | best accuracy | rule (T, L, M) |\n  |---|---|---|")
    best = -1.0
    for orph, acc, T, L, M in sorted(grid, key=lambda g: (g[0], -g[1])):
        if acc > best:
            best = acc
            print(f"  | {orph:.3f} | {acc:.3f} | {T}, {L}, {M} |")

frags = with_mt(fragments(fr))
lines = with_mt(list(enumerate(fr)))
for name, queries in [("fragments", frags), ("whole lines", lines)]:
    report(name, *scores(name, queries))
