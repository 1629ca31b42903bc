#!/usr/bin/env python3
"""Extraction quality of `bitext quotes`: precision/recall/F1 of quotation spans (exact byte
spans of the quoted words) and speaker accuracy, against the hand-annotated fixture.

usage: eval_extraction.py [FIXTURE ...] [-v] [--strict] [-- COMMAND ...]
  FIXTURE  default tests/fixtures/quotes/extraction_gold.jsonl; with several, one line each
           and a pooled line
  COMMAND  default: target/release/bitext quotes --format json --quiet
           (the excerpt's file name is appended; JSON with a "quotations" list, or a list)

Speaker accuracy is over the gold quotations whose span was found: correct when both
sides say "no speaker", or when, lower-cased and without a leading article, one name
contains the other (gold "Antony Blinken" vs "Blinken"). With --strict (before `--`), the
two names must be equal (lower-cased, without a leading article): "France" for "le
directeur de Radio France" counts as wrong. Each line also counts the speaker errors by kind
(none: no speaker found where the gold has one; wrong: another speaker; extra: a speaker where
the gold has none), which says what kind of errors a set holds without printing them (-v
does)."""
import json, os, subprocess, sys, tempfile
import common

args = sys.argv[1:]
cmd = ["target/release/bitext", "quotes", "--format", "json", "--quiet"]
if "--" in args:
    k = args.index("--")
    cmd, args = args[k + 1:], args[:k]
STRICT = "--strict" in args
args = [a for a in args if a != "--strict"]
fixtures = [a for a in args if not a.startswith("-")] or ["tests/fixtures/quotes/extraction_gold.jsonl"]

def same_speaker(g, p):
    return common.same_speaker(g, p, STRICT)

def evaluate(fixture, d):
    """Counts for one fixture: tp, fp, fn, speakers right, speakers judged, error kinds."""
    tp = fp = fn = sp_ok = sp_n = 0
    kinds = {"none": 0, "wrong": 0, "extra": 0}
    errors = []
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
                    kinds["none" if pname is None else "extra" if g["speaker"] is None else "wrong"] += 1
                    errors.append(f"speaker  {rec['source']}: «{g['text'][:50]}» gold={g['speaker']!r} got={pname!r}")
            else:
                fn += 1
                errors.append(f"missed   {rec['source']}: «{g['text'][:60]}»")
        for k, p in pspans.items():
            if k not in gspans:
                fp += 1
                errors.append(f"spurious {rec['source']}: «{p['text'][:60]}»")
    if "-v" in args or os.environ.get("VERBOSE"):
        print("\n".join(errors), file=sys.stderr)
    return tp, fp, fn, sp_ok, sp_n, kinds

def report(name, tp, fp, fn, sp_ok, sp_n, kinds):
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    f = 2 * p * r / max(p + r, 1e-9)
    prefix = f"{name} " if name else ""
    print(f"{prefix}quotations={tp + fn} predicted={tp + fp} span_P={p:.3f} span_R={r:.3f} span_F1={f:.3f} "
          f"speaker_acc={sp_ok / max(sp_n, 1):.3f} ({sp_ok}/{sp_n}) "
          f"errors: none={kinds['none']} wrong={kinds['wrong']} extra={kinds['extra']}")

total = [0, 0, 0, 0, 0, {"none": 0, "wrong": 0, "extra": 0}]
with tempfile.TemporaryDirectory() as d:
    for fixture in fixtures:
        counts = evaluate(fixture, d)
        name = os.path.basename(fixture) if len(fixtures) > 1 else ""
        report(name, *counts)
        for k in range(5):
            total[k] += counts[k]
        for kind, n in counts[5].items():
            total[5][kind] += n
if len(fixtures) > 1:
    report("pooled", *total)
