#!/usr/bin/env python3
"""Build the throughput benchmark model: OPUS-MT fr-en's architecture and size, random weights.

What it mimics (Helsinki-NLP/opus-mt-fr-en as converted to CTranslate2 by the
Transformers converter, i.e. the ct2fast-opus-mt-fr-en model in bitext's catalog):

* Marian transformer-base: 6 encoder + 6 decoder layers, d_model 512, FFN 2048, 8 heads,
  swish FFN activation, post-norm (normalize_before = false), embeddings scaled by
  sqrt(d_model), static sinusoidal positions (a 512-row table, as the HF conversion stores),
  decoder starting from a zero embedding (`decoder_start_token = "</s>"`);
* one vocabulary of 59,514 entries shared by the encoder embeddings, the decoder embeddings
  and the output projection (tied, with an output bias);
* two SentencePiece unigram models, `source.spm` (French) and `target.spm` (English), as
  OPUS-MT ships them ("spm32k-spm32k"), whose pieces together form the shared vocabulary;
* saved float16 (`quantization="float16"`), quantized to int8 at load by both sides;
* `config.json` without `add_source_eos`, so the caller appends "</s>" to the source, as
  with the catalog's OPUS-MT model (`bitext-model.json` says so, and gives 512 positions).

The SentencePiece models are real, trained here on the French / English text available in
../shared/data (newstest2013, FLORES-200 devtest, the TransRead novels, PUD, UD sentences)
with a 32k target each and `hard_vocab_limit=False`: this data allows fewer pieces than
32k per language; the union of both models' pieces is padded with never-produced filler
entries (`<bench_fill_N>`) up to 59,514 so that the embedding and output-projection
matrices have OPUS-MT's exact shape (and the softmax its exact cost). The script prints
how many pieces the data gave.

Weights are random (fixed seed), so the model decodes garbage of random length; the
benchmark fixes the work by decoding exactly L tokens per sentence on both sides
(min_decoding_length = max_decoding_length = L, see run.py).

Usage (from the repository root; the output lies outside git, see .gitignore):
    .venv/bin/python bench/throughput/make_bench_model.py bench/throughput/work/model
"""
import glob
import io
import json
import os
import sys

import ctranslate2
import numpy as np
import sentencepiece as spm
from ctranslate2.specs import common_spec, transformer_spec

LAYERS = 6
HEADS = 8
D = 512
FFN = 2048
VOCAB = 59514  # Helsinki-NLP/opus-mt-fr-en vocab_size (without the <pad> HF adds)
POSITIONS = 512
SPM_VOCAB = 32000

DATA = os.environ.get("BITEXT_DATA", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))


def read_lines(paths):
    out = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            out.extend(l.strip() for l in f if l.strip())
    return out


def corpus(lang):
    d = os.path.abspath(DATA)
    if lang == "fr":
        paths = [
            f"{d}/translation/newstest2013.fr-en.fr",
            f"{d}/translation/flores200.devtest.fra_Latn",
            *sorted(glob.glob(f"{d}/alignment/transread/*/*.fr.sents.txt")),
            f"{d}/alignment/pud_parallel/pud.fr.sents.txt",
            *sorted(glob.glob(f"{d}/segmentation/sents/*.sents.txt")),
        ]
    else:
        paths = [
            f"{d}/translation/newstest2013.fr-en.en",
            f"{d}/translation/flores200.devtest.eng_Latn",
            *sorted(glob.glob(f"{d}/alignment/transread/*/*.en.sents.txt")),
            f"{d}/alignment/pud_parallel/pud.en.sents.txt",
        ]
    paths = [p for p in paths if os.path.isfile(p)]
    return read_lines(paths), paths


def train_spm(lang, out_path):
    lines, paths = corpus(lang)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=SPM_VOCAB,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        num_threads=2,
        minloglevel=2,
    )
    with open(out_path, "wb") as f:
        f.write(model.getvalue())
    sp = spm.SentencePieceProcessor(model_file=out_path)
    print(f"{lang}: {len(lines)} lines from {len(paths)} files -> {sp.get_piece_size()} pieces")
    return sp


def rand(rng, shape, scale):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def linear(rng, spec, out_dim, in_dim, bias=True):
    spec.weight = rand(rng, (out_dim, in_dim), np.sqrt(2.0 / (in_dim + out_dim)))
    if bias:
        spec.bias = rand(rng, (out_dim,), 0.02)


def layer_norm(rng, spec):
    spec.gamma = (1.0 + rand(rng, (D,), 0.02)).astype(np.float32)
    spec.beta = rand(rng, (D,), 0.02)


def sinusoids(n, dim):
    # Same table as Marian / HF MarianSinusoidalPositionalEmbedding (sin half, cos half).
    pos = np.arange(n)[:, None]
    ts = np.power(10000, 2 * (np.arange(dim) // 2) / dim)[None, :]
    enc = pos / ts
    table = np.zeros((n, dim), np.float32)
    table[:, : dim // 2] = np.sin(enc[:, 0::2])
    table[:, dim // 2 :] = np.cos(enc[:, 1::2])
    return table


def build_spec(vocab):
    rng = np.random.default_rng(59514)
    spec = transformer_spec.TransformerSpec.from_config(
        (LAYERS, LAYERS), HEADS, pre_norm=False, activation=common_spec.Activation.SWISH
    )
    emb = rand(rng, (len(vocab), D), 1.0 / np.sqrt(D))
    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = emb
    dec.embeddings.weight = emb  # shared (CTranslate2 stores aliased arrays once)
    enc.position_encodings.encodings = sinusoids(POSITIONS, D)
    dec.position_encodings.encodings = sinusoids(POSITIONS, D)
    dec.start_from_zero_embedding = True
    for layer in enc.layer:
        layer_norm(rng, layer.self_attention.layer_norm)
        linear(rng, layer.self_attention.linear[0], 3 * D, D)
        linear(rng, layer.self_attention.linear[1], D, D)
        layer_norm(rng, layer.ffn.layer_norm)
        linear(rng, layer.ffn.linear_0, FFN, D)
        linear(rng, layer.ffn.linear_1, D, FFN)
    for layer in dec.layer:
        layer_norm(rng, layer.self_attention.layer_norm)
        linear(rng, layer.self_attention.linear[0], 3 * D, D)
        linear(rng, layer.self_attention.linear[1], D, D)
        layer_norm(rng, layer.attention.layer_norm)
        linear(rng, layer.attention.linear[0], D, D)
        linear(rng, layer.attention.linear[1], 2 * D, D)
        linear(rng, layer.attention.linear[2], D, D)
        layer_norm(rng, layer.ffn.layer_norm)
        linear(rng, layer.ffn.linear_0, FFN, D)
        linear(rng, layer.ffn.linear_1, D, FFN)
    dec.projection.weight = emb  # tied output projection
    dec.projection.bias = rand(rng, (len(vocab),), 0.02)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.config.unk_token = "<unk>"
    spec.config.bos_token = "<s>"
    spec.config.eos_token = "</s>"
    spec.config.decoder_start_token = "</s>"
    return spec


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "bench/throughput/work/model"
    os.makedirs(out_dir, exist_ok=True)
    src = train_spm("fr", os.path.join(out_dir, "source.spm"))
    tgt = train_spm("en", os.path.join(out_dir, "target.spm"))
    specials = ["</s>", "<unk>", "<s>"]
    vocab, seen = [], set()
    for p in specials + [src.id_to_piece(i) for i in range(src.get_piece_size())] + [
        tgt.id_to_piece(i) for i in range(tgt.get_piece_size())
    ]:
        if p not in seen and "\n" not in p:
            seen.add(p)
            vocab.append(p)
    real = len(vocab)
    if real > VOCAB:
        sys.exit(f"{real} pieces: more than OPUS-MT's {VOCAB}")
    vocab += [f"<bench_fill_{i}>" for i in range(VOCAB - real)]
    print(f"shared vocabulary: {real} real pieces + {VOCAB - real} fillers = {len(vocab)}")
    spec = build_spec(vocab)
    spec.validate()
    spec.optimize(quantization="float16")
    spec.save(out_dir)
    # The catalog's OPUS-MT conversion has shared_vocabulary.txt; write the same layout.
    vj = os.path.join(out_dir, "shared_vocabulary.json")
    if os.path.exists(vj):
        with open(vj, encoding="utf-8") as f:
            tokens = json.load(f)
        with open(os.path.join(out_dir, "shared_vocabulary.txt"), "w", encoding="utf-8") as f:
            f.write("".join(t + "\n" for t in tokens))
        os.remove(vj)
    with open(os.path.join(out_dir, "bitext-model.json"), "w", encoding="utf-8") as f:
        json.dump(
            {
                "name": "bench-opus-mt-shape",
                "description": "random weights with OPUS-MT fr-en's architecture and size; "
                "for throughput benchmarks only (it does not translate)",
                "append_source_eos": True,
                "max_positions": POSITIONS,
                "ctranslate2": ctranslate2.__version__,
                "sentencepiece": spm.__version__,
            },
            f,
            indent=2,
        )
        f.write("\n")
    size = sum(os.path.getsize(os.path.join(out_dir, n)) for n in os.listdir(out_dir))
    print(f"wrote {out_dir} ({size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
