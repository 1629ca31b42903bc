//! Sentence segmentation: French news text, and an English mode for the aligner.
//!
//! Rule-based and deterministic. Boundaries are:
//! - blank lines (paragraph breaks), always;
//! - line ends, unless the line visibly goes on (it ends with a comma, a hyphen, an
//!   article or a preposition, an abbreviation such as "M."); so headlines, which have no
//!   closing punctuation, are sentences of their own;
//! - terminal punctuation (`.` `!` `?` `…` `...`, with the closing quotes and brackets that
//!   follow it, also after a non-breaking space: `fin. »`), decided from the token before
//!   it and the token after it: abbreviations (M., Mme, cf., p. 35, etc., av. J.-C.,
//!   c.-à-d.), initials (J.-P. Sartre, A. Blinken), list labels (1. 2. a. IV.), ellipses in
//!   mid-sentence, quoted questions followed by their incise (« Pourquoi ? » demande-t-il),
//!   a missing space after a full stop (fin.Le), addresses (www.x.fr, a@b.fr) that never
//!   split.
//!
//! The word lists are data files next to this module (`abbrev_fr.txt`, `abbrev_en.txt`).
//! [`segment`] works on a whole string; [`segment_reader`] reads a stream paragraph by
//! paragraph with bounded memory and gives the same sentences.

mod lexicon;
mod rules;
mod stream;

pub(crate) use rules::WRAPPED_LINE_MAX;
pub use stream::{segment_reader, OwnedSentence, SentenceReader};

use crate::text::{Lang, Sentence, Span};

/// Split `text` into sentences. Spans are trimmed, non-empty, in order, and separated only
/// by white space ([`is_space`]: a byte-order mark counts), so together with the gaps they
/// tile the input exactly.
pub fn segment(text: &str, lang: Lang) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut spans = Vec::new();
    let mut paragraph = 0usize;
    for (start, end) in paragraphs(text) {
        spans.clear();
        split_paragraph(&text[start..end], lang, false, &mut spans);
        if spans.is_empty() {
            continue;
        }
        out.extend(spans.iter().map(|&(a, z)| Sentence {
            span: Span::new(start + a, start + z),
            paragraph,
        }));
        paragraph += 1;
    }
    out
}

/// Sentence spans of one paragraph (byte ranges of `p`), appended to `out`.
/// `dq_open` says a straight double quote is open at the start.
pub(crate) fn split_paragraph(
    p: &str,
    lang: Lang,
    dq_open: bool,
    out: &mut Vec<(usize, usize)>,
) -> rules::PassEnd {
    rules::Splitter::new(p, lexicon::lexicon(lang), dq_open).run(out)
}

/// Is this line (without its `\n`) blank, i.e. a paragraph break?
pub(crate) fn is_blank(line: &str) -> bool {
    line.chars().all(is_space)
}

/// White space between sentences: Unicode white space, and U+FEFF, the byte-order mark
/// that editors on Windows put at the start of a UTF-8 file (it is no part of the first
/// sentence, and a sentence never starts or ends with it).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Whether `text` holds one item per line (a paragraph or a sentence each: FLORES,
/// newstest, text exported from a web page) rather than hard-wrapped paragraphs: over a
/// quarter of its non-blank lines are longer than hard-wrapped text's ever are
/// ([`WRAPPED_LINE_MAX`]), so a line break there ends a paragraph.
pub(crate) fn items_per_line(text: &str) -> bool {
    let (n, long) = text
        .lines()
        .filter(|l| !is_blank(l))
        .fold((0usize, 0usize), |(n, long), l| {
            (
                n + 1,
                long + usize::from(l.chars().count() > WRAPPED_LINE_MAX),
            )
        });
    4 * long > n
}

/// Byte ranges of the paragraphs of `text`: maximal runs of non-blank lines.
fn paragraphs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let mut start = None;
        while pos < text.len() {
            let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
            let blank = is_blank(&text[pos..line_end]);
            match (blank, start) {
                (false, None) => start = Some(pos),
                (true, Some(s)) => return Some((s, pos)),
                _ => {}
            }
            pos = line_end;
        }
        start.take().map(|s| (s, text.len()))
    })
}

#[cfg(test)]
mod tests;
