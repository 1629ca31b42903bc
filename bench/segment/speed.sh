#!/usr/bin/env bash
# Segmenter throughput, single-threaded, end to end: `bitext segment` on a large generated
# input (the sample article repeated), output discarded. Prints MB/s (best of 3 runs, by CPU
# time and by wall time) and the peak memory, which stays bounded whatever the input size
# (the input is streamed).
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
# Wall time depends on what else runs on the machine; CPU time (user + system) of the
# single thread is the steadier figure. Best of 3 for each.
best_wall=""; best_cpu=""; rss=0
for run in 1 2 3; do
  read -r wall user sys mem < <( { /usr/bin/time -f '%e %U %S %M' "$bin" segment "$input" --lang "$lang" --format "$format" > /dev/null; } 2>&1 | tail -1 )
  cpu=$(echo "$user + $sys" | bc -l)
  if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc -l)" = 1 ]; then best_wall=$wall; fi
  if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc -l)" = 1 ]; then best_cpu=$cpu; fi
  if [ "$mem" -gt "$rss" ]; then rss=$mem; fi
done
mb=$(echo "$bytes / 1000000" | bc -l)
printf 'input %.1f MB, format %s, lang %s: %.1f MB/s of CPU time (%.2f s), %.1f MB/s wall (%.2f s); peak RSS %s KiB\n' \
  "$mb" "$format" "$lang" "$(echo "$mb / $best_cpu" | bc -l)" "$best_cpu" "$(echo "$mb / $best_wall" | bc -l)" "$best_wall" "$rss"
