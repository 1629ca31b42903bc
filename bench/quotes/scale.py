#!/usr/bin/env python3
"""How `bitext quotes` scales with the document: newstest2013's French as one document,
repeated 10, 20 and 40 times (3.9, 7.9, 15.7 MB), one sentence holding 20,000 quotations
nested in another, and one paragraph of 16,000 quotations with no line break; wall time and
peak RSS of each (GNU time). Linear work shows as time doubling with size.

usage: scale.py [BITEXT] [--data DIR]   (default target/release/bitext, ../shared/data)"""
import os, subprocess, sys, tempfile

args = [a for a in sys.argv[1:]]
data = "../shared/data"
if "--data" in args:
    k = args.index("--data"); data = args[k + 1]; del args[k:k + 2]
bitext = args[0] if args else "target/release/bitext"
text = open(os.path.join(data, "translation/newstest2013.fr-en.fr"), encoding="utf-8").read()
with tempfile.TemporaryDirectory() as d:
    runs = []
    for n in (10, 20, 40):
        p = os.path.join(d, f"newstest-x{n}.txt")
        open(p, "w", encoding="utf-8").write(text * n)
        runs.append((f"newstest2013 x{n}", p))
    p = os.path.join(d, "nested.txt")
    open(p, "w", encoding="utf-8").write(
        "Il a dit : « " + " ".join(f"« mot{i} »" for i in range(20000)) + " ».\n")
    runs.append(("20,000 nested quotations", p))
    # (One paragraph, no line break, 16,000 quotations whose speakers are a description and
    # an acronym: what the look-back for the name they stand for costs.)
    p = os.path.join(d, "one-paragraph.txt")
    open(p, "w", encoding="utf-8").write(
        "Le Parti socialiste a réagi. « Non », a dit le ministre. « Oui », écrit le PS. " * 8000)
    runs.append(("one paragraph, 16,000 quotations", p))
    print("| input | MB | wall s | peak RSS MiB |\n|---|---|---|---|")
    for name, p in runs:
        r = subprocess.run(["/usr/bin/time", "-f", "%e %M", bitext, "quotes", "--format", "json",
                            "--quiet", p], capture_output=True, text=True)
        wall, rss = r.stderr.strip().split("\n")[-1].split()
        print(f"| {name} | {os.path.getsize(p) / 1e6:.1f} | {float(wall):.2f} | {int(rss) / 1024:.0f} |")
