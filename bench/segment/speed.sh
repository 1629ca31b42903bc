#!/usr/bin/env bash
# Segmenter throughput, single-threaded, end to end: `bitext segment` on a large generated
# input (the sample article repeated), output discarded. Prints MB/s (best of 3 runs) and
# the peak memory, which stays bounded whatever the input size (streaming input).
# usage: bench/segment/speed.sh [SIZE_MB] [text|jsonl] [fr|en]     (from the repository root)
set -euo pipefail
size_mb=${1:-200}
format=${2:-text}
lang=${3:-fr}
bin=target/release/bitext
[ -x "$bin" ] || cargo build --release
sample=samples/haut-karabakh-2023-09.fr.txt
input=$(mktemp "${TMPDIR:-/tmp}/bitext-segbench.XXXXXX")
trap 'rm -f "$input"' EXIT
target=$((size_mb * 1000 * 1000))
cp "$sample" "$input"
while [ "$(stat -c %s "$input")" -lt "$target" ]; do
  cat "$input" "$input" > "$input.2" && mv "$input.2" "$input"
done
truncate -s "$target" "$input"
# Cut back to the last whole line so the input stays valid UTF-8.
python3 - "$input" <<'PY'
import sys, os
p = sys.argv[1]
with open(p, 'rb+') as f:
    data = f.read()
    f.truncate(data.rfind(b'\n') + 1)
PY
bytes=$(stat -c %s "$input")
best=""
for run in 1 2 3; do
  start=$(date +%s.%N)
  "$bin" segment "$input" --lang "$lang" --format "$format" > /dev/null
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc -l)" = 1 ]; then best=$secs; fi
done
rss=$( { /usr/bin/time -f '%M' "$bin" segment "$input" --lang "$lang" --format "$format" > /dev/null; } 2>&1 | tail -1 )
printf 'input %.1f MB, format %s, lang %s: best of 3 %.3f s = %.1f MB/s; peak RSS %s KiB\n' \
  "$(echo "$bytes / 1000000" | bc -l)" "$format" "$lang" "$best" "$(echo "$bytes / 1000000 / $best" | bc -l)" "$rss"
