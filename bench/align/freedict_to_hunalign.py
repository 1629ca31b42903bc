#!/usr/bin/env python3
"""Write FreeDict fra-eng (dictd format) as a hunalign dictionary ("english @ french" lines),
so that hunalign and bitext align are compared with the same lexicon.
usage: freedict_to_hunalign.py [/usr/share/dictd/freedict-fra-eng.index] > fr-en.hunalign.dic"""
import gzip, re, sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def num(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n

index = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dictd/freedict-fra-eng.index"
data = gzip.open(index[: -len(".index")] + ".dict.dz").read()
seen = set()
for line in open(index, encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 3 or parts[0].startswith("00database"):
        continue
    fr = parts[0]
    entry = data[num(parts[1]) : num(parts[1]) + num(parts[2])].decode("utf-8", "replace")
    for sense in entry.split("\n")[1:]:
        sense = re.sub(r"^\s*\d+\.\s*", "", sense.strip())
        for en in re.split(r"[,;]", sense):
            en = en.strip()
            if en and (en, fr) not in seen:
                seen.add((en, fr))
                print(f"{en} @ {fr}")
