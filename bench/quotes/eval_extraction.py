#!/usr/bin/env python3
"""Extraction quality of `bitext quotes`: precision/recall/F1 of quotation spans (exact byte
spans of the quoted words) and speaker accuracy, against the hand-annotated fixture.

usage: eval_extraction.py [FIXTURE] [-- COMMAND ...]
  FIXTURE  default tests/fixtures/quotes/extraction_gold.jsonl
  COMMAND  default: target/release/bitext quotes --format json --quiet
           (the excerpt's file name is appended; JSON with a "quotations" list, or a list)

Speaker accuracy is over the gold quotations whose span was found: correct when both
sides say "no speaker", or when, lower-cased and without a leading article, one name
contains the other (gold "Antony Blinken" vs "Blinken"). With --strict (before `--`), the
two names must be equal (lower-cased, without a leading article): "France" for "le
directeur de Radio France" counts as wrong."""
import json, os, re, subprocess, sys, tempfile

args = sys.argv[1:]
cmd = ["target/release/bitext", "quotes", "--format", "json", "--quiet"]
if "--" in args:
    k = args.index("--")
    cmd, args = args[k + 1:], args[:k]
STRICT = "--strict" in args
args = [a for a in args if a != "--strict"]
fixture = next((a for a in args if not a.startswith("-")), "tests/fixtures/quotes/extraction_gold.jsonl")

def norm(s):
    s = s.lower().replace("’", "'").replace("\u00a0", " ")
    s = re.sub(r"^(le |la |les |l'|un |une |des |du )", "", s.strip())
    return re.sub(r"\s+", " ", s).strip(" ,.")

def same_speaker(g, p):
    if g is None or p is None:
        return g is None and p is None
    g, p = norm(g), norm(p)
    if STRICT:
        return bool(g) and g == p
    return bool(g) and bool(p) and (g in p or p in g)

tp = fp = fn = 0
sp_ok = sp_n = 0
errors = []
with tempfile.TemporaryDirectory() as d:
    for line in open(fixture, encoding="utf-8"):
        rec = json.loads(line)
        path = os.path.join(d, "excerpt.fr.txt")
        open(path, "w", encoding="utf-8").write(rec["text"])
        out = subprocess.run(cmd + [path], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"command failed on {rec['source']}: {out.stderr.strip()}")
        res = json.loads(out.stdout)
        pred = res["quotations"] if isinstance(res, dict) else res
        pspans = {(q["span"]["start"], q["span"]["end"]): q for q in pred}
        gspans = {(q["start"], q["end"]): q for q in rec["quotes"]}
        for k, g in gspans.items():
            if k in pspans:
                tp += 1
                sp_n += 1
                ps = pspans[k].get("speaker")
                pname = ps["name"] if ps else None
                if same_speaker(g["speaker"], pname):
                    sp_ok += 1
                else:
                    errors.append(f"speaker  {rec['source']}: «{g['text'][:50]}» gold={g['speaker']!r} got={pname!r}")
            else:
                fn += 1
                errors.append(f"missed   {rec['source']}: «{g['text'][:60]}»")
        for k, p in pspans.items():
            if k not in gspans:
                fp += 1
                errors.append(f"spurious {rec['source']}: «{p['text'][:60]}»")

p = tp / max(tp + fp, 1)
r = tp / max(tp + fn, 1)
f = 2 * p * r / max(p + r, 1e-9)
if "-v" in args or os.environ.get("VERBOSE"):
    print("\n".join(errors), file=sys.stderr)
print(f"quotations={tp + fn} predicted={tp + fp} span_P={p:.3f} span_R={r:.3f} span_F1={f:.3f} "
      f"speaker_acc={sp_ok / max(sp_n, 1):.3f} ({sp_ok}/{sp_n})")
