//! A document-specific lexicon learnt from a first alignment, as hunalign's `-realign`
//! does: French words and English stems that keep appearing together in confident 1-1
//! beads (Dice coefficient over beads) become dictionary entries for a second pass. This
//! picks up names, inflected forms and everyday words a small dictionary lacks.

use super::dp::{Params, Solution};
use super::features::{for_each_token, is_stopword, Vocab};
use super::lexicon::{english_stem, fold, Lexicon};
use std::collections::HashMap;

/// Fewer confident beads than this: nothing worth learning.
const MIN_BEADS: usize = 20;
/// Learnt translations kept per French word, best Dice first.
const PER_WORD: usize = 3;

fn words(s: &str, vocab: Vocab, ids: &mut HashMap<String, u32>, out: &mut Vec<u32>) {
    out.clear();
    let mut buf = String::new();
    for_each_token(s, |tok, punct| {
        if punct {
            return;
        }
        fold(tok, &mut buf);
        if buf.chars().count() < 2
            || buf.chars().all(|c| c.is_ascii_digit())
            || is_stopword(&buf, vocab)
        {
            return;
        }
        let w = match vocab {
            Vocab::French => buf.clone(),
            Vocab::English => english_stem(&buf),
        };
        let next = ids.len() as u32;
        let id = *ids.entry(w).or_insert(next);
        if !out.contains(&id) {
            out.push(id);
        }
    });
}

/// Learn from `first`'s confident 1-1 beads; `None` when there are too few of them or
/// nothing was learnt. The result extends `base` (learnt translations first).
pub fn learn_lexicon(
    fr: &[&str],
    en: &[&str],
    first: &Solution,
    base: Option<&Lexicon>,
    params: &Params,
) -> Option<Lexicon> {
    let confident: Vec<(usize, usize)> = first
        .beads
        .iter()
        .zip(&first.gains)
        .filter(|(b, &g)| b.a == 1 && b.b == 1 && g >= params.learn_min_gain)
        .map(|(b, _)| (b.i, b.j))
        .collect();
    if confident.len() < MIN_BEADS {
        return None;
    }
    let mut fr_ids: HashMap<String, u32> = HashMap::new();
    let mut en_ids: HashMap<String, u32> = HashMap::new();
    let mut fr_count: HashMap<u32, u32> = HashMap::new();
    let mut en_count: HashMap<u32, u32> = HashMap::new();
    let mut pair_count: HashMap<(u32, u32), u32> = HashMap::new();
    let (mut fw, mut ew) = (Vec::new(), Vec::new());
    for &(i, j) in &confident {
        words(fr[i], Vocab::French, &mut fr_ids, &mut fw);
        words(en[j], Vocab::English, &mut en_ids, &mut ew);
        for &f in &fw {
            *fr_count.entry(f).or_default() += 1;
        }
        for &e in &ew {
            *en_count.entry(e).or_default() += 1;
        }
        for &f in &fw {
            for &e in &ew {
                *pair_count.entry((f, e)).or_default() += 1;
            }
        }
    }
    let fr_names: HashMap<u32, &str> = fr_ids.iter().map(|(w, &id)| (id, w.as_str())).collect();
    let en_names: HashMap<u32, &str> = en_ids.iter().map(|(w, &id)| (id, w.as_str())).collect();
    let mut by_fr: HashMap<u32, Vec<(f64, u32)>> = HashMap::new();
    for (&(f, e), &c) in &pair_count {
        if c < params.learn_min_count {
            continue;
        }
        let dice = 2.0 * c as f64 / (fr_count[&f] + en_count[&e]) as f64;
        if dice >= params.learn_min_dice {
            by_fr.entry(f).or_default().push((dice, e));
        }
    }
    if by_fr.is_empty() {
        return None;
    }
    let mut lex = base.cloned().unwrap_or_default();
    let mut learnt: Vec<(u32, Vec<(f64, u32)>)> = by_fr.into_iter().collect();
    learnt.sort_by_key(|(f, _)| *f); // deterministic output
    for (f, mut cands) in learnt {
        cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let stems: Vec<String> = cands
            .iter()
            .take(PER_WORD)
            .map(|&(_, e)| en_names[&e].to_string())
            .collect();
        lex.add_learnt(fr_names[&f], &stems);
    }
    Some(lex)
}

#[cfg(test)]
mod tests {
    use super::super::dp::RawBead;
    use super::*;

    #[test]
    fn learns_words_that_travel_together() {
        let fr: Vec<String> = (0..30)
            .map(|k| format!("Le xylophone numero{k} sonne."))
            .collect();
        let en: Vec<String> = (0..30)
            .map(|k| format!("The zither number{k} rings."))
            .collect();
        let fr: Vec<&str> = fr.iter().map(|s| s.as_str()).collect();
        let en: Vec<&str> = en.iter().map(|s| s.as_str()).collect();
        let first = Solution {
            beads: (0..30)
                .map(|k| RawBead {
                    i: k,
                    a: 1,
                    j: k,
                    b: 1,
                })
                .collect(),
            gains: vec![5.0; 30],
        };
        let lex = learn_lexicon(&fr, &en, &first, None, &Params::default()).expect("learnt");
        let got = lex.lookup("xylophone", "xylophon");
        assert!(got.contains(&english_stem("zither")), "{got:?}");
        // Too few confident beads: nothing learnt.
        let few = Solution {
            beads: first.beads[..5].to_vec(),
            gains: vec![5.0; 5],
        };
        assert!(learn_lexicon(&fr, &en, &few, None, &Params::default()).is_none());
    }
}
