"""Shared helpers of the quote-checker benchmarks: FLORES quotation fragments, machine
translation through an external command (cached), running `bitext quotes`."""
import hashlib, json, os, re, subprocess, sys

APERTIUM = "apertium -u fr-es | apertium -u spa-eng"
BITEXT = ["target/release/bitext", "quotes", "--format", "json", "--quiet"]

def read_lines(path):
    return open(path, encoding="utf-8").read().split("\n")[:-1] if open(path, encoding="utf-8").read().endswith("\n") else open(path, encoding="utf-8").read().split("\n")

def fragments(fr_lines, min_words=3, straight=False):
    """Every quotation of at least `min_words` words inside « » or “ ” (the quoted words only,
    as a fact-checker would paste them), with its 0-based line: the issue's definition, the
    same as ../shared/tools/quote_retrieval_baseline.py. `straight`: also "…" (newstest2013's
    French writes its quotation marks straight)."""
    pat = r'[«“]\s*(.+?)\s*[»”]|"\s*([^"]+?)\s*"' if straight else r"[«“]\s*(.+?)\s*[»”]"
    out = []
    for i, l in enumerate(fr_lines):
        for m in re.finditer(pat, l):
            q = (m.group(1) or m.group(2)) if straight else m.group(1)
            if len(q.split()) >= min_words:
                out.append((i, q))
    return out

def right_line(en, i, match):
    """Whether `match` (bitext's JSON) starts in English line i (0-based), or in a line that
    repeats that line whole (FLORES' line 32 holds line 33)."""
    return bool(match) and (match["line"] == i + 1 or en[i] in en[match["line"] - 1])

def orphan_source(en, i):
    """The English lines without line i's original (nor any line that repeats it)."""
    return [l for j, l in enumerate(en) if j != i and en[i] not in l]

def base_parser():
    """The arguments every benchmark takes: FR EN (parallel files, a line each), --mt (the
    translation command) and --work (its cache)."""
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("fr"); ap.add_argument("en")
    ap.add_argument("--mt", default=APERTIUM); ap.add_argument("--work", default="/tmp/bitext-quotes-bench")
    return ap

def add_split_args(ap):
    """--lines (dev/check split of the query lines) and --marks (which quotation marks)."""
    ap.add_argument("--lines", default="all", choices=["all", "even", "odd"],
                    help="queries from all lines, or only even (dev) / odd (check) 0-based lines")
    ap.add_argument("--marks", default="guillemets", choices=["guillemets", "all"],
                    help='fragments inside « » and “ ” (default), or also straight "…"')

def in_split(i, lines):
    return lines == "all" or (i % 2 == 0) == (lines == "even")

def translate(texts, mt_cmd, work):
    """Translate one text per line with `mt_cmd` (cached in `work`)."""
    os.makedirs(work, exist_ok=True)
    if not texts:
        sys.exit("no queries to translate (newstest2013's French needs --marks all)")
    payload = "\n".join(t.replace("\n", " ") for t in texts) + "\n"
    key = hashlib.sha1((mt_cmd + "\0" + payload).encode()).hexdigest()[:16]
    path = os.path.join(work, f"mt-{key}.txt")
    if not os.path.exists(path):
        out = subprocess.run(mt_cmd, shell=True, input=payload, capture_output=True, text=True, check=True).stdout
        lines = out.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if len(lines) != len(texts):
            sys.exit(f"MT returned {len(lines)} lines for {len(texts)} inputs")
        open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return path

def write_lines(path, lines):
    open(path, "w", encoding="utf-8").write("\n".join(l.replace("\n", " ") for l in lines) + "\n")

def run_quotes(cmd, quotes_file, translations_file, sources, extra=()):
    """`bitext quotes --each-line QUOTES --translations T --against SOURCES... --format json`."""
    args = cmd + ["--each-line", quotes_file, "--translations", translations_file, *extra, "--against", *sources]
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{' '.join(args)} failed: {out.stderr.strip()}")
    return json.loads(out.stdout)["quotations"]

def split_cmd(argv):
    if "--" in argv:
        k = argv.index("--")
        return argv[:k], argv[k + 1:]
    return argv, list(BITEXT)


def norm_speaker(s):
    """A speaker's name as the scorers compare it: lower case, plain apostrophes and spaces,
    no leading article, no trailing comma or period."""
    s = s.lower().replace("’", "'").replace("\u00a0", " ")
    s = re.sub(r"^(le |la |les |l'|un |une |des |du )", "", s.strip())
    return re.sub(r"\s+", " ", s).strip(" ,.")

def same_speaker(g, p, strict=False):
    """Whether bitext's speaker `p` counts for the annotated `g`: both None, or (normalised)
    one name holds the other ("Blinken" for "Antony Blinken"); with `strict`, equal names."""
    if g is None or p is None:
        return g is None and p is None
    g, p = norm_speaker(g), norm_speaker(p)
    if strict:
        return bool(g) and g == p
    return bool(g) and bool(p) and (g in p or p in g)

def speakers(binary, path):
    """{(start, end): speaker name or None} of every quotation `binary quotes` finds in the
    file at `path`; exits with bitext's message when it fails."""
    out = subprocess.run([binary, "quotes", "--format", "json", "--quiet", path],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{binary} failed on {path}: {out.stderr.strip()}")
    res = json.loads(out.stdout)
    qs = res["quotations"] if isinstance(res, dict) else res
    return {(q["span"]["start"], q["span"]["end"]): (q.get("speaker") or {}).get("name") for q in qs}
