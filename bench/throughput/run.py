#!/usr/bin/env python3
"""Side-by-side throughput benchmark: `bitext translate` end to end versus CTranslate2's
Python pipeline (py_pipeline.py), interleaved so that machine noise hits both: A B, B A,
A B, ... (`--order abba`, the default; `--order ab` runs bitext first in every round, as the
figures of sessions 1-4 were measured).

Work is made identical: both sides translate the same distinct sentences (those bitext's
segmenter finds in the running text, handed to Python as JSONL from `bitext segment`), with
the same model and options (int8, beam, intra threads, max_batch_size 1024 tokens,
batch_type tokens), and both decode exactly L target tokens per sentence
(min_decoding_length = max_decoding_length = L; the random-weight model never ends a
sentence by itself in a realistic way). L = 26 is the mean length of the reference English
(newstest2013.fr-en.en) in the benchmark's target.spm pieces, so the total decoded tokens
(~78k) match what a real model produces on this test set.

Each run is timed as a whole process (wall clock, peak RSS from /usr/bin/time -v):
bitext reads the running text, segments, tokenizes, translates, detokenizes and writes TSV;
Python imports its modules, reads the pre-split sentences, tokenizes, translates, detokenizes
and writes TSV. Model loading is included on both sides.

    .venv/bin/python bench/throughput/run.py --rounds 2 [--settings 1:1,1:2,4:1,4:2]

A setting is beam:intra_threads, or beam:intra_threads:inter_threads for more than one
translation worker on both sides (CTranslate2's inter_threads: 1:1:2 is two workers of one
thread each, sharing one copy of the model).

Writes bench/throughput/work/results.json and prints a Markdown table
(bench/throughput/results.md holds the committed figures).
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
WORK = os.path.join(HERE, "work")


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def prepare(args):
    os.makedirs(WORK, exist_ok=True)
    running = os.path.join(WORK, "newstest2013.running.fr.txt")
    # Running text: each newstest line is a paragraph (blank line between), so bitext's
    # segmenter decides the sentences (some lines hold two).
    with open(args.input, encoding="utf-8") as f, open(running, "w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if args.lines and i >= args.lines:
                break
            out.write(line.rstrip("\n") + "\n\n")
    sents = os.path.join(WORK, "sents.jsonl")
    with open(sents, "w") as out:
        sh([args.bitext, "segment", running, "--format", "jsonl"], stdout=out)
    with open(sents) as f:
        texts = [json.loads(l)["text"] for l in f]
    return running, sents, len(texts), len(set(t.strip() for t in texts))


def timed(cmd, log):
    """Run cmd under /usr/bin/time -v; return (wall seconds, peak RSS in MiB, CPU seconds
    (user + system), stderr)."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v", *cmd], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr[-3000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    rss = int(m.group(1)) / 1024 if m else float("nan")
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", p.stderr))
    with open(log, "a") as f:
        f.write(f"$ {' '.join(cmd)}\n{p.stderr}\n")
    return wall, rss, cpu, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bitext", default=os.path.join(ROOT, "target/release/bitext"))
    ap.add_argument("--python", default=os.path.join(ROOT, ".venv/bin/python"))
    ap.add_argument("--model", default=os.path.join(WORK, "model"))
    ap.add_argument("--input", default=os.path.join(ROOT, "..", "shared/data/translation/newstest2013.fr-en.fr"))
    ap.add_argument("--lines", type=int, default=0,
                    help="use only the first N newstest lines (0 = all 3000)")
    ap.add_argument("--settings", default="1:1,1:2,4:1,4:2", help="beam:intra_threads[:inter_threads],...")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--order", choices=["abba", "ab"], default="abba",
                    help="abba: the side that runs first alternates from round to round "
                         "(A B, B A, ...), so that a position effect (the run after a pause, "
                         "or after the other side) falls on both; ab: bitext always first")
    ap.add_argument("--decoding-length", type=int, default=26)
    ap.add_argument("--max-batch-size", type=int, default=1024)
    ap.add_argument("--out", default=os.path.join(WORK, "results.json"))
    ap.add_argument("--show", nargs="*", help="only print the table of these results files")
    args = ap.parse_args()
    if args.show:
        for path in args.show:
            with open(path) as f:
                print_table(json.load(f))
        return

    running, sents, n_sents, n_distinct = prepare(args)
    L = args.decoding_length
    log = os.path.join(WORK, "runs.log")
    results = []
    for setting in args.settings.split(","):
        parts = [int(x) for x in setting.split(":")]
        beam, threads = parts[0], parts[1]
        inter = parts[2] if len(parts) > 2 else 1
        common = dict(beam=beam, threads=threads, inter=inter)
        tag = f"b{beam}.t{threads}" + (f".i{inter}" if inter != 1 else "")
        bx_out = os.path.join(WORK, f"bitext.{tag}.tsv")
        py_out = os.path.join(WORK, f"python.{tag}.tsv")
        bitext_cmd = [args.bitext, "translate", running, "-o", bx_out, "--model", args.model,
                      "--beam-size", str(beam), "--intra-threads", str(threads),
                      "--inter-threads", str(inter), "--compute-type", "int8",
                      "--max-batch-size", str(args.max_batch_size), "--batch-type", "tokens",
                      "--min-decoding-length", str(L), "--max-decoding-length", str(L)]
        py_cmd = [args.python, os.path.join(HERE, "py_pipeline.py"), args.model, sents, py_out,
                  "--beam", str(beam), "--threads", str(threads), "--inter-threads", str(inter),
                  "--compute-type", "int8",
                  "--max-batch-size", str(args.max_batch_size), "--decoding-length", str(L)]
        runs = {"bitext": [], "python": []}
        for r in range(args.rounds):
            pair = [("bitext", bitext_cmd), ("python", py_cmd)]
            if args.order == "abba" and r % 2 == 1:
                pair.reverse()
            for side, cmd in pair:
                load = os.getloadavg()[0]
                wall, rss, cpu, err = timed(cmd, log)
                runs[side].append({"wall_s": wall, "rss_mib": rss, "cpu_s": cpu, "load1": load})
                print(f"beam {beam} threads {threads}x{inter} round {r + 1} {side}: {wall:.1f} s, "
                      f"cpu {cpu:.1f} s, {rss:.0f} MiB (load {load:.2f})", file=sys.stderr, flush=True)
        # Same work: both outputs hold the same sentences; the English must match too
        # (identical model and tokens; int8 rounding may flip a rare token).
        with open(bx_out) as f:
            bx_en = [l.rstrip("\n").split("\t")[5] for l in f][1:]
        with open(py_out) as f:
            py_en = [l.rstrip("\n").split("\t")[2] for l in f][1:]
        same = sum(a == b for a, b in zip(bx_en, py_en))
        row = dict(common, sentences=n_sents, distinct=n_distinct, target_tokens=n_distinct * L,
                   rows=(len(bx_en), len(py_en)), identical_translations=same)
        for side in runs:
            walls = [x["wall_s"] for x in runs[side]]
            row[side] = {
                "wall_s": statistics.median(walls),
                "wall_runs": walls,
                "rss_mib": max(x["rss_mib"] for x in runs[side]),
                "cpu_s": statistics.median(x.get("cpu_s", float("nan")) for x in runs[side]),
                "load1": [x["load1"] for x in runs[side]],
                "sent_per_s": n_sents / statistics.median(walls),
                "tok_per_s": n_distinct * L / statistics.median(walls),
            }
        row["ratio"] = row["bitext"]["wall_s"] / row["python"]["wall_s"]
        results.append(row)
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1)
    print_table(results)

def print_table(results):
    print("| sentences | beam | threads | side | wall s (median; runs) | sentences/s | target tokens/s | CPU s (median) | peak RSS MiB | wall ratio bitext/Python |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in results:
        for side in ("bitext", "python"):
            s = row[side]
            ratio = f"**{row['ratio']:.2f}**" if side == "bitext" else ""
            threads = f"{row['threads']}" + (f" × {row['inter']} workers" if row.get("inter", 1) != 1 else "")
            print(f"| {row['sentences']} | {row['beam']} | {threads} | {side} | {s['wall_s']:.1f} "
                  f"({', '.join(f'{w:.1f}' for w in s['wall_runs'])}) | {s['sent_per_s']:.1f} | "
                  f"{s['tok_per_s']:.0f} | {s.get('cpu_s', float('nan')):.1f} | {s['rss_mib']:.0f} | {ratio} |")
    for row in results:
        print(f"beam {row['beam']} threads {row['threads']}: {row['identical_translations']}/"
              f"{row['rows'][0]} translations identical; rows {row['rows']}")


if __name__ == "__main__":
    main()
