#!/usr/bin/env bash
# Speed and memory of `bitext align` on a synthetic N x N book (default 20000 sentences a
# side, with merges, splits and dropped sentences; see make_synthetic.py), whole command
# (reading, dictionary, alignment, writing) as measured by GNU time.
#
# usage: bench/align/bench_speed.sh [N] [WORK_DIR]
# env: BITEXT (default target/release/bitext)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=${1:-20000}
work=${2:-/tmp/bitext-align-bench-$n}
bitext=${BITEXT:-target/release/bitext}
python3 "$here/make_synthetic.py" "$n" "$work"
/usr/bin/time -f "elapsed %e s (user %U s, system %S s), max RSS %M KB" \
  "$bitext" align "$work/fr.txt" "$work/en.txt" --presplit --dict "$work/dict.tsv" \
  --format links -o "$work/pred.links"
"$bitext" eval align --gold "$work/gold.links" --pred "$work/pred.links"
