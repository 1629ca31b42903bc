//! Sentence segmentation (French, and an English mode for the aligner).
//!
//! FIRST VERSION, to be replaced by the full rule-based segmenter (issue 3): splits at
//! blank lines, at line ends without closing punctuation (headlines), and after . ! ? …
//! (with closing quotes/brackets) followed by whitespace and an upper-case letter, a
//! digit or an opening quote.

use crate::text::{Lang, Sentence, Span};

/// Split `text` into sentences. Spans are trimmed, non-empty, in order, and separated only
/// by whitespace, so together with the gaps they tile the input exactly.
pub fn segment(text: &str, lang: Lang) -> Vec<Sentence> {
    let _ = lang;
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut para_has_sentence = false;
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        if line.trim().is_empty() {
            if para_has_sentence {
                paragraph += 1;
                para_has_sentence = false;
            }
        } else {
            for span in split_line(text, line_start, line_end) {
                out.push(Sentence { span, paragraph });
                para_has_sentence = true;
            }
        }
        line_start = line_end;
    }
    out
}

fn split_line(text: &str, start: usize, end: usize) -> Vec<Span> {
    let line = &text[start..end];
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut spans = Vec::new();
    let mut sent_start = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…' | '»' | '”' | '"' | ')' | '\u{a0}' | '\u{202f}') {
                j += 1;
            }
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            if k > j && k < chars.len() {
                let next = chars[k].1;
                if next.is_uppercase() || next.is_ascii_digit() || matches!(next, '«' | '“' | '"' | '(' | '—' | '–') {
                    let cut = chars[j - 1].0 + chars[j - 1].1.len_utf8();
                    push_trimmed(&mut spans, line, start, sent_start, cut);
                    sent_start = chars[k].0;
                    i = k;
                    continue;
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(&mut spans, line, start, sent_start, line.len());
    spans
}

fn push_trimmed(spans: &mut Vec<Span>, line: &str, base: usize, from: usize, to: usize) {
    let piece = &line[from..to];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        spans.push(Span::new(base + from + lead, base + to - trail));
    }
}
