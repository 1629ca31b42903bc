#!/usr/bin/env python3
"""Build bitext's tiny *real* CTranslate2 test model: a Transformer that copies its input.

Why a hand-built copy model: tests must run the real engine (SentencePiece -> CTranslate2
-> SentencePiece) offline, and assert that text survives the whole pipeline unchanged and in
order. No fr->en weights can be downloaded here, and training even a small model takes far
longer than CI allows. A copy Transformer can instead be written down directly:

* token embeddings live in the first DT dimensions, learned position encodings in the last DP
  dimensions (both zero-mean unit vectors, so every layer norm is a fixed rescaling);
* encoder: one layer whose sub-layers add (almost) nothing, so it emits its normalised input;
* decoder: one layer whose cross-attention matches the decoder position (query) against the
  encoder positions (keys) with a sharp softmax and copies the token part of that position
  (value) into the residual stream, four times stronger than the decoder's own input token;
* output projection = the token embeddings (tied), so the argmax is the copied token.

Decoder step t (start token at t=0) attends to source position t, so the output is the source
token sequence, ending with the </s> that CTranslate2 appends (config add_source_eos).
This is a genuine CTranslate2 model.bin run by the unmodified engine: nothing is faked; it
just "translates" French into the same French.

Pinned versions (see requirements.txt beside this file): ctranslate2 4.8.4 (the version
vendored by ct2rs 0.10.3), sentencepiece 0.2.3, numpy 2.4.6. Run from the repository root:

    python3 -m venv .venv && .venv/bin/pip install -r models/tiny-copy/requirements.txt
    .venv/bin/python models/tiny-copy/make_tiny_model.py models/tiny-copy

The output is deterministic for a given set of versions (fixed seeds).
"""
import io
import json
import os
import shutil
import sys
import tempfile

import ctranslate2
import numpy as np
import sentencepiece as spm
from ctranslate2.specs import transformer_spec

VOCAB_SIZE = 1000
DT = 160  # token sub-space
DP = 96  # position sub-space
D = DT + DP
MAX_POSITIONS = 256  # longest token sequence the model accepts (source and target)
FFN = 8

# Training text for the SentencePiece model: the sample article (French) and some English
# news prose written for this script. byte_fallback covers every other character.
ENGLISH = """
The Secretary of State called for an immediate end to the hostilities.
The operation was condemned by the European Union, the United States and Russia.
Military actions risk worsening the humanitarian situation in the region.
We call for the immediate cessation of hostilities and for direct dialogue.
Earlier on Tuesday, an anonymous official told Reuters that talks would be held with all parties.
The minister said the attack was illegal, unjustifiable and unacceptable.
The spokeswoman warned that the military action had begun a few minutes earlier.
Read more: clashes between protesters and police in the capital.
The government denies having deployed units in the province and accuses its neighbour.
Translation of news articles from French into English, sentence by sentence.
"""


def train_sentencepiece(out_dir: str, repo_root: str) -> spm.SentencePieceProcessor:
    sample = os.path.join(repo_root, "samples", "haut-karabakh-2023-09.fr.txt")
    with open(sample, encoding="utf-8") as f:
        french = f.read()
    lines = [l.strip() for l in (french + "\n" + ENGLISH).splitlines() if l.strip()]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines * 4),
        model_writer=model,
        vocab_size=VOCAB_SIZE,
        model_type="unigram",
        character_coverage=1.0,
        byte_fallback=True,
        # Keep the text exactly as given: no NFKC folding, no whitespace squeezing, so the
        # copy model returns its input byte for byte (modulo SentencePiece's dummy prefix).
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        split_digits=True,
        hard_vocab_limit=False,
        num_threads=1,
        minloglevel=2,
    )
    data = model.getvalue()
    for name in ("source.spm", "target.spm"):
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
    return spm.SentencePieceProcessor(model_proto=data)


def unit_rows(rng, n, dim):
    x = rng.standard_normal((n, dim))
    x -= x.mean(axis=1, keepdims=True)  # zero mean: layer norm only rescales
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x.astype(np.float32)


def linear(spec, weight, bias=None):
    spec.weight = weight.astype(np.float32)
    spec.bias = (np.zeros(weight.shape[0]) if bias is None else bias).astype(np.float32)


def layer_norm(spec, dim, gamma=1.0):
    spec.gamma = np.full(dim, gamma, dtype=np.float32)
    spec.beta = np.zeros(dim, dtype=np.float32)


def quiet(rng, rows, cols):
    # Near-zero weights for the sub-layers that must add nothing (exact zeros would give
    # all-zero rows, which some int8 quantizers turn into NaN scales).
    return (rng.standard_normal((rows, cols)) * 1e-4).astype(np.float32)


def build_spec(vocab):
    rng = np.random.default_rng(20231)
    V = len(vocab)
    tok = np.zeros((V, D), np.float32)
    tok[:, :DT] = unit_rows(rng, V, DT)
    pos = np.zeros((MAX_POSITIONS, D), np.float32)
    pos[:, DT:] = unit_rows(rng, MAX_POSITIONS, DP)

    # Attention logits are (q.k)/sqrt(D) on layer-normed inputs (norm sqrt(D/2) each half);
    # SIGMA^2 * sqrt(D)/2 is the softmax temperature on the position cosine.
    sigma = np.sqrt(60.0 / (np.sqrt(D) / 2.0))
    pick_pos = np.zeros((D, D), np.float32)
    pick_pos[DT:, DT:] = np.eye(DP) * sigma
    pick_tok = np.zeros((D, D), np.float32)
    pick_tok[:DT, :DT] = np.eye(DT)
    alpha = 4.0 / np.sqrt(D / 2.0)  # copied token 4x the decoder's own input token

    spec = transformer_spec.TransformerSpec.from_config((1, 1), 1, pre_norm=True)
    enc, dec = spec.encoder, spec.decoder
    enc.scale_embeddings = False
    dec.scale_embeddings = False
    enc.embeddings[0].weight = tok
    dec.embeddings.weight = tok
    enc.position_encodings.encodings = pos
    dec.position_encodings.encodings = pos

    el = enc.layer[0]
    layer_norm(el.self_attention.layer_norm, D)
    linear(el.self_attention.linear[0], np.concatenate([quiet(rng, D, D)] * 3))
    linear(el.self_attention.linear[1], quiet(rng, D, D))
    layer_norm(el.ffn.layer_norm, D)
    linear(el.ffn.linear_0, quiet(rng, FFN, D))
    linear(el.ffn.linear_1, quiet(rng, D, FFN))
    layer_norm(enc.layer_norm, D)

    dl = dec.layer[0]
    layer_norm(dl.self_attention.layer_norm, D)
    linear(dl.self_attention.linear[0], np.concatenate([quiet(rng, D, D)] * 3))
    linear(dl.self_attention.linear[1], quiet(rng, D, D))
    layer_norm(dl.attention.layer_norm, D)
    linear(dl.attention.linear[0], pick_pos)  # queries: decoder position
    linear(dl.attention.linear[1], np.concatenate([pick_pos, pick_tok]))  # keys, values
    linear(dl.attention.linear[2], pick_tok * alpha)  # output: the copied token
    layer_norm(dl.ffn.layer_norm, D)
    linear(dl.ffn.linear_0, quiet(rng, FFN, D))
    linear(dl.ffn.linear_1, quiet(rng, D, FFN))
    # The final norm's gain sharpens the output distribution (logits = tok . normed state).
    layer_norm(dec.layer_norm, D, gamma=3.0)
    linear(dec.projection, tok)

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.config.add_source_eos = True
    spec.config.unk_token = "<unk>"
    spec.config.bos_token = "<s>"
    spec.config.eos_token = "</s>"
    spec.config.decoder_start_token = "<s>"
    return spec


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "models/tiny-copy"
    repo_root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    os.makedirs(out_dir, exist_ok=True)
    sp = train_sentencepiece(out_dir, repo_root)
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    spec = build_spec(vocab)
    spec.validate()
    spec.optimize(quantization="float16")
    tmp = tempfile.mkdtemp()
    spec.save(tmp)
    # Write the vocabulary as shared_vocabulary.txt (one token per line), the layout of the
    # OPUS-MT conversions in the catalog, so tests can serve this model in their place.
    vocab_json = os.path.join(tmp, "shared_vocabulary.json")
    with open(vocab_json, encoding="utf-8") as f:
        tokens = json.load(f)
    assert all("\n" not in t for t in tokens)
    with open(os.path.join(tmp, "shared_vocabulary.txt"), "w", encoding="utf-8") as f:
        f.write("".join(t + "\n" for t in tokens))
    os.remove(vocab_json)
    for stale in ("shared_vocabulary.json",):
        if os.path.exists(os.path.join(out_dir, stale)):
            os.remove(os.path.join(out_dir, stale))
    for name in os.listdir(tmp):
        shutil.move(os.path.join(tmp, name), os.path.join(out_dir, name))
    shutil.rmtree(tmp)
    with open(os.path.join(out_dir, "bitext-model.json"), "w", encoding="utf-8") as f:
        json.dump(
            {
                "name": "tiny-copy",
                "description": "hand-built CTranslate2 Transformer that copies its input; "
                "for tests only (it does not translate)",
                "max_positions": MAX_POSITIONS,
                "ctranslate2": ctranslate2.__version__,
                "sentencepiece": spm.__version__,
            },
            f,
            indent=2,
        )
        f.write("\n")
    self_check(out_dir, sp)


def self_check(out_dir, sp):
    """Translate a few lines with the Python engine and require an exact copy."""
    tr = ctranslate2.Translator(out_dir, device="cpu", compute_type="int8")
    lines = [
        "Le secrétaire d’État américain Antony Blinken a appelé à « une fin immédiate des hostilités ».",
        "Ça coûte 3,5 % de plus — 2 000 € ; 10 h 30 ! 😀 日本語 Ωμέγα",
        "x" * 40,
        "a",
    ]
    toks = [sp.encode(l, out_type=str) for l in lines]
    res = tr.translate_batch(toks, beam_size=2, return_scores=True)
    for line, r in zip(lines, res):
        out = sp.decode(r.hypotheses[0])
        status = "ok " if out == line else "BAD"
        print(f"{status} {r.scores[0]:.4f} {out!r}")
        if out != line:
            sys.exit(f"copy check failed for {line!r}")


if __name__ == "__main__":
    main()
