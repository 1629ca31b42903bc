//! Output writers: one per format behind one entry point, [`write_pairs`].
//!
//! - `tsv`: a header line, then one row per pair (tabs/newlines inside text are escaped).
//! - `jsonl`: one JSON object per pair (fields documented in README).
//! - `tmx`: TMX 1.4b, one `<tu>` per pair with `<tuv xml:lang="fr">` / `"en"`.
//! - `moses`: two line-aligned plain-text files, `OUTPUT.fr` and `OUTPUT.en`.
//! - `links`: Vecalign's alignment format, `[fr ids]:[en ids]` per line (aligner output).
//! - `text`: the English as running text, paragraphs kept.
//!
//! Files are written atomically (see [`crate::io::write_atomically`]).

mod sink;
mod tmx;

use crate::error::Result;
use crate::text::Pair;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use sink::PairSink;

/// Output format names, as given to `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Tab-separated values with a header line.
    Tsv,
    /// One JSON object per line.
    Jsonl,
    /// TMX 1.4b translation memory (XML).
    Tmx,
    /// Moses plain text: OUTPUT.fr and OUTPUT.en, line-aligned (needs -o).
    Moses,
    /// Vecalign links `[fr ids]:[en ids]`, one bead per line (aligner output).
    Links,
    /// The English side as readable text: sentences of a paragraph joined by spaces,
    /// paragraphs separated by a blank line.
    Text,
}

/// What the writers need to know besides the pairs.
#[derive(Clone, Debug)]
pub struct Meta {
    /// The tool that made the pairs, e.g. "bitext translate" (TMX `creationtool`).
    pub tool: String,
    /// Where the French came from (TMX note, JSONL nothing).
    pub source_name: String,
    /// Source and target language codes.
    pub source_lang: String,
    pub target_lang: String,
}

impl Meta {
    pub fn new(tool: &str, source_name: &str) -> Self {
        Meta {
            tool: tool.to_string(),
            source_name: source_name.to_string(),
            source_lang: "fr".into(),
            target_lang: "en".into(),
        }
    }
}

/// Write `pairs` in `format` to `output` (a file, written atomically; `None` or `-` for
/// standard output). Moses needs a file prefix and writes `PREFIX.fr` and `PREFIX.en`.
pub fn write_pairs(
    format: Format,
    pairs: &[Pair],
    output: Option<&Path>,
    meta: &Meta,
) -> Result<()> {
    let mut sink = PairSink::create(format, output, meta)?;
    for p in pairs {
        sink.write(p)?;
    }
    sink.finish()
}

/// The two Moses file names for an output prefix.
pub fn moses_paths(prefix: &Path, meta: &Meta) -> (PathBuf, PathBuf) {
    let mut fr = prefix.as_os_str().to_owned();
    fr.push(format!(".{}", meta.source_lang));
    let mut en = prefix.as_os_str().to_owned();
    en.push(format!(".{}", meta.target_lang));
    (PathBuf::from(fr), PathBuf::from(en))
}

/// The English of `p` in running text, after the separator its paragraph calls for.
pub fn write_text_piece(
    w: &mut dyn Write,
    p: &Pair,
    last_paragraph: Option<usize>,
) -> io::Result<()> {
    match last_paragraph {
        None => {}
        Some(last) if last == p.paragraph => write!(w, " ")?,
        Some(_) => write!(w, "\n\n")?,
    }
    write!(w, "{}", p.target.trim())
}

pub const TSV_HEADER: &str = "id\tparagraph\tstart\tend\tfr\ten\tscore";

pub fn write_tsv_header(w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "{TSV_HEADER}")
}

pub fn write_tsv_row(w: &mut dyn Write, p: &Pair) -> io::Result<()> {
    writeln!(
        w,
        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
        p.id,
        p.paragraph,
        p.source_span.start,
        p.source_span.end,
        tsv_escape(&p.source),
        tsv_escape(&p.target),
        score_text(p.score)
    )
}

pub fn write_jsonl_row(w: &mut dyn Write, p: &Pair) -> io::Result<()> {
    // Serialize first, so that an I/O error (a closed pipe) keeps its kind.
    let mut line = serde_json::to_string(&JsonPair::from(p)).map_err(io::Error::other)?;
    line.push('\n');
    w.write_all(line.as_bytes())
}

fn score_text(score: f32) -> String {
    if score.is_finite() {
        format!("{score:.4}")
    } else {
        String::new()
    }
}

/// Escape the characters that would break a TSV row, reversibly (`\\`, `\t`, `\n`, `\r`).
pub fn tsv_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// Inverse of [`tsv_escape`].
pub fn tsv_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('\\') => out.push('\\'),
                Some(other) => {
                    out.push('\\');
                    out.push(other)
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Moses text must be one line per segment: line breaks inside a segment become spaces.
pub(crate) fn moses_line(s: &str) -> String {
    s.replace(['\n', '\r', '\u{2028}', '\u{2029}'], " ")
}

/// Vecalign's link line for a pair, e.g. `[3,4]:[5]`.
pub fn links_line(p: &Pair) -> String {
    fn ids(v: &[usize]) -> String {
        v.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",")
    }
    format!("[{}]:[{}]", ids(&p.source_ids), ids(&p.target_ids))
}

/// The JSONL object: documented field names, stable order.
#[derive(serde::Serialize)]
struct JsonPair<'a> {
    id: usize,
    paragraph: usize,
    start: usize,
    end: usize,
    fr: &'a str,
    en: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    en_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    en_end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fr_ids: Option<&'a [usize]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    en_ids: Option<&'a [usize]>,
}

impl<'a> From<&'a Pair> for JsonPair<'a> {
    fn from(p: &'a Pair) -> Self {
        let aligned = !p.source_ids.is_empty() || !p.target_ids.is_empty();
        JsonPair {
            id: p.id,
            paragraph: p.paragraph,
            start: p.source_span.start,
            end: p.source_span.end,
            fr: &p.source,
            en: &p.target,
            score: p.score.is_finite().then_some(p.score),
            en_start: p.target_span.map(|s| s.start),
            en_end: p.target_span.map(|s| s.end),
            fr_ids: aligned.then_some(p.source_ids.as_slice()),
            en_ids: aligned.then_some(p.target_ids.as_slice()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    fn pair(src: &str, tgt: &str) -> Pair {
        Pair {
            id: 1,
            paragraph: 1,
            source_span: Span::new(0, src.len()),
            source: src.into(),
            target: tgt.into(),
            score: -0.25,
            target_span: None,
            source_ids: vec![],
            target_ids: vec![],
        }
    }

    #[test]
    fn tsv_escape_round_trips() {
        let s = "a\tb\\n\nc\rd\\";
        assert_eq!(tsv_unescape(&tsv_escape(s)), s);
        assert!(!tsv_escape(s).contains(['\t', '\n', '\r']));
    }

    #[test]
    fn jsonl_has_documented_fields() {
        let mut buf = Vec::new();
        write_jsonl_row(&mut buf, &pair("Bonjour.", "Hello.")).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(v["fr"], "Bonjour.");
        assert_eq!(v["en"], "Hello.");
        assert_eq!(v["start"], 0);
        assert_eq!(v["end"], 8);
        assert_eq!(v["score"], -0.25);
        assert!(v.get("fr_ids").is_none());
    }

    #[test]
    fn links_line_matches_vecalign() {
        let mut p = pair("a", "b");
        p.source_ids = vec![3, 4];
        p.target_ids = vec![5];
        assert_eq!(links_line(&p), "[3,4]:[5]");
        p.source_ids.clear();
        assert_eq!(links_line(&p), "[]:[5]");
    }
}
