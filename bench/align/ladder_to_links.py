#!/usr/bin/env python3
"""hunalign ladder output (rungs "i<TAB>j<TAB>score") to Vecalign links ("[fr ids]:[en ids]").
usage: ladder_to_links.py LADDER > LINKS"""
import sys
rungs = [tuple(int(x) for x in l.split("\t")[:2]) for l in open(sys.argv[1]) if l.strip()]
for (i0, j0), (i1, j1) in zip(rungs, rungs[1:]):
    fr = ",".join(str(i) for i in range(i0, i1))
    en = ",".join(str(j) for j in range(j0, j1))
    print(f"[{fr}]:[{en}]")
