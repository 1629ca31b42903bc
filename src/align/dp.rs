//! The search: a monotone dynamic programme over bead types, run inside a band.
//!
//! Near-linear time and memory come from Vecalign's idea: merge consecutive sentences two
//! by two until the whole matrix is small, align those blocks exhaustively, then project
//! the path one level down and search again only within `band` items of it, level after
//! level, down to single sentences.
//!
//! Scores are additive gains (higher is better). A bead of `a` French and `b` English
//! sentences (both non-empty) gains
//!
//! ```text
//!   lexical * (matched_fr + matched_en - lexical_base * (tokens_fr + tokens_en))
//! + mt      * (matched_mt + matched_en' - mt_base * (tokens_mt + tokens_en))   (with translations)
//! - length  * GaleChurch(chars_fr, chars_en)
//! - merge * (a + b - 2) - (merge_both if a > 1 and b > 1)
//! ```
//!
//! and a bead with an empty side loses `skip` per sentence. Token matches are counted per
//! sentence pair and summed over the pairs of a bead (capped at the sentence's own token
//! count), so each pair of sentences is compared once.

use super::features::Side;

/// Weights of the score; see the module documentation. Defaults were chosen on the
/// TransRead development books (README, "Aligning a document with its translation").
#[derive(Clone, Debug)]
pub struct Params {
    pub lexical: f64,
    pub lexical_base: f64,
    pub mt: f64,
    pub mt_base: f64,
    pub length: f64,
    /// Variance per character of the length difference (Gale & Church's s² = 6.8).
    pub length_variance: f64,
    pub skip: f64,
    pub merge: f64,
    pub merge_both: f64,
    /// Largest number of sentences on one side of a bead (1-3 and 3-1 with 3).
    pub max_side: usize,
    /// Half-width of the search band around the projected coarse path, in items.
    pub band: usize,
    /// How much a token's weight follows its word's rarity in the document (0: every token
    /// weighs 1; 1: inverse sentence frequency).
    pub idf: f64,
    /// Realign once with a lexicon learnt from the first pass's confident beads.
    pub self_train: bool,
    /// Learnt pairs: least co-occurrence count and least Dice coefficient.
    pub learn_min_count: u32,
    pub learn_min_dice: f64,
    /// Beads used for learning: 1-1 with at least this gain.
    pub learn_min_gain: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            lexical: 0.5,
            lexical_base: 1.0,
            mt: 0.02,
            mt_base: 2.0,
            length: 0.6,
            length_variance: 6.8,
            skip: 4.0,
            merge: 3.0,
            merge_both: 2.0,
            max_side: 3,
            band: 6,
            idf: 0.0,
            self_train: true,
            learn_min_count: 3,
            learn_min_dice: 0.5,
            learn_min_gain: 2.0,
        }
    }
}

impl Params {
    /// The bead shapes searched: 1-0, 0-1, and a-b with both sides at most `max_side`,
    /// `a + b <= max_side + 1` (1-3, 3-1 for 3), plus 2-2.
    pub fn bead_types(&self) -> Vec<(usize, usize)> {
        let mut v = vec![(1, 0), (0, 1)];
        let k = self.max_side.max(1);
        for a in 1..=k {
            for b in 1..=k {
                if a + b <= k + 1 || (a == 2 && b == 2) {
                    v.push((a, b));
                }
            }
        }
        v
    }
}

/// Token-match counts for the sentence pairs inside a band.
pub struct PairTable {
    lo: Vec<usize>,
    hi: Vec<usize>,
    off: Vec<usize>,
    /// (tokens of the left item matched in the right one, tokens of the right item matched
    /// in the left one)
    counts: Vec<(f32, f32)>,
}

impl PairTable {
    #[inline]
    fn get(&self, i: usize, j: usize) -> (f32, f32) {
        if i < self.lo.len() && j >= self.lo[i] && j < self.hi[i] {
            self.counts[self.off[i] + j - self.lo[i]]
        } else {
            (0.0, 0.0)
        }
    }
}

/// Count matching tokens for the pairs `(i, j)` with `lo[i] <= j < hi[i]`.
pub fn pair_counts(
    left: &Side,
    right: &Side,
    lo: &[usize],
    hi: &[usize],
    n_keys: usize,
) -> PairTable {
    let n = left.len();
    let mut off = Vec::with_capacity(n + 1);
    let mut total = 0usize;
    for i in 0..n {
        off.push(total);
        total += hi[i].saturating_sub(lo[i]);
    }
    off.push(total);
    // Rows are independent: split them into contiguous chunks of similar work, one thread
    // each, and concatenate.
    let threads = std::thread::available_parallelism()
        .map(|t| t.get())
        .unwrap_or(1)
        .min(8);
    let chunks = if total < 200_000 { 1 } else { threads };
    let mut bounds = vec![0usize];
    for c in 1..chunks {
        let target = total * c / chunks;
        let row = off.partition_point(|&o| o < target).min(n);
        if row > *bounds.last().unwrap() {
            bounds.push(row);
        }
    }
    bounds.push(n);
    let counts = if bounds.len() == 2 {
        count_rows(left, right, lo, hi, 0..n, n_keys)
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = bounds
                .windows(2)
                .map(|w| {
                    let rows = w[0]..w[1];
                    scope.spawn(move || count_rows(left, right, lo, hi, rows, n_keys))
                })
                .collect();
            let mut all = Vec::with_capacity(total);
            for h in handles {
                all.extend(h.join().expect("pair counting thread"));
            }
            all
        })
    };
    PairTable {
        lo: lo[..n].to_vec(),
        hi: hi[..n].to_vec(),
        off,
        counts,
    }
}

/// Per key, for the current row: the stamp of the row that set it, the head of its chain
/// of left tokens, and the pair that last walked that chain (kept together for locality).
#[derive(Clone, Copy)]
struct KeySlot {
    row: u32,
    head: u32,
    seen: u32,
}

/// Match counts for rows `rows` of the band, in order.
fn count_rows(
    left: &Side,
    right: &Side,
    lo: &[usize],
    hi: &[usize],
    rows: std::ops::Range<usize>,
    n_keys: usize,
) -> Vec<(f32, f32)> {
    const NONE: u32 = u32::MAX;
    let cells: usize = rows.clone().map(|i| hi[i].saturating_sub(lo[i])).sum();
    let mut counts = Vec::with_capacity(cells);
    let mut slots = vec![
        KeySlot {
            row: 0,
            head: NONE,
            seen: 0
        };
        n_keys
    ];
    let mut entries: Vec<(u32, u32)> = Vec::new();
    let mut tok_mark = vec![0u32; left.total_tokens().max(1)];
    let mut pair_stamp = 0u32;
    for i in rows {
        if lo[i] >= hi[i] {
            continue;
        }
        let row = i as u32 + 1;
        entries.clear();
        for t in left.tokens(i) {
            for &k in left.token_keys(t) {
                let slot = &mut slots[k as usize];
                if slot.row != row {
                    slot.row = row;
                    slot.head = NONE;
                }
                entries.push((t as u32, slot.head));
                slot.head = (entries.len() - 1) as u32;
            }
        }
        for j in lo[i]..hi[i] {
            pair_stamp = pair_stamp.wrapping_add(1);
            if pair_stamp == 0 {
                tok_mark.iter_mut().for_each(|m| *m = 0);
                slots.iter_mut().for_each(|s| s.seen = 0);
                pair_stamp = 1;
            }
            let (mut ml, mut mr) = (0f32, 0f32);
            if !entries.is_empty() {
                for u in right.tokens(j) {
                    let mut hit = false;
                    for &k in right.token_keys(u) {
                        let slot = &mut slots[k as usize];
                        if slot.row != row {
                            continue;
                        }
                        hit = true;
                        // Walk each key's chain once per pair: in merged blocks a frequent
                        // key has long chains, and walking them per token is quadratic.
                        if slot.seen == pair_stamp {
                            continue;
                        }
                        slot.seen = pair_stamp;
                        let mut e = slot.head;
                        while e != NONE {
                            let (t, next) = entries[e as usize];
                            if tok_mark[t as usize] != pair_stamp {
                                tok_mark[t as usize] = pair_stamp;
                                ml += left.tok_weight[t as usize];
                            }
                            e = next;
                        }
                    }
                    if hit {
                        mr += right.tok_weight[u];
                    }
                }
            }
            counts.push((ml, mr));
        }
    }
    counts
}

/// The rate at which tokens match by chance between unrelated items: matched tokens over
/// all tokens, for item pairs taken far from the diagonal (pseudo-randomly, one per row).
/// The `*_base` weights are multiples of this rate, so that the same weights suit a rich
/// or a poor dictionary, a good or a weak machine translation.
pub fn chance_rate(left: &Side, right: &Side, n_keys: usize) -> f64 {
    let (n, m) = (left.len(), right.len());
    if n < 4 || m < 4 {
        return 0.0;
    }
    let mut lo = Vec::with_capacity(n);
    for i in 0..n {
        let diag = i * m / n;
        let j = (diag + m / 4 + (i.wrapping_mul(2_654_435_761) % (m / 2).max(1))) % m;
        lo.push(j);
    }
    let hi: Vec<usize> = lo.iter().map(|j| j + 1).collect();
    let t = pair_counts(left, right, &lo, &hi, n_keys);
    let (mut matched, mut total) = (0f64, 0f64);
    for (i, &j) in lo.iter().enumerate() {
        let (ml, mr) = t.get(i, j);
        matched += (ml + mr) as f64;
        total += left.mass[i] + right.mass[j];
    }
    if total <= 0.0 {
        0.0
    } else {
        matched / total
    }
}

/// `-ln P(|δ| ≥ |d|)` for a standard normal δ, i.e. `-ln erfc(|d|/√2)`, computed in the log
/// domain (Abramowitz & Stegun 7.1.26 form) so that it grows smoothly for large `d`.
pub fn normal_tail_cost(d: f64) -> f64 {
    let z = d.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.5 * z);
    // Numerical Recipes erfc approximation, relative error < 1.2e-7 everywhere.
    let poly = -z * z - 1.26551223
        + t * (1.00002368
            + t * (0.37409196
                + t * (0.09678418
                    + t * (-0.18628806
                        + t * (0.27886807
                            + t * (-1.13520398
                                + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    -(t.ln() + poly)
}

/// Everything the gain of a bead depends on.
pub struct Problem<'a> {
    pub fr: &'a Side,
    pub en: &'a Side,
    /// Machine translation of the French side (same items as `fr`) and the English side,
    /// both as character n-grams, when translations are available.
    pub mt: Option<(&'a Side, &'a Side)>,
    pub params: &'a Params,
    /// Expected English characters per French character.
    pub ratio: f64,
    /// Chance match rates (see [`chance_rate`]) of the lexical and the translation features.
    pub lex_chance: f64,
    pub mt_chance: f64,
}

struct Tables {
    lex: PairTable,
    mt: Option<PairTable>,
}

impl Problem<'_> {
    fn gain(&self, t: &Tables, i: usize, j: usize, a: usize, b: usize) -> f64 {
        let p = self.params;
        if b == 0 {
            return -p.skip * (i - a..i).map(|x| self.fr.weight[x] as f64).sum::<f64>();
        }
        if a == 0 {
            return -p.skip * (j - b..j).map(|y| self.en.weight[y] as f64).sum::<f64>();
        }
        let lex = bead_matches(&t.lex, self.fr, self.en, i - a..i, j - b..j);
        let mut g = p.lexical * (lex.0 - p.lexical_base * self.lex_chance * lex.1);
        if let (Some(mt), Some((mt_side, en_grams))) = (&t.mt, self.mt) {
            let m = bead_matches(mt, mt_side, en_grams, i - a..i, j - b..j);
            g += p.mt * (m.0 - p.mt_base * self.mt_chance * m.1);
        }
        let lf: f64 = (i - a..i).map(|x| self.fr.chars[x]).sum();
        let le: f64 = (j - b..j).map(|y| self.en.chars[y]).sum();
        let mean = (lf + le / self.ratio) / 2.0;
        let d = (le - lf * self.ratio) / (p.length_variance * mean.max(1.0)).sqrt();
        g -= p.length * normal_tail_cost(d);
        g -= p.merge * (a + b - 2) as f64;
        if a > 1 && b > 1 {
            g -= p.merge_both;
        }
        g
    }
}

/// For a bead: (matched tokens on both sides, tokens times the number of sentences they
/// were compared with). Matches are summed over the bead's sentence pairs (capped at each
/// sentence's token count), so a sentence compared with two sentences has two chances of
/// chance matches; the second number makes the `*_base` penalty grow accordingly.
#[inline]
fn bead_matches(
    t: &PairTable,
    left: &Side,
    right: &Side,
    li: std::ops::Range<usize>,
    rj: std::ops::Range<usize>,
) -> (f64, f64) {
    let (a, b) = (li.len() as f64, rj.len() as f64);
    let mut matched = 0f64;
    let mut exposure = 0f64;
    let mut right_hits = [0f64; 8];
    for x in li.clone() {
        let n = left.mass[x];
        exposure += n * b;
        let mut s = 0f64;
        for (k, y) in rj.clone().enumerate() {
            let (ml, mr) = t.get(x, y);
            s += ml as f64;
            right_hits[k.min(7)] += mr as f64;
        }
        matched += s.min(n);
    }
    for (k, y) in rj.enumerate() {
        let n = right.mass[y];
        exposure += n * a;
        matched += right_hits[k.min(7)].min(n);
    }
    (matched, exposure)
}

/// A bead as item ranges: French `i..i + a`, English `j..j + b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawBead {
    pub i: usize,
    pub a: usize,
    pub j: usize,
    pub b: usize,
}

/// Result of one level: the beads and, per bead, its gain and the best gain its sentences
/// could have had as a 1-1 bead with a neighbour (for the confidence of 1-0/0-1 beads).
pub struct Solution {
    pub beads: Vec<RawBead>,
    pub gains: Vec<f64>,
}

/// Align the two sides, recursively through coarser levels when they are large.
pub fn solve(pb: &Problem, n_keys: usize) -> Solution {
    const FULL_CELLS: usize = 10_000;
    let n = pb.fr.len();
    let m = pb.en.len();
    let (lo, hi) = if (n + 1) * (m + 1) <= FULL_CELLS || (n <= 1 && m <= 1) {
        (vec![0; n + 1], vec![m; n + 1])
    } else {
        let fr = pb.fr.coarsen();
        let en = pb.en.coarsen();
        let mt = pb.mt.map(|(t, e)| (t.coarsen(), e.coarsen()));
        let coarse = Problem {
            fr: &fr,
            en: &en,
            mt: mt.as_ref().map(|(t, e)| (t, e)),
            params: pb.params,
            ratio: pb.ratio,
            // Merged blocks share many more words by chance than sentences do: measure
            // the chance rate again at each level, or the coarse path loses its way.
            lex_chance: chance_rate(&fr, &en, n_keys),
            mt_chance: mt
                .as_ref()
                .map(|(t, e)| chance_rate(t, e, n_keys))
                .unwrap_or(0.0),
        };
        let sol = solve(&coarse, n_keys);
        band_from_path(&sol.beads, n, m, pb.params.band)
    };
    let tables = tables_for_band(pb, &lo, &hi, n_keys);
    run_dp(pb, &tables, &lo, &hi)
}

/// Align again within `band` items of an earlier path over the same sentences (the
/// second pass after learning a lexicon: the coarse levels need not be searched again).
pub fn solve_near(pb: &Problem, n_keys: usize, previous: &[RawBead]) -> Solution {
    let (lo, hi) = band_around(previous, 1, pb.fr.len(), pb.en.len(), pb.params.band);
    let tables = tables_for_band(pb, &lo, &hi, n_keys);
    run_dp(pb, &tables, &lo, &hi)
}

fn tables_for_band(pb: &Problem, lo: &[usize], hi: &[usize], n_keys: usize) -> Tables {
    // Sentence pairs a bead ending at DP cell (i, j) can touch: rows i-a..i, columns j-b..j.
    let n = pb.fr.len();
    let m = pb.en.len();
    let k = pb.params.max_side.max(1);
    let mut plo = Vec::with_capacity(n);
    let mut phi = Vec::with_capacity(n);
    for x in 0..n {
        plo.push(lo[x].saturating_sub(k).min(m));
        phi.push(hi[(x + k).min(n)].min(m));
    }
    let lex = pair_counts(pb.fr, pb.en, &plo, &phi, n_keys);
    let mt = pb.mt.map(|(t, e)| pair_counts(t, e, &plo, &phi, n_keys));
    Tables { lex, mt }
}

/// DP rows `0..=n`, row `i` spanning columns `lo[i]..=hi[i]`.
fn run_dp(pb: &Problem, tables: &Tables, lo: &[usize], hi: &[usize]) -> Solution {
    let n = pb.fr.len();
    let types = pb.params.bead_types();
    let mut off = Vec::with_capacity(n + 2);
    let mut total = 0usize;
    for i in 0..=n {
        off.push(total);
        total += hi[i] + 1 - lo[i];
    }
    let mut score = vec![f64::NEG_INFINITY; total];
    let mut back = vec![u8::MAX; total];
    score[0] = 0.0;
    for i in 0..=n {
        for j in lo[i]..=hi[i] {
            let cell = off[i] + j - lo[i];
            for (ti, &(a, b)) in types.iter().enumerate() {
                if a > i || b > j {
                    continue;
                }
                let (pi, pj) = (i - a, j - b);
                if pj < lo[pi] || pj > hi[pi] {
                    continue;
                }
                let prev = score[off[pi] + pj - lo[pi]];
                if prev == f64::NEG_INFINITY {
                    continue;
                }
                let s = prev + pb.gain(tables, i, j, a, b);
                if s > score[cell] {
                    score[cell] = s;
                    back[cell] = ti as u8;
                }
            }
        }
    }
    let m = pb.en.len();
    let mut beads = Vec::new();
    let mut gains = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let cell = off[i] + j - lo[i];
        let t = back[cell];
        let (a, b) = if t == u8::MAX {
            // Unreachable only if the band were broken; fall back to a deletion.
            if i > 0 {
                (1, 0)
            } else {
                (0, 1)
            }
        } else {
            types[t as usize]
        };
        gains.push(pb.gain(tables, i, j, a, b));
        beads.push(RawBead {
            i: i - a,
            a,
            j: j - b,
            b,
        });
        i -= a;
        j -= b;
    }
    beads.reverse();
    gains.reverse();
    Solution { beads, gains }
}

/// Rows of the fine level covered by a coarse path (coarse item `I` starts at fine `2I`),
/// widened by `w` items in both directions, and made monotone and connected.
fn band_from_path(coarse: &[RawBead], n: usize, m: usize, w: usize) -> (Vec<usize>, Vec<usize>) {
    band_around(coarse, 2, n, m, w)
}

/// The band around a path given at `scale` times coarser resolution.
fn band_around(
    path: &[RawBead],
    scale: usize,
    n: usize,
    m: usize,
    w: usize,
) -> (Vec<usize>, Vec<usize>) {
    let mut blo = vec![usize::MAX; n + 1];
    let mut bhi = vec![0usize; n + 1];
    for bd in path {
        let i0 = (scale * bd.i).min(n);
        let i1 = (scale * (bd.i + bd.a)).min(n);
        let j0 = (scale * bd.j).min(m);
        let j1 = (scale * (bd.j + bd.b)).min(m);
        for i in i0..=i1 {
            blo[i] = blo[i].min(j0);
            bhi[i] = bhi[i].max(j1);
        }
    }
    blo[0] = 0;
    bhi[n] = m;
    // Rows the path did not touch (cannot happen with a complete path) inherit neighbours.
    for i in 1..=n {
        if blo[i] == usize::MAX {
            blo[i] = blo[i - 1];
            bhi[i] = bhi[i].max(bhi[i - 1]);
        }
    }
    let mut lo = vec![0usize; n + 1];
    let mut hi = vec![0usize; n + 1];
    for i in 0..=n {
        let a = i.saturating_sub(w);
        let b = (i + w).min(n);
        let l = (a..=b).map(|x| blo[x]).min().unwrap_or(0);
        let h = (a..=b).map(|x| bhi[x]).max().unwrap_or(m);
        lo[i] = l.saturating_sub(w);
        hi[i] = (h + w).min(m);
    }
    lo[0] = 0;
    hi[n] = m;
    for i in 1..=n {
        hi[i] = hi[i].max(hi[i - 1]);
    }
    for i in (0..n).rev() {
        lo[i] = lo[i].min(lo[i + 1]);
    }
    for i in 1..=n {
        lo[i] = lo[i].min(hi[i - 1]);
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_cost_is_sane() {
        assert!(normal_tail_cost(0.0).abs() < 1e-6);
        let c1 = normal_tail_cost(1.0);
        assert!((c1 - (-(0.3173f64).ln())).abs() < 1e-3, "{c1}");
        assert!(normal_tail_cost(40.0).is_finite());
        assert!(normal_tail_cost(40.0) > normal_tail_cost(20.0));
    }

    #[test]
    fn bead_types_for_three() {
        let t = Params::default().bead_types();
        for want in [
            (1, 0),
            (0, 1),
            (1, 1),
            (1, 2),
            (2, 1),
            (2, 2),
            (1, 3),
            (3, 1),
        ] {
            assert!(t.contains(&want), "{want:?}");
        }
        assert!(!t.contains(&(2, 3)));
    }

    #[test]
    fn band_is_monotone_and_connected() {
        let path = vec![
            RawBead {
                i: 0,
                a: 1,
                j: 0,
                b: 1,
            },
            RawBead {
                i: 1,
                a: 0,
                j: 1,
                b: 1,
            },
            RawBead {
                i: 1,
                a: 2,
                j: 2,
                b: 1,
            },
        ];
        let (lo, hi) = band_from_path(&path, 6, 6, 1);
        assert_eq!(lo[0], 0);
        assert_eq!(hi[6], 6);
        for i in 1..=6 {
            assert!(lo[i] >= lo[i - 1] && hi[i] >= hi[i - 1] && lo[i] <= hi[i - 1]);
        }
    }
}
