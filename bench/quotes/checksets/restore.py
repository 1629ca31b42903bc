#!/usr/bin/env python3
"""Rebuild the blind quotation sets (news-x …) from their manifests.

The sets are excerpts of French news saved in public GitHub repositories, annotated by hand
(quotation spans and speakers) by helpers that never ran bitext on them. The excerpts are
third-party text, so the repository keeps only where each excerpt is (repository, commit,
path, character offsets, how to turn the slice into plain text, and the SHA-256 of the
result) and the annotations. This script fetches the files and writes the sets in the
format `eval_extraction.py` reads.

usage: restore.py [MANIFEST ...] [--out DIR] [--mirror DIR]
  MANIFEST  default: every bench/quotes/checksets/*.manifest.jsonl
  --out     default ../shared/data/quotes-check (one SET.jsonl per manifest)
  --mirror  where git snapshots of the source repositories are (default /work/.mirror,
            laid out as owner+name/…/a git directory); a repository not found there is read
            from https://raw.githubusercontent.com/OWNER/NAME/COMMIT/PATH

Manifest line (JSON):
  {"id": "x001", "repo": "owner/name", "commit": "<40 hex>", "path": "dir/file.html",
   "start": 1234, "end": 2345, "extract": "html", "sha256": "…",
   "quotes": [{"start": 10, "end": 42, "speaker": "Jean Dupont"}, …]}
  start/end: character offsets (Python str indices) into the file decoded as UTF-8.
  extract: "text" (the slice as is), "html" (block tags such as
  <p>, <br>, <div>, <li>, <h1> become a space, other tags are removed, entities decoded), "json" (the
  slice is the inside of a JSON string: escapes decoded), "json-html" (both).
  Then every run of whitespace becomes one space and the ends are trimmed; sha256 is of
  that text in UTF-8. Quote start/end are byte offsets into it, as in the fixtures.

An excerpt that cannot be fetched, or whose text no longer hashes the same, is reported; its
set is then not written (a set with excerpts missing would score something else), and the
exit status is 1."""
import glob, hashlib, html, json, os, re, subprocess, sys, urllib.parse, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


BLOCK = re.compile(r"</?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|"
                   r"header|footer|figure|figcaption|aside|dd|dt|hr)\b[^>]*>", re.I)


def clean(raw, how):
    s = raw
    if how.startswith("json"):
        s = json.loads('"' + s + '"')
    if how.endswith("html"):
        s = BLOCK.sub(" ", s)
        s = re.sub(r"<[^>]*>", "", s)
        s = html.unescape(s)
    elif how not in ("text", "json"):
        raise ValueError(f"unknown extract {how!r}")
    return re.sub(r"\s+", " ", s).strip()


def git_dir(mirror, repo):
    base = os.path.join(mirror, repo.replace("/", "+"))
    if not os.path.isdir(base):
        return None
    for d, subdirs, files in os.walk(base):
        if "HEAD" in files and "objects" in subdirs:
            return d
    return None


_files = {}
_failed = {}


def read_source(mirror, repo, commit, path):
    key = (repo, commit, path)
    if key in _files:
        return _files[key]
    if key in _failed:  # one try per file, not one per excerpt
        raise _failed[key]
    d = git_dir(mirror, repo)
    data = None
    if d:
        r = subprocess.run(["git", "--git-dir", d, "show", f"{commit}:{path}"], capture_output=True)
        if r.returncode == 0:
            data = r.stdout
    if data is None:
        url = f"https://raw.githubusercontent.com/{repo}/{commit}/{urllib.parse.quote(path)}"
        try:
            with urllib.request.urlopen(url, timeout=30) as f:
                data = f.read()
        except Exception as e:
            _failed[key] = e
            raise
    _files[key] = data.decode("utf-8", errors="replace")
    return _files[key]


def excerpt(rec, mirror):
    raw = read_source(mirror, rec["repo"], rec["commit"], rec["path"])
    return clean(raw[rec["start"]:rec["end"]], rec["extract"])


def main():
    args = sys.argv[1:]
    out = os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "quotes-check")
    mirror = "/work/.mirror"
    if "--out" in args:
        k = args.index("--out"); out = args[k + 1]; del args[k:k + 2]
    if "--mirror" in args:
        k = args.index("--mirror"); mirror = args[k + 1]; del args[k:k + 2]
    manifests = args or sorted(glob.glob(os.path.join(HERE, "*.manifest.jsonl")))
    os.makedirs(out, exist_ok=True)
    bad = 0
    for m in manifests:
        name = os.path.basename(m).replace(".manifest.jsonl", "")
        lines = []
        bad_before = bad
        for n, line in enumerate(open(m, encoding="utf-8"), 1):
            rec = json.loads(line)
            try:
                text = excerpt(rec, mirror)
            except Exception as e:  # a file that cannot be had is reported, not fatal
                print(f"{m}:{n}: {rec['repo']} {rec['path']}: {e}", file=sys.stderr)
                bad += 1
                continue
            if hashlib.sha256(text.encode()).hexdigest() != rec["sha256"]:
                print(f"{m}:{n}: {rec['id']}: text differs from the annotated one", file=sys.stderr)
                bad += 1
                continue
            b = text.encode()
            quotes = [{"start": q["start"], "end": q["end"], "text": b[q["start"]:q["end"]].decode(),
                       "speaker": q["speaker"]} for q in rec["quotes"]]
            src = f"{rec['repo']}@{rec['commit'][:10]}:{rec['path']}#{rec['start']}"
            lines.append(json.dumps({"source": src, "text": text, "quotes": quotes}, ensure_ascii=False))
        if bad > bad_before:
            # (A set with excerpts missing would score something else: nothing is written.)
            print(f"{name}: {bad - bad_before} excerpts could not be restored; {name}.jsonl not written",
                  file=sys.stderr)
            continue
        tmp = os.path.join(out, f".{name}.jsonl.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            f.write("".join(l + "\n" for l in lines))
        os.replace(tmp, os.path.join(out, f"{name}.jsonl"))
        print(f"{name}: {len(lines)} excerpts, {sum(len(json.loads(l)['quotes']) for l in lines)} quotations")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
