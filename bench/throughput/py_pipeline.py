#!/usr/bin/env python3
"""The reference: CTranslate2's own Python pipeline, written as well as we know how.

Same sentences as `bitext translate` (those `bitext segment` gives on the same running
text, read from its JSONL), same model, same engine options:
SentencePiece encode (batched, C++) -> append "</s>" (Marian) -> one
`Translator.translate_batch` call over all distinct sentences with max_batch_size and
batch_type="tokens" (CTranslate2 sorts by length and rebatches internally) -> batched
SentencePiece decode -> one TSV row per input sentence (repeats reuse the translation,
as bitext's cache does, so both sides run the engine on the same distinct sentences).

    .venv/bin/python bench/throughput/py_pipeline.py MODEL SENTS.jsonl OUT.tsv \
        --beam 4 --threads 1 --max-batch-size 1024 --decoding-length 26
"""
import argparse
import json
import sys
import time

t_start = time.perf_counter()

import ctranslate2  # noqa: E402
import sentencepiece as spm  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("sentences", help="JSONL from `bitext segment --format jsonl`")
    ap.add_argument("output")
    ap.add_argument("--beam", type=int, default=4)
    ap.add_argument("--threads", type=int, default=1, help="intra_threads")
    ap.add_argument("--inter-threads", type=int, default=1)
    ap.add_argument("--max-batch-size", type=int, default=1024)
    ap.add_argument("--compute-type", default="int8")
    ap.add_argument("--decoding-length", type=int, default=26,
                    help="min_decoding_length = max_decoding_length (fixed work)")
    a = ap.parse_args()

    t0 = time.perf_counter()
    translator = ctranslate2.Translator(
        a.model, device="cpu", compute_type=a.compute_type,
        intra_threads=a.threads, inter_threads=a.inter_threads,
    )
    src = spm.SentencePieceProcessor(model_file=f"{a.model}/source.spm")
    tgt = spm.SentencePieceProcessor(model_file=f"{a.model}/target.spm")
    t_load = time.perf_counter() - t0

    t1 = time.perf_counter()
    with open(a.sentences, encoding="utf-8") as f:
        sents = [json.loads(line)["text"] for line in f]
    distinct = list(dict.fromkeys(s.strip() for s in sents))
    tokens = src.encode(distinct, out_type=str)
    for t in tokens:
        t.append("</s>")
    results = translator.translate_batch(
        tokens,
        beam_size=a.beam,
        max_batch_size=a.max_batch_size,
        batch_type="tokens",
        max_input_length=0,
        min_decoding_length=a.decoding_length,
        max_decoding_length=a.decoding_length,
        return_scores=True,
    )
    hyps = [r.hypotheses[0] for r in results]
    target_tokens = sum(len(h) for h in hyps)
    english = tgt.decode(hyps)
    by_source = dict(zip(distinct, zip(english, (r.scores[0] for r in results))))
    with open(a.output, "w", encoding="utf-8") as out:
        out.write("id\tfr\ten\tscore\n")
        for i, s in enumerate(sents, 1):
            en, score = by_source[s.strip()]
            clean = lambda x: x.replace("\t", " ").replace("\n", " ")
            out.write(f"{i}\t{clean(s)}\t{clean(en)}\t{score:.4f}\n")
    t_run = time.perf_counter() - t1
    print(
        json.dumps({
            "side": "python",
            "sentences": len(sents),
            "distinct": len(distinct),
            "target_tokens": target_tokens,
            "load_s": round(t_load, 3),
            "translate_s": round(t_run, 3),
            "total_s": round(time.perf_counter() - t_start, 3),
        }),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
