#!/usr/bin/env python3
"""bitext's segmenter next to pySBD and the Moses splitter, same data, same metric.

For every NAME.sents.txt (gold, one sentence a line) with a NAME.running.txt beside it in
DIR, each tool segments the running text; the predictions are written to OUT/NAME.TOOL.txt
(one sentence a line) and scored with boundary precision/recall/F1 exactly as
../shared/tools/segscore.py scores them (`segscore.py GOLD PRED` on those files gives the
same figures). pySBD and Moses get the running text line by line, so they too see the
headline line breaks; bitext gets the whole file, as `bitext segment` does.

usage (from the repository root, in a venv with `pip install pysbd sentence-splitter`):
  python bench/segment/compare.py ../shared/data/segmentation/sents [--out DIR] [--bitext PATH]
Prints a Markdown table: F1 per set and tool, then throughput (MB/s) over all sets.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time


def starts(lines):
    pos, out = 0, set()
    for line in lines:
        s = ''.join(line.split())
        if not s:
            continue
        if pos:
            out.add(pos)
        pos += len(s)
    return out, pos


def f1(gold_lines, pred_lines):
    gs, gn = starts(gold_lines)
    ps, pn = starts(pred_lines)
    if gn != pn:
        print(f"warning: text mismatch: gold {gn} non-space chars, prediction {pn}", file=sys.stderr)
    tp = len(gs & ps)
    p = tp / len(ps) if ps else 0.0
    r = tp / len(gs) if gs else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def by_lines(split, text):
    out = []
    for line in text.split('\n'):
        if line.strip():
            out += [s.strip() for s in split(line) if s.strip()]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('dir')
    ap.add_argument('--out', default=None, help='where predictions go (default: a temporary folder)')
    ap.add_argument('--bitext', default='target/release/bitext')
    ap.add_argument('--lang', default='fr')
    args = ap.parse_args()
    try:
        import pysbd
        from sentence_splitter import SentenceSplitter
    except ImportError:
        sys.exit('compare.py: needs pysbd and sentence-splitter (pip install pysbd sentence-splitter)')
    out_dir = args.out or tempfile.mkdtemp(prefix='bitext-segcompare-')
    os.makedirs(out_dir, exist_ok=True)
    sbd = pysbd.Segmenter(language=args.lang, clean=False)
    moses = SentenceSplitter(language=args.lang)

    def run_bitext(text):
        r = subprocess.run([args.bitext, 'segment', '-', '--lang', args.lang],
                           input=text.encode('utf-8'), capture_output=True, check=True)
        return r.stdout.decode('utf-8').split('\n')

    tools = [
        ('bitext', run_bitext),
        ('pySBD', lambda t: by_lines(sbd.segment, t)),
        ('Moses', lambda t: by_lines(moses.split, t)),
    ]
    names = sorted(f[:-len('.sents.txt')] for f in os.listdir(args.dir)
                   if f.endswith('.sents.txt') and os.path.exists(os.path.join(args.dir, f[:-len('.sents.txt')] + '.running.txt')))
    if not names:
        sys.exit(f'compare.py: no NAME.sents.txt + NAME.running.txt pairs in {args.dir}')
    seconds = {t: 0.0 for t, _ in tools}
    total_bytes = 0
    print('| set | ' + ' | '.join(t for t, _ in tools) + ' |')
    print('|---|' + '---:|' * len(tools))
    for name in names:
        gold = open(os.path.join(args.dir, name + '.sents.txt'), encoding='utf-8').read().split('\n')
        text = open(os.path.join(args.dir, name + '.running.txt'), encoding='utf-8').read()
        total_bytes += len(text.encode('utf-8'))
        cells = []
        scores = []
        for tool, split in tools:
            t0 = time.perf_counter()
            pred = split(text)
            seconds[tool] += time.perf_counter() - t0
            with open(os.path.join(out_dir, f'{name}.{tool}.txt'), 'w', encoding='utf-8') as f:
                f.write('\n'.join(p for p in pred if p.strip()) + '\n')
            scores.append(f1(gold, pred))
        best = max(scores)
        for s in scores:
            cells.append(f'**{s:.4f}**' if s == best else f'{s:.4f}')
        print(f'| {name} | ' + ' | '.join(cells) + ' |')
        sys.stdout.flush()
    speed = ' | '.join(f'{total_bytes / 1e6 / seconds[t]:.2f}' for t, _ in tools)
    print(f'| throughput on these sets, MB/s (bitext includes process start) | {speed} |')
    print(f'\npredictions in {out_dir}', file=sys.stderr)


if __name__ == '__main__':
    main()
