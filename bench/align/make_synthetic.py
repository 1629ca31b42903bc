#!/usr/bin/env python3
"""Synthetic parallel "book" for the aligner's speed/memory benchmark: N French-like and
about N English-like sentences (one per line), with 1-2/2-1 merges and dropped sentences,
and a TSV dictionary for part of the vocabulary. Also writes the gold links.
usage: make_synthetic.py N OUTDIR [SEED]"""
import os, random, sys

n = int(sys.argv[1]); out = sys.argv[2]; rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
os.makedirs(out, exist_ok=True)
syl = ["ba", "re", "ti", "mo", "lu", "ne", "sa", "co", "di", "fe", "ga", "pi", "vo", "ra", "tu", "le"]
def word(k):
    r = random.Random(k)
    return "".join(r.choice(syl) for _ in range(r.randint(2, 4)))
V = 20000
fr_vocab = [word(k) for k in range(V)]
en_vocab = [word(k + 10 * V)[::-1] + "s" for k in range(V)]
func_fr = ["le", "la", "de", "et", "que", "il", "dans", "pour"]
func_en = ["the", "of", "and", "that", "he", "in", "for", "to"]
def zipf():
    return min(int(V ** rng.random()), V) - 1  # log-uniform ranks: Zipf-like
def sentence():
    ids = [zipf() for _ in range(rng.randint(4, 30))]
    fr = []; en = []
    for i in ids:
        fr.append(fr_vocab[i]); en.append(en_vocab[i])
        if rng.random() < 0.3:
            fr.append(rng.choice(func_fr)); en.append(rng.choice(func_en))
    if rng.random() < 0.05:
        num = str(rng.randint(1, 2000)); fr.append(num); en.append(num)
    end = rng.choice([".", ".", ".", "?", "!"])
    return " ".join(fr).capitalize() + end, " ".join(en).capitalize() + end
frs, ens, links = [], [], []
while len(frs) < n:
    r = rng.random()
    if r < 0.06:    # 2-1
        a, b = sentence(), sentence()
        links.append(([len(frs), len(frs) + 1], [len(ens)])); frs += [a[0], b[0]]; ens.append(a[1][:-1] + ", " + b[1].lower())
    elif r < 0.12:  # 1-2
        a, b = sentence(), sentence()
        links.append(([len(frs)], [len(ens), len(ens) + 1])); frs.append(a[0][:-1] + ", " + b[0].lower()); ens += [a[1], b[1]]
    elif r < 0.13:  # 1-0
        links.append(([len(frs)], [])); frs.append(sentence()[0])
    elif r < 0.14:  # 0-1
        links.append(([], [len(ens)])); ens.append(sentence()[1])
    else:
        a = sentence(); links.append(([len(frs)], [len(ens)])); frs.append(a[0]); ens.append(a[1])
open(os.path.join(out, "fr.txt"), "w").write("\n".join(frs) + "\n")
open(os.path.join(out, "en.txt"), "w").write("\n".join(ens) + "\n")
open(os.path.join(out, "gold.links"), "w").write("".join(f"[{','.join(map(str, a))}]:[{','.join(map(str, b))}]\n" for a, b in links))
# A dictionary for the 5000 most frequent words only, as real dictionaries miss most forms.
open(os.path.join(out, "dict.tsv"), "w").write("".join(f"{fr_vocab[i]}\t{en_vocab[i]}\n" for i in range(5000)))
print(f"{len(frs)} French, {len(ens)} English sentences in {out}")
