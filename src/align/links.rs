//! Vecalign's link format (`[3,4]:[5]`, 0-based, French first, `[]` for an empty side) and
//! its strict/lax precision, recall and F1, micro-averaged over documents.
//!
//! Strict: a predicted link counts when it is identical to a gold link. Lax: when it shares
//! at least one sentence on each side with a gold link. Links with an empty side are not
//! counted for recall, and count for precision only when not both sides are empty
//! (the definitions of Vecalign's `score.py`).

use crate::error::{Error, Result};
use std::collections::{HashMap, HashSet};

pub type Link = (Vec<usize>, Vec<usize>);

pub fn format_link(fr: &[usize], en: &[usize]) -> String {
    let side = |ids: &[usize]| {
        ids.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    format!("[{}]:[{}]", side(fr), side(en))
}

/// Parse a links file; `name` is used in error messages.
pub fn parse_links(text: &str, name: &str) -> Result<Vec<Link>> {
    let mut out = Vec::new();
    for (k, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let bad = || {
            Error::input(format!(
                "{name}:{}: expected a link like [1,2]:[3], got {line:?}",
                k + 1
            ))
        };
        let mut parts = line.splitn(3, ':');
        let (Some(a), Some(b)) = (parts.next(), parts.next()) else {
            return Err(bad());
        };
        let side = |s: &str| -> Option<Vec<usize>> {
            let s = s.trim().strip_prefix('[')?.strip_suffix(']')?;
            s.split(',')
                .filter(|x| !x.trim().is_empty())
                .map(|x| x.trim().parse().ok())
                .collect()
        };
        out.push((side(a).ok_or_else(bad)?, side(b).ok_or_else(bad)?));
    }
    Ok(out)
}

/// Counts of true and false positives, strict and lax, for precision and for recall.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub precision: [usize; 4],
    pub recall: [usize; 4],
}

fn tally(gold: &[Link], test: &[Link]) -> [usize; 4] {
    let nonempty = |l: &&Link| !(l.0.is_empty() && l.1.is_empty());
    let gold_set: HashSet<&Link> = gold.iter().filter(nonempty).collect();
    let test_set: HashSet<&Link> = test.iter().filter(nonempty).collect();
    let mut map: HashMap<usize, HashSet<usize>> = HashMap::new();
    for (ss, tt) in &gold_set {
        for s in ss {
            map.entry(*s).or_default().extend(tt.iter().copied());
        }
    }
    let (mut tps, mut fps, mut tpl, mut fpl) = (0, 0, 0, 0);
    for l in test_set {
        if gold_set.contains(l) {
            tps += 1;
            tpl += 1;
        } else {
            fps += 1;
            let hit = l.0.iter().any(|s| {
                map.get(s)
                    .is_some_and(|g| l.1.iter().any(|t| g.contains(t)))
            });
            if hit {
                tpl += 1;
            } else {
                fpl += 1;
            }
        }
    }
    [tps, fps, tpl, fpl]
}

/// Add one document's gold and predicted links to `c`.
pub fn score_document(c: &mut Counts, gold: &[Link], test: &[Link]) {
    let p = tally(gold, test);
    let both = |l: &&Link| !l.0.is_empty() && !l.1.is_empty();
    let gnd: Vec<Link> = gold.iter().filter(both).cloned().collect();
    let tnd: Vec<Link> = test.iter().filter(both).cloned().collect();
    let r = tally(&tnd, &gnd);
    for k in 0..4 {
        c.precision[k] += p[k];
        c.recall[k] += r[k];
    }
}

/// (strict P, R, F1, lax P, R, F1)
pub fn prf(c: &Counts) -> [f64; 6] {
    let d = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let f = |p: f64, r: f64| {
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    };
    let ps = d(c.precision[0], c.precision[0] + c.precision[1]);
    let pl = d(c.precision[2], c.precision[2] + c.precision[3]);
    let rs = d(c.recall[0], c.recall[0] + c.recall[1]);
    let rl = d(c.recall[2], c.recall[2] + c.recall[3]);
    [ps, rs, f(ps, rs), pl, rl, f(pl, rl)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_scores() {
        let gold = parse_links("[0]:[0]\n[1,2]:[1]\n[3]:[]\n", "g").unwrap();
        assert_eq!(format_link(&gold[1].0, &gold[1].1), "[1,2]:[1]");
        let test = parse_links("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n", "t").unwrap();
        let mut c = Counts::default();
        score_document(&mut c, &gold, &test);
        let s = prf(&c);
        // precision: [0]:[0] strict, [1]:[1] lax, [2]:[] wrong, [3]:[] strict
        assert!(
            (s[0] - 0.5).abs() < 1e-9 && (s[3] - 0.75).abs() < 1e-9,
            "{s:?}"
        );
        // recall over non-empty gold links: [0]:[0] strict; [1,2]:[1] lax only
        assert!(
            (s[1] - 0.5).abs() < 1e-9 && (s[4] - 1.0).abs() < 1e-9,
            "{s:?}"
        );
        assert!(parse_links("[0]-[1]", "x").is_err());
    }
}
