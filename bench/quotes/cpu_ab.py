#!/usr/bin/env python3
"""User CPU time of `bitext quotes` for two builds, run alternately (A B, B A, …) on
newstest2013's French repeated N times as one document, so that a busy machine weighs on
both alike. Prints the mean and median user CPU seconds of each build.

usage: cpu_ab.py OLD_BITEXT NEW_BITEXT [--rounds R] [--times N] [--data DIR]
  defaults: 8 rounds, N = 10, DIR ../shared/data"""
import argparse, os, resource, statistics, subprocess, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("old")
ap.add_argument("new")
ap.add_argument("--rounds", type=int, default=8)
ap.add_argument("--times", type=int, default=10)
ap.add_argument("--data", default="../shared/data")
a = ap.parse_args()
text = open(os.path.join(a.data, "translation/newstest2013.fr-en.fr"), encoding="utf-8").read()
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "doc.txt")
    open(path, "w", encoding="utf-8").write(text * a.times)
    user = {a.old: [], a.new: []}
    for r in range(a.rounds):
        order = [a.old, a.new] if r % 2 == 0 else [a.new, a.old]
        for b in order:
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
            subprocess.run([b, "quotes", "--format", "json", "--quiet", path],
                           stdout=subprocess.DEVNULL, check=True)
            user[b].append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before)
    for b, v in user.items():
        print(f"{b}: user CPU mean {statistics.mean(v):.3f} s, median {statistics.median(v):.3f} s "
              f"({len(v)} runs, newstest2013 x{a.times})")
