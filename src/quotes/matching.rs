//! Finding a quotation's original in English sources.
//!
//! A quotation is often a fragment of a longer sentence, so a whole-sentence similarity
//! (what a naive matcher uses) penalises exactly the right sentence for everything it says
//! besides the quote. Here every candidate sentence is searched for its best *window*: a
//! run of consecutive words about as long as the quotation's translation (half to twice as
//! long, or a whole sentence however short, possibly running into the next sentence for a
//! quotation of several sentences),
//! scored half by a character n-gram F-score (chrF: n = 1..6 over the text with spaces
//! removed) and half by a word F-score that weighs rare words (names, numbers, technical
//! words) above common ones and pairs near-identical spellings (words machine translation
//! left in French). A cheap pass over all sentences (share of the quotation's 3- to 6-grams
//! each holds) keeps the 40 most promising ones for the window search, and a pass over the
//! word index adds the 20 that hold the largest IDF-weighted share of its content words.

use super::french::Witness;
use super::words::{same_word, words, Class, Word};
use crate::text::{Lang, Span};
use serde::Serialize;
use std::collections::HashMap;

/// Default minimum similarity for a passage to count as the quotation's original.
/// Measured on FLORES with Apertium translations (bench/quotes/RESULTS.md): a lower value
/// keeps more true originals but reports more passages for quotations whose original is
/// absent.
pub const DEFAULT_THRESHOLD: f64 = 0.30;

/// One English source document.
pub struct Source {
    pub name: String,
    pub text: String,
}

struct Sent {
    source: usize,
    span: Span,
    paragraph: usize,
    words: Vec<Word>,
    grams: HashMap<u64, u32>,
}

/// English sources, segmented and indexed for matching.
pub struct SourceIndex {
    pub sources: Vec<Source>,
    sents: Vec<Sent>,
    /// The sentences each word stem occurs in (ascending): its document frequency, and
    /// the word-level candidate search.
    postings: HashMap<String, Vec<u32>>,
}

/// The best passage found for one quotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Match {
    /// Index of the source (in the order given) and its name.
    pub source: usize,
    pub source_name: String,
    /// Byte span of the passage in that source, and its text.
    pub span: Span,
    pub text: String,
    /// Byte span of the (first) sentence the passage is in.
    pub sentence_span: Span,
    /// 1-based line of the passage's start in the source.
    pub line: usize,
    /// Similarity of translation and passage, 0..1.
    pub score: f64,
    /// Score of the best passage in any other sentence (how clear the choice was).
    pub runner_up: f64,
    /// The runner-up is within [`UNCERTAIN_MARGIN`] of the score and is another passage
    /// (not the same words repeated elsewhere): the choice is a near tie, worth a look.
    pub uncertain: bool,
}

/// How close (in score) a different passage must come to the best one for the match to be
/// reported as uncertain. Measured on FLORES and PUD with Apertium translations
/// (bench/quotes/RESULTS.md): among fragments reported with a runner-up this close, most
/// are wrong or have no original in the source; among the others, few.
pub const UNCERTAIN_MARGIN: f64 = 0.05;

const MAX_N: usize = 6;
/// F-score beta of the window score (1: the window should neither miss much of the
/// quotation nor hold much besides it).
const BETA: f64 = 1.0;
/// Share of the word term (IDF-weighted word F1) in the window score; the rest is chrF.
const WORD_WEIGHT: f64 = 0.5;
/// Shortest window, as a share of the translation's length in words.
const MIN_WINDOW: f64 = 0.5;

fn hash(s: &[char]) -> u64 {
    // FNV-1a over the chars and the length (so orders do not collide).
    let mut h: u64 = 0xcbf29ce484222325 ^ (s.len() as u64);
    for c in s {
        h ^= *c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Character n-grams (n = 1..MAX_N, tagged by order) ending at each of the last `new`
/// characters of `buf`: called after appending a word's characters, it yields the n-grams of
/// the running text with spaces removed, as chrF counts them (so they cross word boundaries
/// and carry some word order).
fn grams_ending(buf: &[char], new: usize, out: &mut Vec<(usize, u64)>) {
    out.clear();
    for p in buf.len() - new..buf.len() {
        for n in 1..=MAX_N.min(p + 1) {
            out.push((n - 1, hash(&buf[p + 1 - n..=p])));
        }
    }
}

fn all_grams(ws: &[Word]) -> Vec<(usize, u64)> {
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let mut tmp = Vec::new();
    for w in ws {
        let before = buf.len();
        buf.extend(w.norm.chars());
        grams_ending(&buf, buf.len() - before, &mut tmp);
        out.extend_from_slice(&tmp);
    }
    out
}

fn usable(w: &Word) -> bool {
    !w.editorial
}

impl SourceIndex {
    pub fn new(sources: Vec<Source>) -> SourceIndex {
        let mut sents = Vec::new();
        for (si, src) in sources.iter().enumerate() {
            // A source of one item per line (FLORES, newstest, a list of statements): over a
            // quarter of its lines are longer than hard-wrapped text's ever are, so a line
            // break between two sentences ends a paragraph there, and no window runs from one
            // line into the next ("… give them their space.⏎In addition, be aware that odors
            // attract bears" was the original of a translation of the second line only).
            let items_per_line = crate::segment::items_per_line(&src.text);
            let mut breaks = 0;
            let mut prev_end = 0;
            for s in crate::segment::segment(&src.text, Lang::En) {
                if items_per_line && src.text[prev_end..s.span.start].contains('\n') {
                    breaks += 1;
                }
                prev_end = s.span.end;
                let ws = words(s.span.of(&src.text), s.span.start);
                let mut grams = HashMap::new();
                for (_, g) in all_grams(&ws) {
                    *grams.entry(g).or_insert(0) += 1;
                }
                sents.push(Sent {
                    source: si,
                    span: s.span,
                    paragraph: s.paragraph + breaks,
                    words: ws,
                    grams,
                });
            }
        }
        let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, s) in sents.iter().enumerate() {
            let mut seen: Vec<&str> = s.words.iter().map(|w| w.stem.as_str()).collect();
            seen.sort_unstable();
            seen.dedup();
            for st in seen {
                postings.entry(st.to_string()).or_default().push(i as u32);
            }
        }
        SourceIndex {
            sources,
            sents,
            postings,
        }
    }

    pub fn sentence_count(&self) -> usize {
        self.sents.len()
    }

    fn idf(&self, stem: &str) -> f64 {
        self.idf_of(self.postings.get(stem).map_or(0, Vec::len))
    }

    /// IDF of a stem found in `df` sentences.
    fn idf_of(&self, df: usize) -> f64 {
        let n = self.sents.len().max(1) as f64;
        ((n + 1.0) / (df as f64 + 1.0)).ln().max(0.1)
    }

    /// The best passage for `translation` with a score of at least `threshold` (None:
    /// [`DEFAULT_THRESHOLD`]), or None.
    // Windows grow one word at a time from `start`; indexing reads clearer than iterators.
    #[allow(clippy::needless_range_loop)]
    pub fn find(&self, translation: &str, threshold: Option<f64>) -> Option<Match> {
        self.find_with_french(translation, None, threshold)
    }

    /// [`SourceIndex::find`], with the French quotation as a second witness: each candidate
    /// sentence's best window is scored also by how well it renders the French (lexicon,
    /// cognates, names, numbers: [`Witness::score`]), with weight [`FRENCH_WEIGHT`].
    #[allow(clippy::needless_range_loop)]
    pub fn find_with_french(
        &self,
        translation: &str,
        witness: Option<&Witness>,
        threshold: Option<f64>,
    ) -> Option<Match> {
        let q: Vec<Word> = words(translation, 0).into_iter().filter(usable).collect();
        let threshold = threshold.unwrap_or(DEFAULT_THRESHOLD);
        if q.is_empty() || self.sents.is_empty() {
            return None;
        }
        let mut qgrams: [HashMap<u64, u32>; MAX_N] = Default::default();
        for (n, g) in all_grams(&q) {
            *qgrams[n].entry(g).or_insert(0) += 1;
        }
        let (beta, w_word, lo_f) = (BETA, WORD_WEIGHT, MIN_WINDOW);
        let qtotal: Vec<f64> = qgrams
            .iter()
            .map(|m| m.values().map(|c| *c as f64).sum())
            .collect();
        // Pass 1: how much of the quotation's 3..5-grams each sentence holds.
        let mut pre: Vec<(f64, usize)> = self
            .sents
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mut hit = 0u32;
                let mut tot = 0u32;
                for m in &qgrams[2..] {
                    for (g, c) in m {
                        tot += c;
                        hit += (*c).min(*s.grams.get(g).unwrap_or(&0));
                    }
                }
                (hit as f64 / tot.max(1) as f64, i)
            })
            .collect();
        pre.sort_by(|a, b| b.0.total_cmp(&a.0));
        pre.truncate(GRAM_CANDIDATES);
        // Pass 1b: the sentences that hold most of the quotation's rare words (weighed by
        // IDF), which character n-grams can rank low when the translation words them in
        // another order or spelling ("a bell of door Wi-Fi" / "a WiFi door bell").
        for si in self.word_candidates(&q) {
            if !pre.iter().any(|p| p.1 == si) {
                pre.push((0.0, si));
            }
        }
        // Pass 2: windows in the kept sentences.
        let qlen = q.len();
        let qw_weight: f64 = q.iter().map(|w| self.word_weight(w)).sum();
        let mut best: Vec<(f64, usize, usize, usize)> = Vec::new(); // (score, sent, from, to) per sentence
        let mut alternatives: Vec<Vec<(f64, usize, usize, bool)>> = Vec::new(); // per entry of `best`
        for &(_, si) in &pre {
            // Unit: this sentence and the next ones of the same paragraph, for long quotes.
            let mut unit: Vec<&Word> = self.sents[si].words.iter().collect();
            let text = &self.sources[self.sents[si].source].text;
            let first_len = unit.len();
            let mut sentence_ends = vec![first_len];
            let mut k = si + 1;
            while unit.len() < 2 * qlen
                && k < self.sents.len()
                && self.sents[k].source == self.sents[si].source
                && self.sents[k].paragraph == self.sents[si].paragraph
                && k < si + 8
            {
                unit.extend(self.sents[k].words.iter());
                sentence_ends.push(unit.len());
                k += 1;
            }
            // (A whole unit is never too short: the translation may be wordier than its original.)
            let lo = ((qlen as f64 * lo_f) as usize).max(1).min(unit.len());
            let hi = (qlen * 2).max(qlen + 3);
            // The best window of each start (the French witness chooses among the best).
            let mut per_start: Vec<(f64, usize, usize)> = Vec::new();
            let mut whole: Vec<(f64, usize, usize)> = Vec::new();
            let mut buf: Vec<char> = Vec::new();
            let mut new_grams = Vec::new();
            for start in 0..first_len {
                buf.clear();
                let mut counts: [HashMap<u64, u32>; MAX_N] = Default::default();
                let mut matched = [0f64; MAX_N];
                let mut total = [0f64; MAX_N];
                let mut wmatch = 0.0;
                let mut wtotal = 0.0;
                let mut used = vec![false; q.len()];
                // Only a window that starts a sentence, or a quotation inside one (Danius
                // said, "Right now … . I have called …"), runs on into the next one.
                let limit = if start == 0 || opening_mark(gap(text, &unit, start)) {
                    unit.len()
                } else {
                    first_len
                };
                for end in start..limit.min(start + hi) {
                    let w = unit[end];
                    let before = buf.len();
                    buf.extend(w.norm.chars());
                    grams_ending(&buf, buf.len() - before, &mut new_grams);
                    for &(n, g) in &new_grams {
                        total[n] += 1.0;
                        let c = counts[n].entry(g).or_insert(0);
                        if *c < *qgrams[n].get(&g).unwrap_or(&0) {
                            matched[n] += 1.0;
                        }
                        *c += 1;
                    }
                    let ww = self.word_weight(w);
                    wtotal += ww;
                    // Words: same stem, or near-identical spelling for content words (names,
                    // words machine translation left in French).
                    if let Some(k) = (0..q.len())
                        .find(|&k| !used[k] && q[k].stem == w.stem)
                        .or_else(|| {
                            (0..q.len()).find(|&k| {
                                !used[k] && q[k].class != Class::Stop && same_word(&q[k], w)
                            })
                        })
                    {
                        used[k] = true;
                        wmatch += self.word_weight(&q[k]);
                    }
                    let len = end - start + 1;
                    // A window over several sentences holds whole sentences; the whole first
                    // sentence is a window however short.
                    let whole_first = start == 0 && end + 1 == first_len;
                    if (len < lo && !whole_first)
                        || (end >= first_len && !sentence_ends.contains(&(end + 1)))
                    {
                        continue;
                    }
                    let score = chrf(&matched, &total, &qtotal, beta) * (1.0 - w_word)
                        + w_word * f1(wmatch, wtotal, qw_weight);
                    if start == 0 && sentence_ends.contains(&(end + 1)) {
                        whole.push((score, 0, end + 1));
                    }
                    match per_start.last_mut() {
                        Some(b) if b.1 == start => {
                            if score > b.0 {
                                *b = (score, start, end + 1);
                            }
                        }
                        _ => per_start.push((score, start, end + 1)),
                    }
                }
            }
            per_start.sort_by(|a, b| b.0.total_cmp(&a.0));
            per_start.truncate(ALTERNATIVES);
            if let Some(&(score, from, to)) = per_start.first() {
                best.push((score, si, from, to));
                // Also the windows of whole sentences from the first: the best window by
                // the translation often stops a word or two short of the sentence's end,
                // where the French witness would see more of the quotation.
                let mut alts: Vec<_> = per_start
                    .iter()
                    .map(|&(s, f, t)| (s, f, t, false))
                    .collect();
                for (s, f, t) in whole {
                    if !per_start.contains(&(s, f, t)) {
                        alts.push((s, f, t, true));
                    }
                }
                alternatives.push(alts);
            }
        }
        // Translation similarity alone, for the under-threshold rule (calibrated on it).
        let mut mt_only = best.clone();
        mt_only.sort_by(|a, b| b.0.total_cmp(&a.0));
        if let Some(w) = witness.filter(|w| !w.is_empty()) {
            // Each sentence's best windows (one per start) are scored by the French too, and
            // the best of both together is kept: the French tells "Land of a thousand lakes"
            // from "lakes has thousands of islands" where the translation cannot.
            for (b, alts) in best.iter_mut().zip(&alternatives) {
                let end = alts.iter().map(|a| a.2).max().unwrap_or(b.3);
                let unit = self.unit_words(b.1, end);
                let combined = alts.iter().filter_map(|&(mt, from, to, whole)| {
                    let fr = w.score(&unit[from..to]);
                    // A witness that links no word of the window is silent (the lexicon's
                    // gaps), not evidence against it; a whole-sentence window is there for
                    // the witness only.
                    let score = if fr > 0.0 {
                        (1.0 - FRENCH_WEIGHT) * mt + FRENCH_WEIGHT * fr
                    } else if whole {
                        return None;
                    } else {
                        mt
                    };
                    Some((score, from, to))
                });
                if let Some((score, from, to)) = combined.max_by(|a, b| a.0.total_cmp(&b.0)) {
                    *b = (score, b.1, from, to);
                }
            }
        }
        best.sort_by(|a, b| b.0.total_cmp(&a.0));
        let &(score, si, from, to) = best.first()?;
        let runner_up = best.get(1).map_or(0.0, |b| b.0);
        let threshold = small_source_threshold(threshold, self.sents.len());
        let accepted = score >= threshold || {
            let own = mt_only.iter().find(|b| b.1 == si).map_or(0.0, |b| b.0);
            let others: Vec<_> = mt_only.iter().filter(|b| b.1 != si).copied().collect();
            stands_out(own, &others, qlen, threshold)
        };
        if !accepted {
            return None;
        }
        // A runner-up holding the same words (the quotation repeated: a headline and its
        // article) is no rival.
        let uncertain = best.get(1).is_some_and(|&(s2, si2, from2, to2)| {
            let (a, b) = (self.unit_words(si, to), self.unit_words(si2, to2));
            let (a, b) = (
                a.get(from..to).unwrap_or_default(),
                b.get(from2..to2).unwrap_or_default(),
            );
            let same = a.iter().map(|w| &w.norm).eq(b.iter().map(|w| &w.norm));
            score - s2 < UNCERTAIN_MARGIN && !same
        });
        let s = &self.sents[si];
        let mut all: Vec<&Word> = s.words.iter().collect();
        let mut k = si + 1;
        while all.len() < to && k < self.sents.len() {
            all.extend(self.sents[k].words.iter());
            k += 1;
        }
        // A window shorter than the translation is widened to its length inside the
        // sentence, on the side whose words pair best with the translation's: the best
        // chrF window tends to leave out a changed word at its edge (the very word a
        // fact-checker needs to see).
        let src = &self.sources[s.source];
        let words = &all[..s.words.len().max(to)];
        // A translation with no quotation marks of its own (a quoted fragment) is not
        // widened across the original's quotation marks: past them lie the attribution
        // ("…," said Glen Cushing) and words the quotation does not hold.
        // The best window itself may run past them on stop words ("…ground," said Glen
        // Cushing of the): a stretch of it between quotation marks that pairs no content
        // word of the translation is cut off.
        let fragment = !translation.contains(QUOTE_MARKS);
        let (lo, hi, from, to) = if !fragment {
            (0, words.len(), from, to)
        } else {
            let (from, to) = trim_unquoted(&q, &src.text, words, from, to);
            let (lo, hi) = quoted_bounds(&src.text, words, from, to);
            (lo, hi, from, to)
        };
        let (from, to) = widen(&q, &words[lo..hi], from - lo, to - lo);
        let (from, to) = (from + lo, to + lo);
        let mut span = Span::new(all[from].span.start, all[to - 1].span.end);
        // A quoted fragment whose window begins a sentence, inside a quotation opened in the
        // sentence before (Danius said, "Right now we are doing nothing. I have called …"),
        // takes in that sentence's quoted words when the translation is longer than the
        // window by half as many words or more.
        if from == 0 && fragment {
            if let Some(start) = self.opened_before(si) {
                let prev = &self.sents[si - 1].words;
                let deficit = q.len().saturating_sub(to - from);
                if 2 * deficit >= prev.len() - start {
                    span.start = prev[start].span.start;
                }
            }
        }
        Some(Match {
            source: s.source,
            source_name: src.name.clone(),
            span,
            text: span.of(&src.text).to_string(),
            sentence_span: s.span,
            line: src.text[..span.start].matches('\n').count() + 1,
            score,
            runner_up,
            uncertain,
        })
    }

    /// Where in the sentence before `si` (same paragraph) a quotation opens that is still
    /// open at its end: the index of its first quoted word.
    fn opened_before(&self, si: usize) -> Option<usize> {
        let (prev, cur) = (self.sents.get(si.checked_sub(1)?)?, &self.sents[si]);
        if prev.source != cur.source || prev.paragraph != cur.paragraph {
            return None;
        }
        let text = &self.sources[cur.source].text;
        let (first, last) = (cur.words.first()?, prev.words.last()?);
        if text[last.span.end..first.span.start].contains(QUOTE_MARKS) {
            return None;
        }
        // The last quotation mark of the sentence, and whether it opens a quotation (the
        // text before its first word counts as the first word's gap).
        let words: Vec<&Word> = prev.words.iter().collect();
        let gap = |k: usize| {
            if k == 0 {
                &text[prev.span.start..words[0].span.start]
            } else {
                gap(text, &words, k)
            }
        };
        let k = (0..words.len())
            .rev()
            .find(|&k| gap(k).contains(QUOTE_MARKS))?;
        opening_mark(gap(k)).then_some(k)
    }

    /// The words of sentence `si` and of the next ones, up to at least `len` words.
    fn unit_words(&self, si: usize, len: usize) -> Vec<&Word> {
        let mut all: Vec<&Word> = self.sents[si].words.iter().collect();
        let mut k = si + 1;
        while all.len() < len && k < self.sents.len() {
            all.extend(self.sents[k].words.iter());
            k += 1;
        }
        all
    }

    /// The [`WORD_CANDIDATES`] sentences with the highest sum of IDF over the quotation's
    /// content words they hold (stems; ties: the earlier sentence).
    fn word_candidates(&self, q: &[Word]) -> Vec<usize> {
        let mut stems: Vec<&str> = q
            .iter()
            .filter(|w| w.class != Class::Stop)
            .map(|w| w.stem.as_str())
            .collect();
        stems.sort_unstable();
        stems.dedup();
        let mut sum: HashMap<u32, f64> = HashMap::new();
        for st in stems {
            if let Some(list) = self.postings.get(st) {
                let idf = self.idf_of(list.len());
                for &si in list {
                    *sum.entry(si).or_insert(0.0) += idf;
                }
            }
        }
        let mut ranked: Vec<(f64, u32)> = sum.into_iter().map(|(si, v)| (v, si)).collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked
            .into_iter()
            .take(WORD_CANDIDATES)
            .map(|(_, si)| si as usize)
            .collect()
    }

    fn word_weight(&self, w: &Word) -> f64 {
        match w.class {
            Class::Stop => 0.2,
            Class::Name | Class::Number => self.idf(&w.stem) * NAME_WEIGHT,
            _ => self.idf(&w.stem),
        }
    }
}

/// Weight of names and numbers in the word term, on top of their IDF: a rare name or
/// number the translation shares with a passage says more than a rare common word, since
/// machine translation renders common words loosely but leaves names and digits as they
/// are. Chosen on UD PUD's English-original lines (first 750), a set nothing here was tuned
/// on (bench/quotes/RESULTS.md): 1.5 found 2 more fragments there (0.772 -> 0.807) and 3
/// more whole lines; 2 and 3 did worse on FLORES.
const NAME_WEIGHT: f64 = 1.5;

/// How many sentences the character n-gram pass keeps for the window search.
const GRAM_CANDIDATES: usize = 40;
/// How many sentences the word pass adds (those not kept already).
const WORD_CANDIDATES: usize = 20;

/// Share of the French witness in a passage's score (the rest: similarity to the
/// translation), when it links at least one word. Chosen on FLORES even lines with Apertium
/// (bench/quotes/RESULTS.md): 0.3 ranks whole lines better and finds more of them under the
/// same threshold; 0.5 did no better.
pub const FRENCH_WEIGHT: f64 = 0.3;

/// The threshold for a source of `n` sentences: `threshold` from ten sentences up, down to
/// 0.85 × `threshold` for a single sentence. The best of many unrelated passages scores
/// higher than a single one (the best of many draws), so a short source needs less to tell
/// its one passage from chance: on FLORES with Apertium, a whole line scored against one
/// unrelated line reached 0.255 in 2 of 895 pairs and 0.30 in none
/// (`bench/quotes/eval_unrelated.py`, bench/quotes/RESULTS.md).
fn small_source_threshold(threshold: f64, n: usize) -> f64 {
    let n = n.max(1) as f64;
    threshold * (SMALL_SOURCE_FACTOR + (1.0 - SMALL_SOURCE_FACTOR) * n.log10().min(1.0))
}

/// See [`small_source_threshold`].
const SMALL_SOURCE_FACTOR: f64 = 0.85;

/// Shortest translation (in words) for which a score under the threshold can still be
/// accepted when it stands out from the scores of all other candidate sentences.
const OUTLIER_MIN_WORDS: usize = 8;
/// Lowest score accepted that way, as a share of the threshold.
const OUTLIER_FLOOR: f64 = 0.6;
/// How far above the other candidates' scores (in standard deviations of them) the best
/// must stand to be accepted under the threshold.
const OUTLIER_Z: f64 = 5.0;
/// Fewest other candidates for their scores to make a distribution.
const OUTLIER_MIN_OTHERS: usize = 8;

/// Whether the best passage (`score`) counts as the original, given the best scores of the
/// other candidate sentences (`others`, best first) and the translation's length.
///
/// A plain threshold is length-blind: a short fragment reaches a given similarity against
/// unrelated text by chance, a whole sentence much less often, so a long translation whose
/// original was weakly translated falls under it. A score at or above `threshold` is
/// accepted as before; a lower one (down to `OUTLIER_FLOOR` × threshold) only for a
/// translation of at least `OUTLIER_MIN_WORDS` words whose best passage stands out from the
/// other candidates: `OUTLIER_Z` standard deviations above their mean, and clear of the
/// runner-up by one. With too few other candidates to tell (a source of a few sentences),
/// the plain threshold decides.
#[cfg(test)]
fn accept(score: f64, others: &[(f64, usize, usize, usize)], qlen: usize, threshold: f64) -> bool {
    score >= threshold || stands_out(score, others, qlen, threshold)
}

/// The under-threshold part of [`accept`]. With the French witness it is applied to the
/// translation similarity alone (the scores it was calibrated on): mixing in the French
/// score makes the other candidates' scores uneven, and on FLORES' odd lines (the check
/// split) it then let 19 of 64 orphaned whole lines through instead of 8.
fn stands_out(
    score: f64,
    others: &[(f64, usize, usize, usize)],
    qlen: usize,
    threshold: f64,
) -> bool {
    if qlen < OUTLIER_MIN_WORDS || score < OUTLIER_FLOOR * threshold {
        return false;
    }
    if others.len() < OUTLIER_MIN_OTHERS {
        return false;
    }
    let n = others.len() as f64;
    let mean = others.iter().map(|o| o.0).sum::<f64>() / n;
    let var = others.iter().map(|o| (o.0 - mean).powi(2)).sum::<f64>() / n;
    let sd = var.sqrt().max(0.01);
    (score - mean) / sd >= OUTLIER_Z && (score - others[0].0) / sd >= 1.0
}

/// How many of a sentence's windows (the best of each start) the French witness weighs.
const ALTERNATIVES: usize = 8;

/// Quotation marks, opening and closing, straight and curly.
pub(super) const QUOTE_MARKS: &[char] = &['"', '«', '»', '“', '”'];

/// Whether the text between two words (or before a sentence's first word) holds an
/// opening quotation mark: « or “, or a straight one glued to the next word only
/// (`said, "Right`, not `"Gypsy" is`).
pub(super) fn opening_mark(gap: &str) -> bool {
    gap.contains(['«', '“'])
        || gap
            .strip_suffix('"')
            .is_some_and(|g| g.is_empty() || g.ends_with(char::is_whitespace))
}

/// The text between `words[k - 1]` and `words[k]` (`text`: the source the words' spans
/// point into).
fn gap<'a>(text: &'a str, words: &[&Word], k: usize) -> &'a str {
    &text[words[k - 1].span.end..words[k].span.start]
}

/// Whether a quotation mark stands between `words[k - 1]` and `words[k]`.
fn mark_before(text: &str, words: &[&Word], k: usize) -> bool {
    gap(text, words, k).contains(QUOTE_MARKS)
}

/// `from..to` without its stretches, split by quotation marks, that pair no content word of
/// `q` (all stay when none pairs any).
fn trim_unquoted(
    q: &[Word],
    text: &str,
    words: &[&Word],
    from: usize,
    to: usize,
) -> (usize, usize) {
    let mut cuts: Vec<usize> = vec![from];
    cuts.extend((from + 1..to).filter(|&k| mark_before(text, words, k)));
    cuts.push(to);
    let pairs = |&(a, b): &(usize, usize)| {
        words[a..b].iter().any(|v| {
            v.class != Class::Stop && q.iter().any(|w| w.class != Class::Stop && same_word(w, v))
        })
    };
    let kept: Vec<(usize, usize)> = cuts
        .windows(2)
        .map(|c| (c[0], c[1]))
        .filter(pairs)
        .collect();
    match (kept.first(), kept.last()) {
        (Some(a), Some(b)) => (a.0, b.1),
        _ => (from, to),
    }
}

/// The words of `words[from..to]`'s stretch between quotation marks: the last word before
/// `from` with a quotation mark before it begins the stretch, the first after `to` with
/// one before it ends it.
fn quoted_bounds(text: &str, words: &[&Word], from: usize, to: usize) -> (usize, usize) {
    let mark_before = |k: usize| mark_before(text, words, k);
    let lo = (1..=from).rev().find(|&k| mark_before(k)).unwrap_or(0);
    let hi = (to..words.len())
        .find(|&k| mark_before(k))
        .unwrap_or(words.len());
    (lo, hi)
}

/// Widen `from..to` in `words` to the length of `q` (see [`SourceIndex::find`]).
fn widen(q: &[Word], words: &[&Word], from: usize, to: usize) -> (usize, usize) {
    let len = to - from;
    if len >= q.len() {
        return (from, to);
    }
    let deficit = q.len() - len;
    let pairs = |a: usize, b: usize| -> usize {
        q.iter()
            .filter(|w| w.class != Class::Stop && words[a..b].iter().any(|v| same_word(w, v)))
            .count()
    };
    // Words of the translation with no pair in the window: a counterpart of the same
    // class (a number for a number, a name for a name) just outside the window is most
    // likely the changed word.
    let unpaired: Vec<&Word> = q
        .iter()
        .filter(|w| w.class != Class::Stop && !words[from..to].iter().any(|v| same_word(w, v)))
        .collect();
    let counterparts = |a: usize, b: usize| -> usize {
        words[a..b]
            .iter()
            .filter(|v| v.class != Class::Stop && unpaired.iter().any(|w| w.class == v.class))
            .count()
    };
    // By default the translation's length, centred; a side that pairs more words, or holds
    // a counterpart, wins.
    let a0 = from.saturating_sub(deficit / 2);
    let b0 = (to + (deficit - (from - a0))).min(words.len());
    let mut best = (pairs(a0, b0), counterparts(a0, b0), a0, b0);
    for left in 0..=deficit {
        let a = from.saturating_sub(left);
        let b = (to + deficit - left).min(words.len());
        let key = (pairs(a, b), counterparts(a, b));
        if key > (best.0, best.1) {
            best = (key.0, key.1, a, b);
        }
    }
    (best.2, best.3)
}

fn f1(matched: f64, total_hyp: f64, total_ref: f64) -> f64 {
    if matched <= 0.0 {
        return 0.0;
    }
    let p = matched / total_hyp.max(1e-9);
    let r = matched / total_ref.max(1e-9);
    2.0 * p * r / (p + r)
}

/// chrF-like average F-score over n-gram orders (beta = 1: the window should neither miss
/// much of the quotation nor hold much besides it).
fn chrf(matched: &[f64; MAX_N], window_total: &[f64; MAX_N], q_total: &[f64], beta: f64) -> f64 {
    let mut sum = 0.0;
    let mut n = 0.0;
    for k in 0..MAX_N {
        if q_total[k] <= 0.0 {
            continue;
        }
        n += 1.0;
        if matched[k] <= 0.0 || window_total[k] <= 0.0 {
            continue;
        }
        let r = matched[k] / window_total[k];
        let p = matched[k] / q_total[k];
        // Here the quotation plays chrF's hypothesis and the passage its reference.
        let b2 = beta * beta;
        sum += (1.0 + b2) * p * r / (b2 * p + r);
    }
    if n == 0.0 {
        0.0
    } else {
        sum / n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_source_needs_a_lower_score() {
        let t = |n| small_source_threshold(0.30, n);
        assert!((t(1) - 0.255).abs() < 1e-9);
        assert!(t(1) < t(3) && t(3) < t(9));
        assert_eq!(t(10), 0.30);
        assert_eq!(t(5000), 0.30);
    }

    #[test]
    fn under_threshold_only_when_standing_out_among_many() {
        let others = |v: &[f64]| -> Vec<(f64, usize, usize, usize)> {
            v.iter().map(|&x| (x, 0, 0, 0)).collect()
        };
        let spread: Vec<f64> = (0..20).map(|i| 0.10 + 0.002 * i as f64).collect();
        let mut sorted = spread.clone();
        sorted.sort_by(|a, b| b.total_cmp(a));
        // At or above the threshold: always.
        assert!(accept(0.31, &others(&[0.30]), 3, 0.30));
        // A long translation standing far out from 20 other candidates.
        assert!(accept(0.25, &others(&sorted), 20, 0.30));
        // The same score for a short fragment, under the floor, or with few candidates: no.
        assert!(!accept(0.25, &others(&sorted), 5, 0.30));
        assert!(!accept(0.17, &others(&sorted), 20, 0.30));
        assert!(!accept(0.25, &others(&[0.12, 0.11]), 20, 0.30));
        // A close runner-up, or others as high: no.
        let mut close = sorted.clone();
        close[0] = 0.245;
        assert!(!accept(0.25, &others(&close), 20, 0.30));
        let high: Vec<f64> = (0..20).map(|i| 0.24 - 0.005 * i as f64).collect();
        assert!(!accept(0.25, &others(&high), 20, 0.30));
    }

    fn index(texts: &[&str]) -> SourceIndex {
        SourceIndex::new(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Source {
                    name: format!("s{i}"),
                    text: t.to_string(),
                })
                .collect(),
        )
    }

    #[test]
    fn a_rare_name_outweighs_common_words() {
        let idx = index(&[
            "Catalano moved back to the area after living in London and then \
            Glasgow, where he had studied design. He then returned to Kirriemuir. The council \
            met on Monday. Prices rose in the spring. She went to the market. The team came \
            back to win. Students returned to class. The festival drew large crowds. Rain is \
            expected tomorrow. The bridge was closed for repairs.",
        ]);
        let m = idx
            .find("It went back afterwards to Kirriemuir.", Some(0.01))
            .unwrap();
        assert!(m.text.contains("Kirriemuir"), "{}", m.text);
    }

    #[test]
    fn a_near_tie_between_different_passages_is_uncertain() {
        let filler = "The council met on Monday. Prices rose in the spring. She went to the \
            market. Students returned to class. The festival drew large crowds. Rain is \
            expected tomorrow. The bridge was closed for repairs. The shop opened late.";
        // Two sentences the translation matches about as well: a near tie.
        let idx = index(&[&format!(
            "The minister said the reform would cut taxes for families. {filler} The \
             minister said the reform would cut fees for families."
        )]);
        let m = idx
            .find("the reform would cut levies for families", None)
            .unwrap();
        assert!(m.uncertain, "{} {} {}", m.text, m.score, m.runner_up);
        // The same words twice (a headline and its article) are no rivals.
        let idx = index(&[&format!(
            "The reform would cut taxes for families. {filler} The minister said the \
             reform would cut taxes for families."
        )]);
        let m = idx
            .find("the reform would cut taxes for families", None)
            .unwrap();
        assert!(!m.uncertain, "{} {} {}", m.text, m.score, m.runner_up);
        // A clear match.
        let idx = index(&[&format!(
            "The reform would cut taxes for families. {filler}"
        )]);
        let m = idx
            .find("the reform would cut taxes for families", None)
            .unwrap();
        assert!(!m.uncertain, "{} {} {}", m.text, m.score, m.runner_up);
    }

    #[test]
    fn finds_fragment_inside_long_sentence() {
        let idx = index(&["The weather was fine. Officials said the decision was a major step towards the verifiable denuclearization of the Korean peninsula, adding that talks would resume. Nothing else happened."]);
        let m = idx
            .find(
                "major step towards the verifiable denuclearisation of the Korean peninsula",
                Some(0.3),
            )
            .unwrap();
        assert!(
            m.text.starts_with("a major step") || m.text.starts_with("major step"),
            "{}",
            m.text
        );
        assert!(m.text.ends_with("peninsula"), "{}", m.text);
    }

    #[test]
    fn the_french_quotation_picks_the_sentence_a_weak_translation_misses() {
        let idx = index(&[
            "The minister said the old road to Goma will reopen in 2025.",
            "The minister said the new bridge to Kigali will open in 2025.",
        ]);
        // A weak translation: closer to the wrong sentence (the same year in both, so that
        // the shared number decides nothing).
        let t = "the minister said the ancient way of Rubber will open in 2025";
        let m = idx.find(t, Some(0.1)).unwrap();
        assert!(m.text.contains("bridge"), "{}", m.text);
        let mut lex = crate::align::Lexicon::default();
        lex.add("route", ["road", "way"]);
        lex.add("ancien", ["old"]);
        let w = Witness::new(
            "le ministre a dit que l'ancienne route de Goma rouvrira en 2025",
            Some(&lex),
        );
        let m = idx.find_with_french(t, Some(&w), Some(0.1)).unwrap();
        assert!(
            m.text.contains("Goma"),
            "{} {} {}",
            m.text,
            m.score,
            m.runner_up
        );
    }

    #[test]
    fn the_french_quotation_picks_the_window_too() {
        let idx = index(&[
            r#"Finland is a great boating destination. The "Land of a thousand lakes" has thousands of islands too, in the lakes and in the coastal archipelagos."#,
        ]);
        // The translation alone prefers the window with "thousands".
        let t = "Country of the thousands lakes";
        let m = idx.find(t, Some(0.1)).unwrap();
        assert!(!m.text.starts_with("Land"), "{}", m.text);
        let mut lex = crate::align::Lexicon::default();
        lex.add("pays", ["country", "land"]);
        lex.add("lac", ["lake"]);
        let w = Witness::new("Pays des mille lacs", Some(&lex));
        let m = idx.find_with_french(t, Some(&w), Some(0.1)).unwrap();
        assert_eq!(m.text, "Land of a thousand lakes");
    }

    #[test]
    fn rare_words_keep_a_sentence_the_character_pass_ranks_low() {
        // Sixty sentences share more character n-grams with the translation (its words
        // inside other words) than its original, written in another order and spelling.
        let mut lines: Vec<String> = (0..60)
            .map(|i| format!("Sayings of doorsteps conceived by belligerent havens number {i}."))
            .collect();
        lines.insert(30, "He built a WiFi door bell, he said.".to_string());
        let idx = index(&[&lines.join("\n")]);
        let m = idx
            .find("It says to have conceived a bell of door Wi-Fi.", Some(0.2))
            .unwrap();
        assert_eq!(m.text, "He built a WiFi door bell, he said");
    }

    #[test]
    fn a_sentence_shorter_than_half_the_translation_can_be_its_original() {
        // Machine translation is often much wordier than the original (here 24 words for
        // 13); the whole sentence is a window, however short.
        let idx = index(&["The money could go toward flood-proof houses, better water management, and crop diversification."]);
        let t = "The money could be reversed in the construction of resistant houses to the floods, in a better management of the water and in the diversification of the cultures.";
        let m = idx.find(t, Some(0.2)).unwrap();
        assert!(m.text.starts_with("The money could go"), "{}", m.text);
    }

    #[test]
    fn a_quoted_fragment_stays_inside_its_quotation_marks() {
        // The chrF window would run on into the attribution on "of the".
        let idx = index(&[
            r#"Officials spoke. "It is consistent with these being deep holes in the ground," said Glen Cushing of the Survey team."#,
        ]);
        let t = "it is consistent with this that are deep holes in the ground of the earth";
        let m = idx.find(t, Some(0.2)).unwrap();
        assert!(m.text.ends_with("ground"), "{}", m.text);
        // With quotation marks of its own, a translation may take the attribution in.
        let t = r#""It is consistent with this that are deep holes in the ground", has said Glen Cushing of the Survey team"#;
        let m = idx.find(t, Some(0.2)).unwrap();
        assert!(m.text.contains("Cushing"), "{}", m.text);
    }

    #[test]
    fn one_item_per_line_windows_stay_in_their_line() {
        let text = "These animals are large, wild, and potentially dangerous, so give them their \
                    space.\nIn addition, be aware that odors attract bears and other wildlife, so \
                    avoid carrying or cooking odorous foods and keep a clean camp.\n";
        let t = "Besides, know that the olors attract the bears and other wild animals, then \
                 avert to transport or to cook of the aliments odorants and save the own field.";
        let m = index(&[text]).find(t, Some(0.2)).unwrap();
        assert!(m.text.starts_with("In addition"), "{}", m.text);
        // A translation of both lines matches one of them, not a window across the break.
        let t = "These animals are large, wild and dangerous, so give them their space. Besides, \
                 know that odors attract bears and other wildlife, then avoid cooking odorous \
                 foods and keep a clean camp.";
        let m = index(&[text]).find(t, Some(0.2)).unwrap();
        assert!(!m.text.contains('\n'), "{}", m.text);
        // Hard-wrapped text (short lines) runs on across its line breaks.
        let wrapped = "Fourteen schools were closed all of Wednesday.\nThe warnings were lifted \
                       later.\n";
        let t = "Fourteen schools have been closed all Wednesday. The warnings were lifted later.";
        let m = index(&[wrapped]).find(t, Some(0.2)).unwrap();
        assert!(m.text.ends_with("lifted later"), "{}", m.text);
    }

    #[test]
    fn a_quotation_over_several_sentences_from_inside_one() {
        let idx = index(&[
            r#"Danius said, "Right now we are doing nothing. I have called and sent emails to his closest collaborator and received very friendly replies. For now, that is certainly enough.""#,
        ]);
        let t = "right now we are doing nothing at all. I have called and sent emails to his close collaborator and received replies very friendly. For now, that is surely enough";
        let m = idx.find(t, Some(0.2)).unwrap();
        assert!(m.text.starts_with("Right now"), "{}", m.text);
        assert!(m.text.ends_with("enough"), "{}", m.text);
        // A weak rendering of the first sentence: the window begins with the second, and
        // takes in the quoted words of the first.
        let t = "in this moment, do not do at all. I have called and envoy of the courriels to his near plus collaborator and have received responses very amicable. For now, that is surely enough";
        let m = idx.find(t, Some(0.2)).unwrap();
        assert!(m.text.starts_with("Right now"), "{}", m.text);
    }

    #[test]
    fn stretches_past_a_quotation_mark_that_pair_nothing_are_cut() {
        let text = r#"deep holes in the ground," said Glen Cushing of the team"#;
        let ws = words(text, 0);
        let refs: Vec<&Word> = ws.iter().collect();
        let q = words("deep holes in the earth of the", 0);
        let n = refs.len();
        assert_eq!(trim_unquoted(&q, text, &refs, 0, n - 1), (0, 5));
        // A stretch that pairs a content word stays ("Cushing" in the translation).
        let q = words("deep holes in the earth, has said Cushing", 0);
        assert_eq!(trim_unquoted(&q, text, &refs, 0, n - 1), (0, n - 1));
    }

    #[test]
    fn opening_quotation_marks() {
        assert!(opening_mark(", \""));
        assert!(opening_mark("\""));
        assert!(opening_mark(" « "));
        assert!(opening_mark(" “"));
        assert!(!opening_mark("\" "));
        assert!(!opening_mark(",\" "));
        assert!(!opening_mark(", "));
    }

    #[test]
    fn unrelated_is_not_found() {
        let idx = index(&[
            "The weather was fine today in Paris.",
            "Stocks fell sharply on Monday.",
        ]);
        assert!(idx
            .find("we call for an immediate end to hostilities", None)
            .is_none());
    }
}
