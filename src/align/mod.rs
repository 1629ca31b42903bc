//! Sentence alignment of a French document with its English version (`bitext align`).
//!
//! Both sides become lists of sentences ([`crate::segment`] or one per line); each sentence
//! becomes content tokens with integer keys ([`features`]): dictionary translations from a
//! bilingual [`Lexicon`], cognate prefixes (identical strings, names), numbers and
//! translation-stable punctuation. The search ([`dp`]) finds the best monotone sequence of
//! beads (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0, 0-1) under a score combining those matches,
//! Gale–Church sentence lengths, and, when the French side has machine translations, token
//! overlap between each translation and the English (as Bleualign does). It runs in a band
//! around a path found on merged blocks, so time and memory grow near-linearly.

pub mod dp;
pub mod features;
pub mod learn;
pub mod lexicon;
pub mod links;

pub use dp::Params;
pub use lexicon::Lexicon;

use crate::text::{Bead, Pair, Sentence, Span};
use features::{build_char_side, build_side, FeatureOptions, Interner, Vocab};

/// Character n-gram order of the translation-to-English similarity.
const CHRF_ORDER: usize = 4;

/// Align French sentences with English sentences. `translations`, when given, holds one
/// English machine translation per French sentence. Beads come out in order and cover every
/// sentence of both sides exactly once; `score` is the bead's confidence in 0..1.
pub fn align(
    fr: &[&str],
    en: &[&str],
    translations: Option<&[&str]>,
    lexicon: Option<&Lexicon>,
    params: &Params,
) -> Vec<Bead> {
    if fr.is_empty() || en.is_empty() {
        let fr_beads = fr.iter().enumerate().map(|(i, _)| Bead {
            fr: vec![i],
            en: vec![],
            score: 1.0,
        });
        let en_beads = en.iter().enumerate().map(|(j, _)| Bead {
            fr: vec![],
            en: vec![j],
            score: 1.0,
        });
        return fr_beads.chain(en_beads).collect();
    }
    let mut params = params.clone();
    params.max_side = params.max_side.clamp(1, 6);
    let first = align_pass(fr, en, translations, lexicon, &params, None);
    // Second pass with a lexicon learnt from this document's confident 1-1 beads (as
    // hunalign's -realign): names, frequent words the dictionary lacks, inflected forms.
    let sol = match (
        params.self_train,
        learn::learn_lexicon(fr, en, &first, lexicon, &params),
    ) {
        (true, Some(learnt)) => align_pass(
            fr,
            en,
            translations,
            Some(&learnt),
            &params,
            Some(&first.beads),
        ),
        _ => first,
    };
    sol.beads
        .iter()
        .zip(&sol.gains)
        .map(|(b, &g)| Bead {
            fr: (b.i..b.i + b.a).collect(),
            en: (b.j..b.j + b.b).collect(),
            score: confidence(g, b.a + b.b, b.a == 0 || b.b == 0),
        })
        .collect()
}

/// One alignment of the whole document with a given lexicon; near `previous` (a path over
/// the same sentences) when given, else from scratch.
fn align_pass(
    fr: &[&str],
    en: &[&str],
    translations: Option<&[&str]>,
    lexicon: Option<&Lexicon>,
    params: &Params,
    previous: Option<&[dp::RawBead]>,
) -> dp::Solution {
    let mut interner = Interner::default();
    let fopts = FeatureOptions {
        idf: params.idf.clamp(0.0, 1.0),
        ..FeatureOptions::default()
    };
    let fr_side = build_side(fr, Vocab::French, lexicon, &mut interner, &fopts);
    let en_side = build_side(en, Vocab::English, None, &mut interner, &fopts);
    let mt_sides = translations.filter(|t| t.len() == fr.len()).map(|t| {
        (
            build_char_side(t, CHRF_ORDER, &mut interner),
            build_char_side(en, CHRF_ORDER, &mut interner),
        )
    });
    let lf: f64 = fr_side.chars.iter().sum();
    let le: f64 = en_side.chars.iter().sum();
    // The document's own length ratio: translations into English are not always shorter.
    let ratio = if lf > 0.0 && le > 0.0 {
        (le / lf).clamp(0.25, 4.0)
    } else {
        1.0
    };
    let n_keys = interner.len();
    let problem = dp::Problem {
        fr: &fr_side,
        en: &en_side,
        mt: mt_sides.as_ref().map(|(t, e)| (t, e)),
        params,
        ratio,
        lex_chance: dp::chance_rate(&fr_side, &en_side, n_keys),
        mt_chance: mt_sides
            .as_ref()
            .map(|(t, e)| dp::chance_rate(t, e, n_keys))
            .unwrap_or(0.0),
    };
    match previous {
        Some(path) => dp::solve_near(&problem, n_keys, path),
        None => dp::solve(&problem, n_keys),
    }
}

/// Map a bead's gain to 0..1, calibrated on the development books: the logistic of the
/// gain per sentence, `1 / (1 + exp(-(1.6 + 0.33 * gain / sentences)))`, fitted by logistic
/// regression on whether each predicted bead was exactly right (beads scored 0.8..0.9 were
/// right 87% of the time, 0.9 and more 93%). Beads with an empty side get a flat 0.1: on
/// the same books about one in eight predicted was right.
fn confidence(gain: f64, sentences: usize, empty_side: bool) -> f32 {
    if empty_side {
        return 0.1;
    }
    let x = 1.6 + 0.33 * gain / sentences.max(1) as f64;
    (1.0 / (1.0 + (-x).exp())) as f32
}

/// Turn beads into rows for the writers: French sentences joined by a space, English
/// likewise, spans covering the sentences, 0-based ids, the confidence as score.
pub fn beads_to_pairs(
    beads: &[Bead],
    fr_text: &str,
    fr: &[Sentence],
    en_text: &str,
    en: &[Sentence],
) -> Vec<Pair> {
    let join = |text: &str, sents: &[Sentence], ids: &[usize]| -> (String, Option<Span>) {
        let parts: Vec<&str> = ids.iter().map(|&i| sents[i].span.of(text)).collect();
        let span = match (ids.first(), ids.last()) {
            (Some(&a), Some(&b)) => Some(Span::new(sents[a].span.start, sents[b].span.end)),
            _ => None,
        };
        (parts.join(" "), span)
    };
    let mut last_paragraph = 0;
    beads
        .iter()
        .enumerate()
        .map(|(k, b)| {
            let (source, sspan) = join(fr_text, fr, &b.fr);
            let (target, tspan) = join(en_text, en, &b.en);
            if let Some(&i) = b.fr.first() {
                last_paragraph = fr[i].paragraph;
            }
            Pair {
                id: k + 1,
                paragraph: last_paragraph + 1,
                // A bead with no French sentence sits at the end of the previous one.
                source_span: sspan.unwrap_or_else(|| {
                    let at = b.fr.first().map(|_| 0).unwrap_or_else(|| {
                        beads[..k]
                            .iter()
                            .rev()
                            .find_map(|p| p.fr.last())
                            .map(|&i| fr[i].span.end)
                            .unwrap_or(0)
                    });
                    Span::new(at, at)
                }),
                source,
                target,
                score: b.score,
                target_span: Some(tspan.unwrap_or_else(|| {
                    let at = beads[..k]
                        .iter()
                        .rev()
                        .find_map(|p| p.en.last())
                        .map(|&j| en[j].span.end)
                        .unwrap_or(0);
                    Span::new(at, at)
                })),
                source_ids: b.fr.clone(),
                target_ids: b.en.clone(),
            }
        })
        .collect()
}

/// Sentences of a pre-split input: one per non-blank line (blank lines start paragraphs).
/// Spans are trimmed lines of `text`.
pub fn lines_as_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut pending_break = false;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            pending_break = !out.is_empty();
        } else {
            if pending_break {
                paragraph += 1;
                pending_break = false;
            }
            let lead = line.len() - line.trim_start().len();
            let s = start + lead;
            out.push(Sentence {
                span: Span::new(s, s + trimmed.len()),
                paragraph,
            });
        }
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        let mut l = Lexicon::default();
        for (f, e) in [
            ("chat", "cat"),
            ("chien", "dog"),
            ("maison", "house"),
            ("jardin", "garden"),
            ("manger", "eat"),
            ("pluie", "rain"),
            ("tomber", "fall"),
            ("soleil", "sun"),
            ("briller", "shine"),
            ("dormir", "sleep"),
        ] {
            l.add(f, [e]);
        }
        l
    }

    #[test]
    fn one_to_one_and_merge() {
        let fr = [
            "Le chat mange dans le jardin.",
            "Le chien dort dans la maison.",
            "La pluie tombe.",
            "Le soleil brille.",
        ];
        let en = [
            "The cat eats in the garden.",
            "The dog sleeps in the house.",
            "The rain falls and the sun shines.",
        ];
        let beads = align(&fr, &en, None, Some(&lex()), &Params::default());
        let got: Vec<(Vec<usize>, Vec<usize>)> =
            beads.iter().map(|b| (b.fr.clone(), b.en.clone())).collect();
        assert_eq!(
            got,
            vec![
                (vec![0], vec![0]),
                (vec![1], vec![1]),
                (vec![2, 3], vec![2])
            ],
            "{beads:?}"
        );
        assert!(beads.iter().all(|b| (0.0..=1.0).contains(&b.score)));
    }

    #[test]
    fn long_document_with_a_missing_chapter() {
        // 3000 sentences, 400 of them missing in the middle of the English: the coarse
        // levels must find the jump, not spread it over the rest of the book.
        let fr: Vec<String> = (0..3000)
            .map(|k| format!("Chapitre {} phrase {} fin.", k / 50, k * 7 + 3))
            .collect();
        let en: Vec<String> = (0..3000)
            .filter(|k| !(1200..1600).contains(k))
            .map(|k| format!("Chapter {} sentence {} end.", k / 50, k * 7 + 3))
            .collect();
        let fr_refs: Vec<&str> = fr.iter().map(|s| s.as_str()).collect();
        let en_refs: Vec<&str> = en.iter().map(|s| s.as_str()).collect();
        let beads = align(&fr_refs, &en_refs, None, None, &Params::default());
        // Near the gap, short sentences with little evidence may be merged rather than
        // dropped; away from it (before 1100, from 1800) every bead must be right.
        let right = beads
            .iter()
            .filter(|b| b.fr.len() == 1 && b.en.len() == 1)
            .filter(|b| {
                let k = b.fr[0];
                let j = if k < 1200 { k } else { k - 400 };
                b.en[0] == j && !(1100..1800).contains(&k)
            })
            .count();
        assert_eq!(right, 1100 + 1200);
    }

    /// A pseudo-random book: Zipf-like word ranks, French and English words unrelated in
    /// form, a dictionary for the 2000 most frequent; `gap` English sentences left out.
    fn synthetic_book(
        n: usize,
        gap: std::ops::Range<usize>,
    ) -> (Vec<String>, Vec<String>, Lexicon) {
        const SYL: [&str; 16] = [
            "ba", "re", "ti", "mo", "lu", "ne", "sa", "co", "di", "fe", "ga", "pi", "vo", "ra",
            "tu", "le",
        ];
        let mut state = 42u64;
        let mut next = move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize
        };
        let word = |k: usize, salt: usize| -> String {
            let mut h = (k * 2654435761 + salt * 97) as u64;
            let len = 2 + (h % 3) as usize;
            (0..len)
                .map(|_| {
                    h = h.wrapping_mul(6364136223846793005).wrapping_add(1);
                    SYL[(h >> 60) as usize]
                })
                .collect()
        };
        let vocab = 20000usize;
        let (mut fr, mut en) = (Vec::new(), Vec::new());
        for k in 0..n {
            let len = 4 + next() % 26;
            let ranks: Vec<usize> = (0..len)
                .map(|_| {
                    let u = (next() % 10000) as f64 / 10000.0;
                    ((vocab as f64).powf(u) as usize).clamp(1, vocab) - 1
                })
                .collect();
            let f: Vec<String> = ranks.iter().map(|&r| word(r, 1)).collect();
            fr.push(format!("{}.", f.join(" ")));
            if !gap.contains(&k) {
                let e: Vec<String> = ranks.iter().map(|&r| format!("{}s", word(r, 2))).collect();
                en.push(format!("{}.", e.join(" ")));
            }
        }
        let mut lex = Lexicon::default();
        for r in 0..2000 {
            lex.add(&word(r, 1), [format!("{}s", word(r, 2)).as_str()]);
        }
        (fr, en, lex)
    }

    #[test]
    fn coarse_path_follows_a_gap_in_a_long_book() {
        // Blocks share far more words by chance than sentences do; with one chance rate for
        // all levels the coarse path spread this 300-sentence gap over half the book.
        let (fr, en, lex) = synthetic_book(12000, 6000..6300);
        let fr_refs: Vec<&str> = fr.iter().map(|s| s.as_str()).collect();
        let en_refs: Vec<&str> = en.iter().map(|s| s.as_str()).collect();
        let beads = align(&fr_refs, &en_refs, None, Some(&lex), &Params::default());
        let right = beads
            .iter()
            .filter(|b| b.fr.len() == 1 && b.en.len() == 1)
            .filter(|b| {
                let k = b.fr[0];
                b.en[0] == if k < 6000 { k } else { k - 300 }
            })
            .count();
        assert!(right >= 11500, "only {right} of 11700 right");
    }

    #[test]
    fn empty_side_gives_deletions() {
        let beads = align(&["Un.", "Deux."], &[], None, None, &Params::default());
        assert_eq!(beads.len(), 2);
        assert!(beads.iter().all(|b| b.en.is_empty()));
    }

    #[test]
    fn presplit_lines() {
        let s = lines_as_sentences("  a b \n\nc\r\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].span.of("  a b \n\nc\r\n"), "a b");
        assert_eq!(s[1].paragraph, 1);
    }
}
