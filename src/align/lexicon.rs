//! The bilingual lexicon: French words to English stems, read from FreeDict's dictd files
//! (`freedict-fra-eng.index` + `.dict.dz`, as the Debian package `dict-freedict-fra-eng`
//! installs them) or from a TSV file of `French<TAB>English` lines.
//!
//! Words are compared after lower-casing and accent folding, and through crude suffix
//! stripping on both sides (a dictionary lists `abandonner`, a novel says `abandonna`;
//! the dictionary says `walk`, the translation says `walked`).

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where Debian's `dict-freedict-fra-eng` puts the dictionary.
pub const FREEDICT_INDEX: &str = "/usr/share/dictd/freedict-fra-eng.index";

/// At most this many English stems per French word: the long tails of rare senses of
/// common words mostly add accidental matches.
const MAX_TRANSLATIONS: usize = 12;

#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    by_word: HashMap<String, Vec<String>>,
    by_stem: HashMap<String, Vec<String>>,
    /// Where it came from, for logs.
    pub source: String,
}

impl Lexicon {
    /// Number of French headwords.
    pub fn len(&self) -> usize {
        self.by_word.len()
    }
    pub fn is_empty(&self) -> bool {
        self.by_word.is_empty()
    }

    /// English stems for a folded French word (exact form first, then its stem).
    pub fn lookup(&self, folded: &str, stem: &str) -> &[String] {
        if let Some(v) = self.by_word.get(folded) {
            return v;
        }
        self.by_stem.get(stem).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// [`Lexicon::lookup`] of a folded French word, stemmed here.
    pub fn lookup_word(&self, folded: &str) -> &[String] {
        self.lookup(folded, &french_stem(folded))
    }

    /// Add one dictionary entry: a French headword and English phrases.
    pub fn add<'a>(&mut self, french: &str, english: impl IntoIterator<Item = &'a str>) {
        let mut fr = String::new();
        fold(french.trim(), &mut fr);
        if fr.is_empty() || fr.contains(|c: char| !c.is_alphanumeric()) {
            return; // multi-word headwords cannot match our single-word tokens
        }
        let mut stems: Vec<String> = Vec::new();
        let mut buf = String::new();
        for phrase in english {
            for word in phrase.split(|c: char| !c.is_alphanumeric()) {
                fold(word, &mut buf);
                if buf.is_empty()
                    || super::features::is_stopword(&buf, super::features::Vocab::English)
                {
                    continue;
                }
                let st = english_stem(&buf);
                if !stems.contains(&st) && stems.len() < MAX_TRANSLATIONS {
                    stems.push(st);
                }
            }
        }
        if stems.is_empty() {
            return;
        }
        let fstem = french_stem(&fr);
        merge(self.by_word.entry(fr).or_default(), &stems);
        merge(self.by_stem.entry(fstem).or_default(), &stems);
    }

    /// Add English stems learnt for a folded French word, ahead of what the dictionary
    /// already gives it (see [`super::learn`]).
    pub fn add_learnt(&mut self, folded: &str, stems: &[String]) {
        let from_stem = self.by_stem.get(&french_stem(folded)).cloned();
        let entry = self
            .by_word
            .entry(folded.to_string())
            .or_insert_with(|| from_stem.unwrap_or_default());
        for st in stems.iter().rev() {
            if let Some(pos) = entry.iter().position(|x| x == st) {
                entry.remove(pos);
            }
            entry.insert(0, st.clone());
        }
        entry.truncate(MAX_TRANSLATIONS + stems.len());
    }

    /// FreeDict fra-eng from its Debian location, when installed.
    pub fn load_default() -> Result<Option<Lexicon>> {
        let index = Path::new(FREEDICT_INDEX);
        if !index.is_file() {
            return Ok(None);
        }
        Self::load_dictd(index).map(Some)
    }

    /// Read a dictd dictionary: `NAME.index` (headword, base64 offset, base64 length per
    /// line) and `NAME.dict.dz` (dictzip, i.e. gzip) or `NAME.dict`.
    pub fn load_dictd(index: &Path) -> Result<Lexicon> {
        let index_text = std::fs::read_to_string(index).map_err(|e| {
            Error::input(format!("cannot read dictionary {}: {e}", index.display()))
        })?;
        let base = index.with_extension("");
        let dz = PathBuf::from(format!("{}.dict.dz", base.display()));
        let plain = PathBuf::from(format!("{}.dict", base.display()));
        let data = if dz.is_file() {
            let file = std::fs::File::open(&dz)
                .map_err(|e| Error::input(format!("cannot read {}: {e}", dz.display())))?;
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(file)
                .read_to_end(&mut out)
                .map_err(|e| Error::input(format!("{}: not a dictzip file: {e}", dz.display())))?;
            out
        } else if plain.is_file() {
            std::fs::read(&plain)
                .map_err(|e| Error::input(format!("cannot read {}: {e}", plain.display())))?
        } else {
            return Err(Error::input(format!(
                "dictionary {}: no {} or {} next to it",
                index.display(),
                dz.display(),
                plain.display()
            )));
        };
        let mut lex = Lexicon {
            source: index.display().to_string(),
            ..Default::default()
        };
        for (lineno, line) in index_text.lines().enumerate() {
            let mut parts = line.split('\t');
            let (Some(word), Some(off), Some(len)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            if word.starts_with("00database") || word.starts_with("00-database") {
                continue;
            }
            let (Some(off), Some(len)) = (base64_number(off), base64_number(len)) else {
                return Err(Error::input(format!(
                    "{}:{}: bad offset or length",
                    index.display(),
                    lineno + 1
                )));
            };
            let Some(bytes) = data.get(off..off.saturating_add(len)) else {
                return Err(Error::input(format!(
                    "{}:{}: entry outside the .dict data",
                    index.display(),
                    lineno + 1
                )));
            };
            let entry = String::from_utf8_lossy(bytes);
            // First line: headword, pronunciation, part of speech. Then senses, numbered
            // ("1. cede, give in") or not, comma- or semicolon-separated.
            let senses = entry.lines().skip(1).flat_map(|l| {
                let l = l.trim();
                let l = l.trim_start_matches(|c: char| c.is_ascii_digit());
                let l = l.strip_prefix('.').unwrap_or(l);
                l.split([',', ';'])
            });
            lex.add(word, senses);
        }
        if lex.is_empty() {
            return Err(Error::input(format!(
                "dictionary {}: no usable entries",
                index.display()
            )));
        }
        Ok(lex)
    }

    /// Read `French<TAB>English` lines (more tabs: further English translations).
    pub fn load_tsv(path: &Path) -> Result<Lexicon> {
        let text = crate::io::read_line_file(&path.display().to_string())?;
        let mut lex = Lexicon {
            source: path.display().to_string(),
            ..Default::default()
        };
        for line in text.lines() {
            let mut parts = line.split('\t');
            let Some(fr) = parts.next() else { continue };
            lex.add(fr, parts);
        }
        if lex.is_empty() {
            return Err(Error::input(format!(
                "{}: no dictionary entries (expected lines French<TAB>English)",
                path.display()
            )));
        }
        Ok(lex)
    }

    /// `--dict FILE`: a dictd `.index` file, or TSV.
    pub fn load_path(path: &Path) -> Result<Lexicon> {
        if path.is_dir() {
            return Err(Error::input(format!("{} is a directory", path.display())));
        }
        if path.extension().is_some_and(|e| e == "index") {
            Self::load_dictd(path)
        } else {
            Self::load_tsv(path)
        }
    }
}

fn merge(into: &mut Vec<String>, stems: &[String]) {
    for s in stems {
        if into.len() >= MAX_TRANSLATIONS {
            break;
        }
        if !into.contains(s) {
            into.push(s.clone());
        }
    }
}

/// dictd's base64 numbers (most significant digit first).
fn base64_number(s: &str) -> Option<usize> {
    let mut n: usize = 0;
    for c in s.bytes() {
        let d = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        n = n.checked_mul(64)?.checked_add(d as usize)?;
    }
    if s.is_empty() {
        None
    } else {
        Some(n)
    }
}

/// Lower-case and strip accents (é -> e, œ -> oe), into `out`.
pub fn fold(word: &str, out: &mut String) {
    crate::text::fold_into(word, out);
}

fn strip_longest<'a>(word: &'a str, suffixes: &[&str], min_stem: usize) -> &'a str {
    let mut best = word;
    for s in suffixes {
        if word.len() >= s.len() + min_stem && word.ends_with(s) {
            let cand = &word[..word.len() - s.len()];
            if cand.len() < best.len() {
                best = cand;
            }
        }
    }
    best
}

const FR_SUFFIXES: &[&str] = &[
    "a", "ai", "aient", "ais", "ait", "ant", "antes", "ante", "ants", "as", "asse", "assent", "at",
    "e", "ee", "ees", "ent", "er", "era", "erai", "eraient", "erais", "erait", "eras", "erent",
    "erez", "eriez", "erions", "erons", "eront", "es", "ez", "i", "ie", "ies", "iez", "ions", "ir",
    "ira", "irait", "irent", "is", "issait", "issaient", "issant", "isse", "issent", "it", "ons",
    "s", "x", "aux", "eux", "euse", "euses", "ment", "ements", "ement",
];

/// Crude French stem of a folded word: the longest common inflection suffix removed.
pub fn french_stem(folded: &str) -> String {
    strip_longest(folded, FR_SUFFIXES, 3).to_string()
}

const EN_SUFFIXES: &[&str] = &[
    "s", "es", "ed", "ing", "ly", "e", "ies", "ied", "er", "est", "ers",
];

/// Crude English stem of a folded word.
pub fn english_stem(folded: &str) -> String {
    strip_longest(folded, EN_SUFFIXES, 3).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_stems() {
        let mut s = String::new();
        fold("Élève", &mut s);
        assert_eq!(s, "eleve");
        fold("cœur", &mut s);
        assert_eq!(s, "coeur");
        assert_eq!(french_stem("abandonna"), french_stem("abandonner"));
        assert_eq!(english_stem("walked"), english_stem("walks"));
    }

    #[test]
    fn base64_numbers() {
        assert_eq!(base64_number("A"), Some(0));
        assert_eq!(base64_number("BA"), Some(64));
        assert_eq!(base64_number("8m"), Some(60 * 64 + 38));
        assert_eq!(base64_number("!"), None);
    }

    #[test]
    fn tsv_style_entries() {
        let mut lex = Lexicon::default();
        lex.add("maison", ["house", "home"]);
        lex.add("abandonner", ["give up", "abandon"]);
        assert_eq!(
            lex.lookup("maison", &french_stem("maison")),
            ["hous", "hom"]
        );
        let got = lex.lookup("abandonna", &french_stem("abandonna"));
        assert!(got.contains(&"giv".to_string()), "{got:?}");
    }
}
