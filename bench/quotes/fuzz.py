#!/usr/bin/env python3
"""Random documents of quotation marks, incise words, names, punctuation and line breaks
through `bitext quotes --format json`: reports any run that exits non-zero or panics.

usage: fuzz.py [BITEXT] [--n N] [--seed S]   (default target/release/bitext, 4000 documents,
seed 1); failing documents are written to fuzz-fail-K.txt in the current folder."""
import random, subprocess, sys, tempfile, os

args = sys.argv[1:]
def opt(name, default):
    if name in args:
        k = args.index(name); v = args[k + 1]; del args[k:k + 2]; return v
    return default
n = int(opt("--n", "4000"))
random.seed(int(opt("--seed", "1")))
bitext = args[0] if args else "target/release/bitext"
PIECES = ["«", "»", "“", "”", '"', "'", "’", ",", ".", ":", ";", "(", ")", "—", "-", "\n", "\n\n",
          " ", "\u00a0", "\u202f", "a déclaré", "a-t-il", "a-t-elle ajouté", "s'est réjoui", "selon",
          "Pour", "pour", "le", "la", "l'", "Le", "La", "ce", "cette", "Paul Roy", "Léa Morel",
          "le Slovène", "le technicien", "l'agence", "cette organisation", "par la voix de",
          "de la part du", "qualifié de", "et", "mais", "Certes", "Jusqu'en", "A", "il", "elle", "ils",
          "on", "Il n'a pas fallu", "explique", "insiste", "soupire-t-elle", "confirmant",
          "précisant que", "c'est ainsi qu'il a qualifié", "lui aussi", "é", "ée", "j'ai", "mon",
          "Les enquêteurs", "privilégient", "évoquent", "ce père de quatre enfants",
          "son premier titre", "dans un communiqué", "au Figaro", "Ties van der Meer"]
failures = 0
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "doc.txt")
    for i in range(n):
        doc = "".join(random.choice(PIECES) + (" " if random.random() < 0.6 else "")
                      for _ in range(random.randint(1, 60)))
        open(path, "w", encoding="utf-8").write(doc)
        r = subprocess.run([bitext, "quotes", "--format", "json", "--quiet", path],
                           capture_output=True, text=True)
        if r.returncode != 0 or "panick" in r.stderr:
            failures += 1
            open(f"fuzz-fail-{failures}.txt", "w", encoding="utf-8").write(doc)
            print(f"exit {r.returncode}: {r.stderr.strip()[:200]}")
print(f"{n} documents, {failures} failures")
sys.exit(1 if failures else 0)
