#!/usr/bin/env bash
# Sentence-alignment quality on the TransRead books: bitext align (without and, when
# Apertium is installed, with machine translations) and hunalign (when built), same input,
# same dictionary, scored with Vecalign's strict/lax P/R/F1 micro-averaged over books.
#
# usage: bench/align/eval_transread.sh [DATA_DIR] [WORK_DIR]
#   DATA_DIR  default ../shared/data/alignment/transread (one folder per book)
#   WORK_DIR  default /tmp/bitext-transread (detokenized text, translations, predictions)
# env: BITEXT   the binary (default target/release/bitext)
#      DETOK    detokenizer (default DATA_DIR/../../../tools/detok.py, the data's own)
#      HUNALIGN hunalign binary (default /tmp/hunalign/src/hunalign/hunalign; skipped if absent)
#      DICTD    FreeDict index (default /usr/share/dictd/freedict-fra-eng.index)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${1:-../shared/data/alignment/transread}
work=${2:-/tmp/bitext-transread}
bitext=${BITEXT:-target/release/bitext}
detok=${DETOK:-$data/../../../tools/detok.py}
hunalign=${HUNALIGN:-/tmp/hunalign/src/hunalign/hunalign}
dictd=${DICTD:-/usr/share/dictd/freedict-fra-eng.index}
mkdir -p "$work"

books=()
for d in "$data"/*/; do
  b=$(basename "$d")
  [ -f "$d/$b.gold.fr-en.vecalign.txt" ] || continue
  books+=("$b")
  # The files are tokenized: detokenize both sides first, keeping one sentence per line.
  python3 "$detok" fr < "$d/$b.fr.sents.txt" > "$work/$b.fr"
  python3 "$detok" en < "$d/$b.en.sents.txt" > "$work/$b.en"
  cp "$d/$b.gold.fr-en.vecalign.txt" "$work/$b.gold"
done
[ ${#books[@]} -gt 0 ] || { echo "no books in $data" >&2; exit 1; }

args=(); for b in "${books[@]}"; do args+=(--gold "$work/$b.gold" --fr "$work/$b.fr" --en "$work/$b.en"); done
dict=(); [ -f "$dictd" ] && dict=(--dict "$dictd")

echo "== bitext align, no translations (${dict[*]:---no-dict}) =="
"$bitext" eval align "${args[@]}" "${dict[@]}" --pred-dir "$work/bitext"

echo; echo "== bitext align --no-dict =="
"$bitext" eval align "${args[@]}" --no-dict --pred-dir "$work/bitext-nodict"

pairs=$(apertium -l 2>/dev/null || true)
if grep -q '^ *fr-es$' <<<"$pairs" && grep -q '^ *spa-eng$' <<<"$pairs"; then
  tr=()
  for b in "${books[@]}"; do
    [ -s "$work/$b.mt" ] || apertium -u fr-es < "$work/$b.fr" | apertium -u spa-eng > "$work/$b.mt"
    tr+=(--translations "$work/$b.mt")
  done
  echo; echo "== bitext align --translations (Apertium fr-es | spa-eng) =="
  "$bitext" eval align "${args[@]}" "${tr[@]}" "${dict[@]}" --pred-dir "$work/bitext-mt"
else
  echo; echo "(apertium fr-es and spa-eng not installed: no run with translations)"
fi

if [ -x "$hunalign" ]; then
  : > "$work/null.dic"
  dicts=("$work/null.dic")
  if [ -f "$dictd" ]; then
    python3 "$here/freedict_to_hunalign.py" "$dictd" > "$work/fr-en.hunalign.dic"
    dicts=("$work/fr-en.hunalign.dic" "$work/null.dic")
  fi
  for hdict in "${dicts[@]}"; do
    name=$(basename "$hdict" .dic)
    mkdir -p "$work/hunalign-$name"
    pred=()
    for b in "${books[@]}"; do
      "$hunalign" -utf "$hdict" "$work/$b.fr" "$work/$b.en" > "$work/hunalign-$name/$b.ladder" 2>/dev/null
      python3 "$here/ladder_to_links.py" "$work/hunalign-$name/$b.ladder" > "$work/hunalign-$name/$b.links"
      pred+=(--gold "$work/$b.gold" --pred "$work/hunalign-$name/$b.links")
    done
    echo; echo "== hunalign -utf $name.dic =="
    "$bitext" eval align "${pred[@]}"
  done
else
  echo; echo "(no hunalign at $hunalign: see README for how to build it)"
fi
