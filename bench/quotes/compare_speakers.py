#!/usr/bin/env python3
"""Which quotations change speaker between two builds of bitext, on the corpora's quotation
lines, most of which no fixture holds: every line with a quotation mark of newstest2013
French (news-i's lines included since session 18, when that last check was read; before,
they were left out, by a text match that missed those with straight quotes), FLORES-200
devtest French and the
`# text =` lines of the UD and Sequoia files in ../shared/data/segmentation, each line run
alone; then the same sources as whole documents (newstest2013, FLORES, each Sequoia file,
UD GSD's and PUD's sentences in order), where the rules that look at the sentences around a
quotation come in. Prints each change (source, old speaker, new speaker, the line) and the
counts; reading them is the measurement.

usage: compare_speakers.py OLD_BITEXT NEW_BITEXT [--data DIR] [--lines-only | --docs-only]
  DIR  default ../shared/data"""
import argparse, glob, os, tempfile
from concurrent.futures import ThreadPoolExecutor
from common import speakers

ap = argparse.ArgumentParser()
ap.add_argument("old")
ap.add_argument("new")
ap.add_argument("--data", default="../shared/data")
ap.add_argument("--lines-only", action="store_true")
ap.add_argument("--docs-only", action="store_true")
a = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
MARKS = "«“\""

def documents():
    """(name, text) of each source; its lines are the line queries."""
    t = os.path.join(a.data, "translation")
    yield "newstest2013", open(os.path.join(t, "newstest2013.fr-en.fr"), encoding="utf-8").read()
    yield "flores", open(os.path.join(t, "flores200.devtest.fra_Latn"), encoding="utf-8").read()
    seg = os.path.join(a.data, "segmentation")
    for f in sorted(glob.glob(os.path.join(seg, "*.conllu")) + glob.glob(os.path.join(seg, "sequoia_in_order", "*.conllu"))):
        lines = [l[9:].rstrip("\n") for l in open(f, encoding="utf-8", errors="replace") if l.startswith("# text = ")]
        yield os.path.relpath(f, seg), "\n".join(lines) + "\n"

def changes(d, name, text):
    path = os.path.join(d, name.replace("/", "_") + ".txt")
    open(path, "w", encoding="utf-8").write(text)
    old, new = speakers(a.old, path), speakers(a.new, path)
    raw = text.encode()
    return [(name, old[k], new.get(k), raw[max(0, k[0] - 160):k[1] + 40].decode(errors="replace"))
            for k in old if old[k] != new.get(k)]

def show(found, what, n):
    for name, o, nw, ctx in found:
        print(f"{name}: {o!r} -> {nw!r}\n    {' '.join(ctx.split())}")
    print(f"{what}: {len(found)} quotations changed speaker, of {n} texts run")

with tempfile.TemporaryDirectory() as d:
    docs = list(documents())
    if not a.docs_only:
        items = []
        for name, text in docs:
            for n, line in enumerate(text.split("\n"), 1):
                line = line.strip()
                if not line or not any(m in line for m in MARKS):
                    continue
                items.append((f"{name}:{n}", line))
        def one(item):
            k, (name, line) = item
            sub = os.path.join(d, f"l{k}")
            os.makedirs(sub)
            return changes(sub, name, line)
        with ThreadPoolExecutor(4) as ex:
            found = [c for cs in ex.map(one, enumerate(items)) for c in cs]
        show(found, "lines, each alone", len(items))
    if not a.lines_only:
        # (UD's other files are questions, spoken French and short sentences: lines only.)
        keep = [(n, t) for n, t in docs if n in ("newstest2013", "flores") or n.startswith("sequoia_in_order")
                or n in ("fr_gsd-ud-test.conllu", "fr_pud-ud-test.conllu")]
        found = [c for name, text in keep for c in changes(d, name, text)]
        show(found, "whole documents", len(keep))
