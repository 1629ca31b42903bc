#!/usr/bin/env python3
"""How well speaker attribution copes with verbs it has never seen: build bitext with half of
its verb lists removed (SPEECH_VERBS with their irregular forms, INCISE_ONLY, AMBIGUOUS in
src/quotes/speaker.rs: every other entry, the even-numbered or the odd-numbered ones), then
score the development fixtures with that build twice: as it is, and with the rules that go
by word order instead of by verb (`structural_incise`, `que_clause_subject`) switched off.
News text always brings verbs no list holds (s'extasie, rigole, a tonné); the removed half
stands in for them, on text whose answers are known.

usage: ablate_verbs.py [--parity 0|1 ...] [--nouns] [--work DIR] [--target DIR] [FIXTURE ...]
  --parity  which half to remove (default: both, one after the other)
  --nouns   remove half of SPEAKER_NOUNS instead (the nouns of persons and bodies that make a
            phrase a speaker's), verb lists whole; one line per half
  --work    where the modified copy of the source goes (default: a temporary directory)
  --target  cargo target directory for the modified build (default target/ablate, which
            keeps the dependencies built between runs; the first build compiles them all)
  FIXTURE   default: every tests/fixtures/quotes/extraction_*.jsonl but news-i (the check)

The switch is an environment variable read only by the modified copy; the project's own
source has no such switch. Prints one pooled line per build and setting (eval_extraction.py)."""
import argparse, glob, os, re, shutil, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "../.."))
ap = argparse.ArgumentParser()
ap.add_argument("--parity", type=int, action="append", choices=[0, 1])
ap.add_argument("--nouns", action="store_true")
ap.add_argument("--work")
ap.add_argument("--target", default=os.path.join(root, "target/ablate"))
ap.add_argument("fixtures", nargs="*")
a = ap.parse_args()
fixtures = a.fixtures or sorted(f for f in glob.glob(os.path.join(root, "tests/fixtures/quotes/extraction_*.jsonl"))
                                if "news_i" not in f)
SWITCH = "BITEXT_ABLATION_NO_WORD_ORDER"
STRUCTURAL = ["fn structural_incise(", "fn que_clause_subject("]

def halve_nouns(src, parity):
    """The source with every other entry of SPEAKER_NOUNS removed."""
    a = src.index("const SPEAKER_NOUNS: &[&str] = &[")
    b = src.index("];", a)
    nouns = re.findall(r'"([^"]+)"', src[a:b])
    kept = [w for i, w in enumerate(nouns) if i % 2 != parity]
    src = src[:a] + "const SPEAKER_NOUNS: &[&str] = &[" + ",".join(f'"{w}"' for w in kept) + src[b:]
    return src, len(nouns), len(nouns) - len(kept)

def halve(src, parity):
    """The source with every other entry of the verb lists removed."""
    def entries(body):
        return re.findall(r'"([^"]+)"', body)
    a = src.index("pub const SPEECH_VERBS: &[&str] = &[")
    b = src.index("];", a)
    verbs = entries(src[a:b])
    dropped = {v for i, v in enumerate(verbs) if i % 2 == parity}
    kept = [v for v in verbs if v not in dropped]
    src = src[:a] + "pub const SPEECH_VERBS: &[&str] = &[" + ",".join(f'"{v}"' for v in kept) + src[b:]
    a = src.index("const IRREGULAR: &[(&str, &[&str])] = &[")
    b = src.index("\n];", a)
    irregular = src[a:b]
    for v in dropped:
        irregular = re.sub(r'\(\s*"%s",\s*&\[[^\]]*\],?\s*\),?' % re.escape(v), "", irregular)
    src = src[:a] + irregular + src[b:]
    for name in ["const INCISE_ONLY: &[&str] = &[", "const AMBIGUOUS: &[&str] = &["]:
        a = src.index(name)
        b = src.index("];", a)
        forms = entries(src[a:b])
        src = src[:a] + name + ",".join(f'"{f}"' for i, f in enumerate(forms) if i % 2 != parity) + src[b:]
    for sig in STRUCTURAL:
        k = src.index(sig)
        brace = src.index("{", k) + 1
        src = src[:brace] + f'\n    if std::env::var_os("{SWITCH}").is_some() {{ return None; }}' + src[brace:]
    return src, len(verbs), len(dropped)

work = a.work or tempfile.mkdtemp(prefix="bitext-ablate-")
files = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout.split()
for f in files:
    if f.startswith("tests/fixtures/"):
        continue
    dst = os.path.join(work, f)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copy2(os.path.join(root, f), dst)
speaker = os.path.join(work, "src/quotes/speaker.rs")
original = open(os.path.join(root, "src/quotes/speaker.rs"), encoding="utf-8").read()
for parity in a.parity or [0, 1]:
    src, n, removed = (halve_nouns if a.nouns else halve)(original, parity)
    open(speaker, "w", encoding="utf-8").write(src)
    env = dict(os.environ, CARGO_TARGET_DIR=a.target)
    what = "speaker nouns" if a.nouns else "speech verbs"
    print(f"building with {removed} of {n} {what} removed ({'even' if parity == 0 else 'odd'}-numbered) …",
          file=sys.stderr)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "bitext"], cwd=work, env=env, check=True)
    binary = os.path.join(a.target, "release/bitext")
    settings = [("word-order rules on ", {}), ("word-order rules off", {SWITCH: "1"})]
    for label, extra in settings[:1] if a.nouns else settings:
        out = subprocess.run([sys.executable, os.path.join(here, "eval_extraction.py"), *fixtures, "--",
                              binary, "quotes", "--format", "json", "--quiet"],
                             env=dict(os.environ, **extra), capture_output=True, text=True, check=True).stdout
        pooled = out.strip().splitlines()[-1]
        print(f"half {parity} of the {what} removed, {label}: {pooled}")
if not a.work:
    shutil.rmtree(work)
