//! Shared plain data: byte spans, sentences, documents, translated pairs and alignment beads.
//!
//! Every sentence keeps its byte span in the original input, so any output line can be
//! traced back to the exact characters it came from.

use serde::Serialize;

/// A half-open byte range `start..end` into the original input text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The text this span covers in `text`.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Which language's rules to apply (the segmenter has a French and an English mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// One sentence of a segmented input.
///
/// `span` holds the sentence's characters with no leading or trailing whitespace and is
/// never empty. Between two consecutive sentences (and before the first, after the last)
/// there is only whitespace, so the spans plus those gaps tile the input exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    /// 0-based paragraph number; paragraphs are separated by blank lines.
    pub paragraph: usize,
}

/// One row of parallel text, as every writer takes it: a French sentence (or, from the
/// aligner, a run of consecutive French sentences) with its English side.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pair {
    /// Stable id: 1-based position of the row in the output.
    pub id: usize,
    /// 1-based paragraph number of the (first) French sentence.
    pub paragraph: usize,
    /// Byte span of the French side in the French input.
    pub source_span: Span,
    pub source: String,
    pub target: String,
    /// For `translate`: the model's score, mean log-probability per target token (0 is
    /// certain, lower is less sure). For `align`: the bead's confidence in 0..1.
    pub score: f32,
    /// Byte span of the English side in the English input (aligner only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_span: Option<Span>,
    /// 0-based sentence indices on each side (aligner only; Vecalign's link numbering).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub source_ids: Vec<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub target_ids: Vec<usize>,
}

/// One alignment bead: `fr` sentence indices matched with `en` sentence indices (0-based,
/// consecutive, either side may be empty), with the aligner's confidence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bead {
    pub fr: Vec<usize>,
    pub en: Vec<usize>,
    pub score: f32,
}

/// Lower-case `word` and strip its diacritics, into `out`: é -> e, œ -> oe, and the letters
/// of other languages' names too (Kněžnou -> kneznou, Şirali -> sirali, Łódź -> lodz), so
/// that a name keeps one spelling whether or not a text kept its accents.
pub fn fold_into(word: &str, out: &mut String) {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    out.clear();
    for c in word.chars() {
        for l in c.to_lowercase() {
            match l {
                _ if l.is_ascii() => out.push(l),
                'œ' => out.push_str("oe"),
                'æ' => out.push_str("ae"),
                'ß' => out.push_str("ss"),
                'þ' => out.push_str("th"),
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'đ' | 'ð' => out.push('d'),
                'ı' => out.push('i'),
                _ => out.extend(std::iter::once(l).nfd().filter(|d| !is_combining_mark(*d))),
            }
        }
    }
}

#[cfg(test)]
mod fold_tests {
    use super::fold_into;

    fn fold(s: &str) -> String {
        let mut out = String::new();
        fold_into(s, &mut out);
        out
    }

    #[test]
    fn folds_case_and_diacritics_of_any_latin_script() {
        assert_eq!(fold("Élève"), "eleve");
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(fold("Kněžnou"), "kneznou");
        assert_eq!(fold("Şirali Müslümov"), "sirali muslumov");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Cañitas"), "canitas");
        assert_eq!(fold("Ærø"), "aero");
        // Letters without diacritics, and other scripts, are only lower-cased.
        assert_eq!(fold("Москва"), "москва");
        assert_eq!(fold("l’Irak"), "l’irak");
    }
}
