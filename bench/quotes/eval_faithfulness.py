#!/usr/bin/env python3
"""Faithfulness of `bitext quotes --against`: how often the word-level comparison flags a
perturbed English original, and how often it flags the real one (false alarm).

Data: FLORES-200 devtest (English is the original language). Each query is a French
quotation fragment (>= 3 words inside « » or “ ”) or a whole French line, translated by
the --mt command; its source is the one English line that holds its original. First the
query is checked against that line as it is: any flag (or "not found") is a false alarm.
The passage found there is then perturbed, one change at a time:
  number    a number changed (digits +1, or the next number word)
  negation  a negation removed (not, n't, never, no) or added after an auxiliary
  name      a capitalised name swapped for another name from the corpus
  clause    a clause dropped (between commas, or from a conjunction on), >= 3 words
and the query is checked against the perturbed line: flagged = status "differs" or
"not-found". Perturbations that do not apply to a passage (no number in it, ...) are skipped.

usage: eval_faithfulness.py FR EN [--set fragments|lines|both] [--lines all|even|odd]
                            [--marks guillemets|all] [--mt CMD] [--work DIR] [--dump FILE]
                            [-- BITEXT_QUOTES_CMD...]
  --lines  queries from all lines (default), or the even (dev) / odd (check) 0-based lines
  --marks  fragments inside « » and “ ” (default), or also straight "…" (newstest2013)
  --dump   write one JSON line per query (unperturbed flags, and each perturbation's
           result) for reading the errors"""
import json, os, re, sys, tempfile
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (base_parser, add_split_args, fragments, in_split, read_lines, run_quotes,
                    split_cmd, translate, write_lines)

argv, cmd = split_cmd(sys.argv[1:])
ap = base_parser()
ap.add_argument("--set", default="both", choices=["fragments", "lines", "both"])
ap.add_argument("--dump", help="JSON lines of every query's results")
add_split_args(ap)
a = ap.parse_args(argv)
dump = open(a.dump, "w", encoding="utf-8") if a.dump else None
fr, en = read_lines(a.fr), read_lines(a.en)

NUM_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
             "million", "billion"]
AUX = ["is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had",
       "should", "must", "does", "did", "do", "may", "might"]
STOPCAPS = {"The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "This",
            "That", "But", "And", "However", "For", "As", "If", "When", "While", "Mr", "Mrs", "Dr"}
NAMES = sorted({w for l in en for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b", l)} - STOPCAPS)

def perturb_number(s):
    m = list(re.finditer(r"\d+(?:[.,]\d+)*", s))
    if m:
        x = m[0]
        digits = x.group(0)
        k = max(i for i, c in enumerate(digits) if c.isdigit())
        d = str((int(digits[k]) + 1) % 10)
        return s[:x.start()] + digits[:k] + d + digits[k + 1:] + s[x.end():]
    for i, w in enumerate(NUM_WORDS[:14]):
        mm = re.search(rf"\b{w}\b", s, re.I)
        if mm:
            return s[:mm.start()] + NUM_WORDS[(i + 1) % 14] + s[mm.end():]
    return None

def perturb_negation(s):
    for pat, rep in [(r"\bcannot\b", "can"), (r"\b(\w+)n't\b", r"\1"), (r"\bnot\s+", ""),
                     (r"\bnever\b", "always"), (r"\bno\b", "some")]:
        if re.search(pat, s):
            return re.sub(pat, rep, s, count=1)
    m = re.search(r"\b(" + "|".join(AUX) + r")\b", s)
    if m:
        return s[:m.end()] + " not" + s[m.end():]
    return None

def perturb_name(s, seed):
    caps = [m for m in re.finditer(r"(?<=\S )[A-Z][a-z]+\b", s) if m.group(0) not in STOPCAPS]
    if not caps:
        return None
    m = caps[0]
    choices = [n for n in NAMES if n != m.group(0)]
    new = choices[(seed * 7919) % len(choices)]
    return s[:m.start()] + new + s[m.end():]

def perturb_clause(s):
    words = s.split()
    if len(words) < 8:
        return None
    # A clause between two commas.
    for m in re.finditer(r",([^,]{10,}?),", s):
        if len(m.group(1).split()) >= 3:
            return s[:m.start()] + s[m.end() - 1:]
    # From a conjunction or relative pronoun to the end.
    m = re.search(r"(,?\s+\b(and|but|which|who|because|while|when|after|before|so|or)\b.*)$", s)
    if m and len(m.group(1).split()) >= 3 and m.start() > len(s) // 4:
        return s[:m.start()]
    return None

def check(query_file, tr_file, source_text, work, tag):
    src = os.path.join(work, f"src-{tag}.en.txt")
    open(src, "w", encoding="utf-8").write(source_text + "\n")
    return run_quotes(cmd, query_file, tr_file, [src])[0]

def flagged(r):
    return r["status"] in ("differs", "not-found")

# The flag that names each perturbation ("not found" also counts: the changed passage no
# longer matches).
OWN = {"number": {"number"}, "negation": {"negation"}, "name": {"name"}, "clause": {"addition", "omission"}}

def own_flag(r, kind):
    if r["status"] == "not-found":
        return True
    return any(f["kind"] in OWN[kind] for f in (r["comparison"] or {}).get("flags", []))

def evaluate(name, queries):
    work = tempfile.mkdtemp(prefix=f"faith-{name}-", dir=a.work)
    mt = open(translate([q for _, q in queries], a.mt, a.work), encoding="utf-8").read().split("\n")
    jobs = []
    for k, (i, q) in enumerate(queries):
        if not in_split(i, a.lines):
            continue
        qf = os.path.join(work, f"q{k}.fr"); tf = os.path.join(work, f"q{k}.en")
        write_lines(qf, [q]); write_lines(tf, [mt[k]])
        jobs.append((k, i, qf, tf))

    def one(job):
        k, i, qf, tf = job
        base = check(qf, tf, en[i], work, f"{k}-orig")
        out = {"orig": flagged(base), "kinds": {}}
        info = {"set": name, "line": i, "fr": open(qf, encoding="utf-8").read().strip(),
                "mt": mt[k], "status": base["status"],
                "flags": [f["kind"] + ": " + f["detail"] for f in (base["comparison"] or {}).get("flags", [])],
                "passage": base["match"]["text"] if base["match"] else None, "perturbed": {}}
        out["info"] = info
        if base["match"] is None:
            return out
        s, e = base["match"]["span"]["start"], base["match"]["span"]["end"]
        line_b = en[i].encode("utf-8")
        passage = line_b[s:e].decode("utf-8")
        for kind, f in [("number", perturb_number), ("negation", perturb_negation),
                        ("name", lambda p: perturb_name(p, k)), ("clause", perturb_clause)]:
            p = f(passage)
            if p is None or p == passage:
                continue
            text = (line_b[:s] + p.encode("utf-8") + line_b[e:]).decode("utf-8")
            r = check(qf, tf, text, work, f"{k}-{kind}")
            out["kinds"][kind] = (flagged(r), own_flag(r, kind))
            info["perturbed"][kind] = {"text": p, "status": r["status"],
                                       "flags": [f["kind"] for f in (r["comparison"] or {}).get("flags", [])]}
        return out

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        results = list(ex.map(one, jobs))
    if dump:
        for r in results:
            dump.write(json.dumps(r["info"], ensure_ascii=False) + "\n")
        dump.flush()
    n = len(results)
    fa = sum(r["orig"] for r in results)
    rows = []
    tot_f = tot_o = tot_n = 0
    for kind in ["number", "negation", "name", "clause"]:
        v = [r["kinds"][kind] for r in results if kind in r["kinds"]]
        f = sum(x[0] for x in v); o = sum(x[1] for x in v)
        tot_f += f; tot_o += o; tot_n += len(v)
        rows.append(f"| {name} | {kind} | {len(v)} | {f / max(len(v), 1):.3f} | {o / max(len(v), 1):.3f} |")
    rows.append(f"| {name} | **all perturbations** | {tot_n} | {tot_f / max(tot_n, 1):.3f} | {tot_o / max(tot_n, 1):.3f} |")
    rows.append(f"| {name} | unperturbed (false alarms) | {n} | {fa / n:.3f} | |")
    print("\n".join(rows))
    sys.stdout.flush()

os.makedirs(a.work, exist_ok=True)
print(f"{a.fr}, lines: {a.lines}\n")
print("| queries | perturbation | n | flagged (any flag) | flagged by its own kind |\n|---|---|---|---|---|")
if a.set in ("fragments", "both"):
    evaluate("fragments", fragments(fr, straight=a.marks == "all"))
if a.set in ("lines", "both"):
    evaluate("whole lines", list(enumerate(fr)))
