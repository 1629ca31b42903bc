#!/bin/sh
# Throughput benchmark, end to end. From the repository root:
#   sh bench/throughput/run.sh [ROUNDS]
# BITEXT=target/dnnl/release/bitext (sh scripts/build-fast.sh) measures the fast build; the
# default is the portable build (cargo build --release).
# Needs: the bitext binary, .venv with ctranslate2==4.8.4 and
# sentencepiece (models/tiny-copy/requirements.txt), hyperfine and GNU time (apt-get install
# hyperfine time), ../shared/data (newstest2013, FLORES, TransRead: see its README).
set -eu
ROUNDS=${1:-2}
BITEXT=${BITEXT:-target/release/bitext}
PY=.venv/bin/python
W=bench/throughput/work
M=$W/model
mkdir -p $W
[ -f $M/model.bin ] || $PY bench/throughput/make_bench_model.py $M
uptime
# 1. Side by side, A B A B: beam 1 and 4, 1 and 2 intra threads.
$PY bench/throughput/run.py --bitext "$BITEXT" --rounds "$ROUNDS" --settings 1:1,1:2,4:1,4:2 | tee $W/table.md
uptime
# 2. One short sentence: latency of the whole command (hyperfine), and model load alone.
FIXED="--min-decoding-length 26 --max-decoding-length 26"
hyperfine --warmup 1 --runs 10 --export-json $W/latency.json \
  "echo 'Le ministre a parlé.' | $BITEXT translate - --model $M --beam-size 4 --intra-threads 1 $FIXED -q" \
  "echo 'Le ministre a parlé.' | $BITEXT translate - --model $M --beam-size 4 --intra-threads 2 $FIXED -q"
for i in 1 2 3 4 5; do
  echo 'Le ministre a parlé.' | $BITEXT translate - --model $M --beam-size 4 --intra-threads 1 $FIXED 2>&1 >/dev/null |
    sed -n 's/.*model loaded in \([0-9.]*\) s.*/model load: \1 s/p'
done
