//! The quote checker: find quotations in French text, attribute them to speakers, and
//! check them against English sources.
//!
//! [`extract`] finds quotations (« … », “ … ”, "…", nested or over several sentences) with
//! their byte spans and speakers; [`matching`] finds each quotation's best passage in English
//! sources (a sentence or a window inside one); [`compare`] lists the words that differ
//! between the quotation's translation and that passage. [`french`] reads the French
//! quotation itself as a second witness (numbers, negations, names, lexicon links), for both.

pub mod compare;
pub mod extract;
pub mod french;
pub mod matching;
pub mod report;
pub mod speaker;
pub mod words;

use crate::text::{Lang, Span};
use matching::QUOTE_MARKS;
use serde::Serialize;

pub use compare::{compare, Comparison, Difference};
pub use matching::{Match, Source, SourceIndex};
pub use speaker::Speaker;

/// One quotation found in a French text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quotation {
    /// 1-based position in the text.
    pub id: usize,
    /// Byte span of the quoted words (without the marks, trimmed).
    pub span: Span,
    /// The quoted words.
    pub text: String,
    /// Byte span including the quotation marks.
    pub outer: Span,
    /// 0 for a quotation in running text, 1 for one inside another quotation.
    pub depth: usize,
    /// `id` of the quotation this one sits in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<usize>,
    /// 0-based paragraph of its opening mark.
    pub paragraph: usize,
    /// Who said it, when the text attributes it.
    pub speaker: Option<Speaker>,
    /// Square-bracketed insertions ([and], […]): editorial, not part of what was said.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub editorial: Vec<Span>,
}

/// All quotations of a French `text`, with speakers.
pub fn extract(text: &str) -> Vec<Quotation> {
    let marked = extract::quotations(text);
    let sentences: Vec<(Span, usize)> = crate::segment::segment(text, Lang::Fr)
        .iter()
        .map(|s| (s.span, s.paragraph))
        .collect();
    let spans: Vec<(Span, Option<usize>)> = marked.iter().map(|m| (m.outer, m.parent)).collect();
    let speakers = speaker::attribute(text, &sentences, &spans);
    marked
        .iter()
        .zip(speakers)
        .enumerate()
        .map(|(i, (m, speaker))| Quotation {
            id: i + 1,
            span: m.span,
            text: m.span.of(text).to_string(),
            outer: m.outer,
            depth: m.depth,
            parent: m.parent.map(|p| p + 1),
            paragraph: speaker::sentence_of(&sentences, m.outer.start)
                .map_or(0, |k| sentences[k].1),
            speaker,
            editorial: extract::editorial_spans(text, m.span),
        })
        .collect()
}

/// Each non-empty line of `text` as one quotation (text pasted by a fact-checker, one
/// quotation a line); enclosing quotation marks are stripped. No speakers.
pub fn from_lines(text: &str) -> Vec<Quotation> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut paragraph = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let mut span = extract::trim(
            text,
            Span::new(start, start + line.trim_end_matches(['\n', '\r']).len()),
        );
        if span.is_empty() {
            continue;
        }
        let outer = span;
        let s = span.of(text);
        let (o, c) = (s.chars().next().unwrap(), s.chars().last().unwrap());
        if s.chars().count() > 2 && matches!((o, c), ('«', '»') | ('“', '”') | ('"', '"')) {
            span = extract::trim(
                text,
                Span::new(span.start + o.len_utf8(), span.end - c.len_utf8()),
            );
        }
        out.push(Quotation {
            id: out.len() + 1,
            span,
            text: span.of(text).to_string(),
            outer,
            depth: 0,
            parent: None,
            paragraph,
            speaker: None,
            editorial: extract::editorial_spans(text, span),
        });
        paragraph += 1;
    }
    out
}

/// Check quotations: match each translation against the sources (when given) and compare
/// it word by word with the passage found. `translations[i]` is the English of
/// `quotations[i]`; a passage scoring under `threshold` (None:
/// [`matching::DEFAULT_THRESHOLD`]) is never used ("not found").
pub fn check(
    quotations: Vec<Quotation>,
    translations: Option<Vec<String>>,
    index: Option<&SourceIndex>,
    threshold: Option<f64>,
) -> Vec<report::Checked> {
    use report::{Checked, Status};
    let mut out = Vec::with_capacity(quotations.len());
    for (i, q) in quotations.into_iter().enumerate() {
        let translation = translations.as_ref().and_then(|t| t.get(i).cloned());
        let (status, matched, comparison) = match (index, &translation) {
            (None, _) => (Status::NotChecked, None, None),
            (Some(_), None) => (Status::NoTranslation, None, None),
            (Some(idx), Some(t)) => match idx.find_with_french(
                t,
                Some(&french::Witness::new(&q.text, french::default_lexicon())),
                threshold,
            ) {
                None => (Status::NotFound, None, None),
                Some(m) => {
                    // The rest of the passage's sentence on each side (for a negation next
                    // to its edge), within the passage's voice: not before the quotation mark
                    // it follows, nor past one that closes (`"Let us change this law," but he
                    // cannot say`); one that opens a quotation inside the sentence keeps it
                    // (`remind children the "don't talk to strangers" lesson`).
                    let src = &idx.sources[m.source].text;
                    let before = &src[m.sentence_span.start.min(m.span.start)..m.span.start];
                    // (Byte just past the quotation mark at `k`.)
                    let past =
                        |t: &str, k: usize| k + t[k..].chars().next().map_or(1, char::len_utf8);
                    let before = before
                        .rfind(QUOTE_MARKS)
                        .map_or(before, |k| &before[past(before, k)..]);
                    let after = sentence_rest(&src[m.span.end..]);
                    // (`opening_mark` reads the text up to the word a mark is glued to.)
                    let after = match after.find(QUOTE_MARKS) {
                        Some(k) if !matching::opening_mark(&after[..past(after, k)]) => &after[..k],
                        _ => after,
                    };
                    let c = compare::compare_in_context(
                        t,
                        Some(&q.text),
                        french::default_lexicon(),
                        words::EnglishWords::system(),
                        &m.text,
                        m.span.start,
                        (before, after),
                    );
                    let status = if c.flags.is_empty() {
                        Status::Matches
                    } else {
                        Status::Differs
                    };
                    (status, Some(m), Some(c))
                }
            },
        };
        out.push(Checked {
            quotation: q,
            translation,
            status,
            matched,
            comparison,
        });
    }
    out
}

/// The start of `text` up to the end of its sentence (., !, ? or a line break), at most 80
/// characters.
fn sentence_rest(text: &str) -> &str {
    let end = text
        .char_indices()
        .take(80)
        .find(|(_, c)| matches!(c, '.' | '!' | '?' | '\n'))
        .map_or_else(
            || text.char_indices().nth(80).map_or(text.len(), |(k, _)| k),
            |(k, _)| k,
        );
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the pieces the quote checker reacts to.
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("« "),
            Just(" »"),
            Just("“"),
            Just("”"),
            Just("\""),
            Just("["),
            Just("]"),
            Just(", a déclaré "),
            Just("selon "),
            Just(" a-t-il dit"),
            Just("M. "),
            Just("Il "),
            Just("\n\n"),
            Just("\n"),
            Just(". "),
            Just(", "),
            Just("(ou "),
            Just(")"),
            Just("Blinken"),
            Just("la porte-parole"),
            Just("deux millions"),
            Just("ne pas"),
            Just("é"),
            Just("\u{a0}"),
            Just("l’"),
            Just("qu’"),
            Just("x"),
            Just("2025"),
        ];
        prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    #[test]
    fn a_negation_past_the_originals_quotation_marks_is_another_voices() {
        // The status of French quotation `fr`, translated `tr`, checked against `en`.
        let status = |fr: &str, tr: &str, en: &str| {
            let index = SourceIndex::new(vec![Source {
                name: "en".into(),
                text: en.into(),
            }]);
            check(extract(fr), Some(vec![tr.into()]), Some(&index), None)[0].status
        };
        let fr = "« Nous allons changer cette loi et l'assouplir »";
        let tr = "We are going to change this law and relax it";
        let en = "He may say: \"Let us change this law and relax it,\" but he cannot say we \
                  should pretend it is not there.";
        assert_eq!(status(fr, tr, en), report::Status::Matches);
        // Inside the quotation marks it counts.
        let en = "He may say: \"Let us not change this law and relax it.\"";
        assert_eq!(status(fr, tr, en), report::Status::Differs);
        // A quotation that opens inside the sentence goes on in its voice.
        let fr = "« Selon Guardia, il est indispensable de rappeler aux enfants qu'il ne faut \
                  pas parler aux étrangers »";
        let tr = "According to Guard, is indispensable to remember to the boys that does not do \
                  lacking  to speak to the foreigners.";
        let en = "According to Guardia, it is important to remind children the \"don't talk to \
                  strangers\" lesson.";
        assert_eq!(status(fr, tr, en), report::Status::Matches);
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_are_exact(fr in pieces(), en in pieces(), tr in pieces()) {
            let qs = extract(&fr);
            for q in &qs {
                prop_assert_eq!(q.span.of(&fr), q.text.as_str());
                prop_assert!(q.outer.start <= q.span.start && q.span.end <= q.outer.end);
            }
            let n = qs.len();
            let index = SourceIndex::new(vec![Source { name: "en".into(), text: en }]);
            let checked = check(qs, Some(vec![tr; n]), Some(&index), None);
            prop_assert_eq!(checked.len(), n);
            let lines = from_lines(&fr);
            for q in &lines {
                prop_assert_eq!(q.span.of(&fr), q.text.as_str());
            }
        }
    }
}
