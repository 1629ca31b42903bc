//! Word-level comparison of a quotation's translation with the original passage.
//!
//! Words are paired across the two sides (same stem, or near-identical spelling, which also
//! pairs names and words machine translation left in French). What is left unpaired is
//! listed by class — content words, numbers, names, negations — and turned into flags a
//! fact-checker should look at:
//! - `number`: a number on one side has no equal on the other (values, so "2 million",
//!   "two million" and "2,000,000" agree);
//! - `negation`: the two sides do not hold the same number of negations;
//! - `name`: a name on one side is missing from the other;
//! - `addition`: the quotation says something the original does not (a run of unpaired
//!   content words, unpaired content words making up much of the quotation, or a stretch at
//!   its end past where the original's sentence ends);
//! - `omission`: the original holds a run of content words, inside the passage, that the
//!   quotation leaves out.
//!
//! Square-bracketed words ([and]) are editorial: shown, never counted as additions.

use super::french::{
    french_number_list, french_numbers, french_words, links, negation_bounds, translates, FrWord,
    APPROX, TWO_WORDS,
};
use super::words::{
    fold, name_witnessed, numbers, same_name, same_word, scan_words, words, Class, EnglishWords,
    Word,
};
use crate::align::lexicon::Lexicon;
use crate::text::Span;
use serde::Serialize;

/// One word present on one side and missing on the other.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Difference {
    pub word: String,
    pub class: Class,
    /// Byte span (in the translation for `missing_in_original`; in the source text for
    /// `missing_in_quotation`).
    pub span: Span,
}

/// Something worth a fact-checker's look.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Flag {
    /// number | negation | name | addition | omission
    pub kind: &'static str,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// Words of the quotation's translation the original lacks.
    pub missing_in_original: Vec<Difference>,
    /// Words of the original passage the quotation's translation lacks.
    pub missing_in_quotation: Vec<Difference>,
    /// Editorial insertions found in the translation ([and]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub editorial: Vec<String>,
    /// Share of the translation's content words found in the original, 0..1.
    pub coverage: f64,
    pub flags: Vec<Flag>,
}

impl Comparison {
    pub fn is_faithful(&self) -> bool {
        self.flags.is_empty()
    }
}

/// Shortest run of consecutive unpaired content words that counts as an addition/omission.
pub const RUN: usize = 4;

/// How many times longer (in words) than its original passage a French quotation must be
/// for the original to lack part of it (see the addition rule in [`compare_in_context`]).
const LONGER: f64 = 1.7;

/// Whether the longest run of unpaired words (`false` in `paired`) stands out: at least
/// [`RUN`] (+ `extra`) long, and longer than the runs that unpaired words scattered at the
/// rate seen in the rest of the text would make by chance (about ln n / ln(1/miss rate)).
/// A weak translation leaves words unpaired everywhere; a dropped clause leaves one block.
fn run_stands_out(paired: &[bool], extra: usize) -> Option<usize> {
    let run = longest_false_run(paired);
    let n = paired.len();
    if run < RUN + extra || n == 0 {
        return None;
    }
    let missed = paired.iter().filter(|p| !**p).count();
    let rest_n = n - run;
    if rest_n == 0 {
        return Some(run);
    }
    let m = (missed - run) as f64 / rest_n as f64;
    let expected = if m <= 0.0 {
        0.0
    } else if m >= 1.0 {
        f64::INFINITY
    } else {
        (n as f64).ln() / (1.0 / m).ln()
    };
    (run as f64 >= expected + 1.0 + extra as f64).then_some(run)
}

/// Compare `translation` (of the quotation) with `original` (the passage, found at byte
/// `original_base` of its source).
pub fn compare(translation: &str, original: &str, original_base: usize) -> Comparison {
    compare_with_french(translation, None, original, original_base)
}

/// [`compare`], with the French quotation as a second witness: names are mostly copied
/// verbatim from French, where machine translation may have translated or mangled them, so
/// a name of the original that the French quotation holds is not counted as swapped.
pub fn compare_with_french(
    translation: &str,
    french: Option<&str>,
    original: &str,
    original_base: usize,
) -> Comparison {
    let lex = french.and_then(|_| super::french::default_lexicon());
    let english = french.and_then(|_| EnglishWords::system());
    compare_in_context(
        translation,
        french,
        lex,
        english,
        original,
        original_base,
        ("", ""),
    )
}

/// [`compare_with_french`] with the lexicon given (None: cognates, names and numbers only).
pub fn compare_full(
    translation: &str,
    french: Option<&str>,
    lex: Option<&Lexicon>,
    original: &str,
    original_base: usize,
) -> Comparison {
    compare_in_context(
        translation,
        french,
        lex,
        None,
        original,
        original_base,
        ("", ""),
    )
}

/// Words of the source just before and after a passage, within its sentence: a negation
/// there ("Luna was not | the first Queen") belongs to the passage's clause, though the
/// passage's edge (chosen by similarity) left it out.
const EDGE_WORDS: usize = 3;

/// [`compare_full`], with the source text just before and after the passage (`edges`: the
/// rest of its sentence on each side), where a negation next to the passage's edge counts,
/// and an English word list (`english_words`: which capitalised words are common words).
pub fn compare_in_context(
    translation: &str,
    french: Option<&str>,
    lex: Option<&Lexicon>,
    english_words: Option<&EnglishWords>,
    original: &str,
    original_base: usize,
    edges: (&str, &str),
) -> Comparison {
    let frw: Vec<FrWord> = french.map_or_else(Vec::new, french_words);
    let t: Vec<Word> = words(translation, 0);
    // The rest of the passage's sentence on each side; the passage is read after the words
    // before it (its first word is sentence-initial only if they end a sentence).
    let (edge_before, opens) = scan_words(edges.0, 0, true);
    let edge_after = words(edges.1, 0);
    // Bracketed words of the original ([Wales]) are its own editorial insertions.
    // A capitalised word that starts a sentence is a name when the word list does not
    // have it in lower case ("Ogarzynska specialize in …").
    let o: Vec<Word> = scan_words(original, original_base, opens)
        .0
        .into_iter()
        .filter(|w| !w.editorial)
        .map(|mut w| {
            if w.sentence_start
                && w.class == Class::Content
                && w.text.starts_with(char::is_uppercase)
                && w.norm.chars().all(char::is_alphabetic)
                && english_words.is_some_and(|list| !list.is_common(&w.norm))
            {
                w.class = Class::Name;
            }
            w
        })
        .collect();
    let editorial: Vec<String> = bracketed(translation);
    let t_used: Vec<&Word> = t.iter().filter(|w| !w.editorial).collect();

    // Pair words: each translation word with the nearest same word in the original
    // (relative position), each original word used once.
    let mut o_taken = vec![false; o.len()];
    let mut t_paired = vec![false; t_used.len()];
    let mut t_pair: Vec<Option<usize>> = vec![None; t_used.len()];
    for pass in 0..2 {
        for (i, w) in t_used.iter().enumerate() {
            if t_paired[i] || (pass == 0 && w.class == Class::Stop) {
                continue;
            }
            let rel = i as f64 / t_used.len().max(1) as f64;
            let mut best: Option<(f64, usize)> = None;
            for (j, v) in o.iter().enumerate() {
                if o_taken[j] || !same_word(w, v) {
                    continue;
                }
                let d = (j as f64 / o.len().max(1) as f64 - rel).abs();
                if best.is_none_or(|b| d < b.0) {
                    best = Some((d, j));
                }
            }
            if let Some((_, j)) = best {
                o_taken[j] = true;
                t_paired[i] = true;
                t_pair[i] = Some(j);
            }
        }
    }

    let counts = |c: Class| c != Class::Stop;
    let missing_in_original: Vec<Difference> = t_used
        .iter()
        .zip(&t_paired)
        .filter(|(w, p)| !**p && counts(w.class))
        .map(|(w, _)| Difference {
            word: w.text.clone(),
            class: w.class,
            span: w.span,
        })
        .collect();
    let missing_in_quotation: Vec<Difference> = o
        .iter()
        .zip(&o_taken)
        .filter(|(w, p)| !**p && counts(w.class))
        .map(|(w, _)| Difference {
            word: w.text.clone(),
            class: w.class,
            span: w.span,
        })
        .collect();

    // An original word also counts as paired when a word of the French quotation links to it
    // (lexicon, cognate, copied name): a poor choice of words by machine translation is no
    // omission.
    let o_wit: Vec<bool> = o
        .iter()
        .zip(&o_taken)
        .map(|(w, p)| {
            *p || (french.is_some()
                && frw
                    .iter()
                    .any(|f| matches!(f.class, Class::Content | Class::Name) && links(f, w, lex)))
        })
        .collect();
    let mut flags = Vec::new();
    // The part of the original between its first and last paired words (or words the French
    // links to): words outside it lie at the edges of the passage (an attribution, the rest
    // of a sentence) and say little about the quotation.
    let first = o_wit.iter().position(|p| *p).unwrap_or(0);
    let last = o_wit
        .iter()
        .rposition(|p| *p)
        .unwrap_or(o.len().saturating_sub(1));
    let inside = |j: usize| j >= first && j <= last;
    // Numbers, by value.
    let t_words: Vec<Word> = t_used.iter().map(|w| (*w).clone()).collect();
    let tv: Vec<f64> = numbers(&t_words).iter().map(|n| n.0).collect();
    // Plural quantities alone ("dozens", "thousands of") are vague: never demanded.
    let o_numbers: Vec<(f64, usize, usize)> = numbers(&o)
        .into_iter()
        .filter(|n| {
            !(n.1 == n.2
                && matches!(
                    o[n.1].norm.as_str(),
                    "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "00"
                ))
        })
        .collect();
    // (Numbers a word or two outside count: the passage's edge may cut through a phrase.)
    let near = |j: usize| j + 2 >= first && j <= last + 2;
    // A unit conversion the original adds in brackets ("250 meters (820 feet)") is never
    // demanded of the quotation.
    let conversions = conversion_spans(original, original_base);
    let converted = |n: &(f64, usize, usize)| {
        conversions
            .iter()
            .any(|c| c.contains(&o[n.1].span.start) && c.contains(&(o[n.2].span.end - 1)))
    };
    let ov: Vec<f64> = o_numbers
        .iter()
        .filter(|n| {
            if french.is_some() {
                near(n.1) || near(n.2)
            } else {
                inside(n.1) || inside(n.2)
            }
        })
        .filter(|n| !converted(n))
        .map(|n| n.0)
        .collect();
    let ov_all: Vec<f64> = o_numbers.iter().map(|n| n.0).collect();
    let has = |vs: &[f64], v: f64| vs.iter().any(|x| close(*x, v));
    let (only_t, only_o): (Vec<String>, Vec<String>) = if french.is_some() {
        // The French quotation's numbers must be in the passage; a number inside the
        // passage must be in the French or its translation (a number only machine
        // translation has is its own artefact).
        let fnums = french_number_list(&frw);
        let fv: Vec<f64> = fnums.iter().flat_map(|n| n.values.clone()).collect();
        let fa: Vec<f64> = fnums.iter().flat_map(|n| n.approx.clone()).collect();
        let about = |vs: &[f64], v: f64| vs.iter().any(|x| (x - v).abs() <= APPROX * x.abs());
        let two_said = o.iter().any(|w| TWO_WORDS.contains(&w.norm.as_str()));
        (
            fnums
                .iter()
                .filter(|n| {
                    let found = n.values.iter().any(|v| has(&ov_all, *v))
                        || n.approx.iter().any(|a| about(&ov_all, *a));
                    !(found || n.two_word && two_said)
                })
                .map(|n| fmt_num(n.values[0]))
                .collect(),
            ov.iter()
                .filter(|v| !has(&fv, **v) && !has(&tv, **v) && !about(&fa, **v))
                .map(|v| fmt_num(*v))
                .collect(),
        )
    } else {
        (
            tv.iter()
                .filter(|v| !has(&ov, **v))
                .map(|v| fmt_num(*v))
                .collect(),
            ov.iter()
                .filter(|v| !has(&tv, **v))
                .map(|v| fmt_num(*v))
                .collect(),
        )
    };
    if !only_t.is_empty() || !only_o.is_empty() {
        flags.push(Flag {
            kind: "number",
            detail: format!(
                "quotation: {} / original: {}",
                list_or_none(&only_t),
                list_or_none(&only_o)
            ),
        });
    }
    // Negations, counted as units: negation words within three words of each other make one
    // (machine translation renders "ne … pas" as "not … not"); near the passage's edges too.
    let t_neg: Vec<(usize, &Word)> = t_used
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, w)| w.class == Class::Negation)
        .collect();
    // In the original, French words (Médecins Sans Frontières) are no negations (nor are
    // "or not", "no matter" and the like: see words::not_negations).
    // The last words before the passage and the first after it (see EDGE_WORDS).
    let before = &edge_before[edge_before.len().saturating_sub(EDGE_WORDS)..];
    let after = &edge_after[..edge_after.len().min(EDGE_WORDS)];
    let nb = before.len();
    let ext: Vec<&Word> = before.iter().chain(o.iter()).chain(after.iter()).collect();
    // Within two words of the paired part of the passage (positions in `ext`).
    // (Or stop words and one content word between: "not | heading for its | worst ever
    // outbreak", "T. rex | would be | no match".)
    let content_between = |a: usize, b: usize| {
        ext.get(a..b.min(ext.len()))
            .unwrap_or_default()
            .iter()
            .filter(|w| w.class != Class::Stop)
            .count()
    };
    let near = |j: usize| {
        (j + 2 >= first + nb || content_between(j + 1, first + nb) <= 1)
            && (j <= last + nb + 2 || content_between(last + nb + 1, j) <= 1)
    };
    let o_neg: Vec<(usize, &Word)> = ext
        .iter()
        .copied()
        .enumerate()
        .filter(|(j, w)| {
            near(*j) && w.class == Class::Negation && !FRENCH_NEGATIONS.contains(&w.norm.as_str())
        })
        .collect();
    // (The original is no machine translation: its negation words count one by one.)
    let (tn, on) = (
        negation_count(&t_neg, MT_NEGATION_GAP),
        negation_count(&o_neg, 0),
    );
    // Each side as a range: "not only" may go untranslated, and a word negative by meaning
    // (unable, failed, instead of) may render a negation.
    // Words negative by meaning on both sides are taken to render each other ("refusé" /
    // "refused"); only the surplus of one side may stand for a negation of the other.
    // (Over the whole passage: such a word at its edge need not pair with the translation.)
    let o_implicit = (0..ext.len())
        .filter(|&j| {
            (near(j) || (nb..nb + o.len()).contains(&j))
                && implicit_negative(&ext, j, english_words)
        })
        .count();
    let o_fewest = negation_count_strict(&o_neg, &ext, 0);
    // With the French quotation, the French decides (machine translation invents and drops
    // negations: "the worst epidemic never known").
    let (qn, differs) = match french {
        Some(f) => {
            let b = negation_bounds(f);
            let (fneg, implicit) = (b.units, b.implicit);
            // A French negation joined to an earlier one may share it in English when the
            // original joins with or / nor ("has not A, nor B"; "doesn't A or B").
            let joins = o_neg.first().is_some_and(|&(j0, _)| {
                ext[j0 + 1..]
                    .iter()
                    .any(|w| matches!(w.norm.as_str(), "or" | "nor"))
            });
            let fewest = b.fewest.saturating_sub(if joins { b.joined } else { 0 });
            // French in-/im- words (instable, inconnu) render English un- words too (looked
            // up only when the original has words negative by meaning left to pair).
            let prefixed = if o_implicit > implicit {
                frw.iter()
                    .filter(|f| negative_prefix(&f.word.norm, lex))
                    .count()
            } else {
                0
            };
            let o_most = on + o_implicit.saturating_sub(implicit + prefixed + b.without);
            // A litotes the original renders without a negation ("N'oubliez pas" /
            // "Remember") leaves no negation for the original to hold.
            let positive = ext
                .iter()
                .enumerate()
                .filter(|&(j, w)| {
                    matches!(w.norm.as_str(), "remember" | "remind")
                        || (w.norm == "free" && j > 0 && ext[j - 1].norm == "feel")
                        || (w.norm == "sure"
                            && j > 0
                            && matches!(ext[j - 1].norm.as_str(), "be" | "make"))
                })
                .count();
            let most = (fneg + implicit.saturating_sub(o_implicit))
                .saturating_sub(positive.min(b.litotes));
            (fneg, o_most < fewest || o_fewest > most)
        }
        None => {
            let implicit = (0..t_used.len())
                .filter(|&j| implicit_negative(&t_used, j, english_words))
                .count();
            let o_most = on + o_implicit.saturating_sub(implicit);
            let most = tn + implicit.saturating_sub(o_implicit);
            let fewest = negation_count_strict(&t_neg, &t_used, MT_NEGATION_GAP);
            (tn, o_most < fewest || o_fewest > most)
        }
    };
    if differs {
        flags.push(Flag {
            kind: "negation",
            detail: format!("{qn} negation(s) in the quotation, {on} in the original"),
        });
    }
    // Names: one name on each side with no match on the other (a swapped name). A name
    // missing on one side only is listed among the differences, and flagged only in the
    // one case below (a name only the original holds that is surely a name): machine
    // translation and the passage's edges produce the others all the time.
    // Titles (Mr, Mrs, Dr; Mme and Sra left by machine translation) are not names.
    let title = |w: &Word| TITLES.contains(&w.text.trim_end_matches('.'));
    // A sentence's first word is no `Class::Name`; in the translation, one the word list
    // does not have is a name all the same ("Chandra Shekhar Solanki, commissioner of
    // police, …" / "Police superintendent Peninsula Shekhar Solanki …"). (On the original's
    // side the same reading caught nothing more on FLORES.)
    let initial_name = |w: &Word| {
        w.class == Class::Content
            && w.text.starts_with(char::is_uppercase)
            && english_words.is_some_and(|l| surely_a_name(w, l))
    };
    // One to one: a name of the translation paired with a word of the original is not
    // swapped, and one that is not looks for its counterpart among the original's words
    // left unpaired ("Sweden … the Swedish Post" / "Stadium … the Swedish Post": "Swedish"
    // renders the translation's "Swedish", not "Sweden").
    let t_names: Vec<&Word> = t_used
        .iter()
        .zip(&t_paired)
        .filter(|(w, paired)| {
            (w.class == Class::Name || initial_name(w))
                && !title(w)
                && !**paired
                && !o.iter().zip(&o_taken).any(|(v, taken)| {
                    !taken
                        && (same_name(w, v)
                            || same_origin(w, v)
                            || (v.text.starts_with(char::is_uppercase) && same_start(w, v)))
                })
        })
        .map(|(w, _)| *w)
        .collect();
    // The French vouches for a name with a capitalised word (its spelling may differ a
    // little, Moldavie / Moldavia); a lower-case French word only through `links` (cognates,
    // the lexicon), or "troupe" would vouch for "Route".
    let fr_caps: Vec<Word> = frw
        .iter()
        .map(|f| &f.word)
        .filter(|w| w.text.starts_with(char::is_uppercase))
        .cloned()
        .collect();
    let unwitnessed: Vec<(usize, &Word)> = o
        .iter()
        .enumerate()
        .filter(|(_, w)| {
            w.class == Class::Name
                && !title(w)
                && !name_witnessed(w, &t_words)
                && !t_words.iter().any(|v| same_origin(w, v))
                && !name_witnessed(w, &fr_caps)
                && !frw.iter().any(|f| links(f, w, lex))
        })
        .collect();
    let o_names: Vec<&str> = unwitnessed.iter().map(|(_, w)| w.text.as_str()).collect();
    // A name inside the passage that neither the French nor its translation holds, and that
    // is no capitalised common word (an English word list has it in lower case) nor an
    // acronym: a name the quotation does not have, even where machine translation mangled
    // the one it had ("the philippine photographers" / "the Sepulveda photographers"). English
    // capitalises adjectives of origin that French writes in lower case (équatoriennes /
    // Ecuadorean): while the French holds such an adjective that links to nothing, a
    // capital letter proves nothing.
    // (Or a word of a name whose other word, next to it, is the edge of the paired part,
    // where the translation has an unpaired word in its place: "Vatican Province of the
    // Indies" / "the giant province of the Indes"; not "Ames Straw Poll" / "vote of straw".)
    let capital = |j: usize| o[j].text.starts_with(char::is_uppercase);
    let loose = |i: usize| {
        t_used
            .get(i)
            .is_some_and(|w| matches!(w.class, Class::Content | Class::Name) && !t_paired[i])
    };
    let counterpart = |j: usize| t_pair.iter().position(|p| *p == Some(j));
    let joined_to_paired_name = |j: usize| {
        (j + 1 == first
            && capital(first)
            && counterpart(first).is_some_and(|i| i > 0 && loose(i - 1)))
            || (j == last + 1 && capital(last) && counterpart(last).is_some_and(|i| loose(i + 1)))
    };
    // In a title-case passage (a headline: "No Playbook for New Marijuana Law") a capital
    // says little: only names the word list knows count there (Vatican, Texas).
    let headline = title_case(&o);
    let strong: Vec<&str> = match (french, english_words) {
        (Some(_), Some(list)) => unwitnessed
            .iter()
            .filter(|(j, w)| {
                (inside(*j) || joined_to_paired_name(*j))
                    && surely_a_name(w, list)
                    && (!headline || list.is_proper(&w.norm))
                    && !fr_caps.iter().any(|f| same_start(f, w))
                    && !frw.iter().any(|f| {
                        // (Each part of a hyphenated word: Afro-Américains / Americans; a
                        // French name may be the origin: Caraïbes / Caribbean.)
                        f.word.norm.split('-').any(|part| {
                            demonym_like(part, &w.norm)
                                || (f.word.text.starts_with(char::is_uppercase)
                                    && origin_like(&w.text)
                                    && may_be_origin_of(part, &w.norm))
                        })
                    })
                    // Only a name that may itself be an adjective of origin (Ecuadorean,
                    // Chinese, Iraqi) is excused by such a French adjective: "Siminoff"
                    // renders no "namibiennes" (and the adjective scan, which looks up every
                    // French word, runs only for such a name).
                    && !(origin_like(&w.text)
                        && unlinked_adjective_of_origin(&frw, &o, lex, &w.norm))
            })
            .map(|(_, w)| w.text.as_str())
            .collect(),
        _ => Vec::new(),
    };
    // A name that the French quotation holds and its translation copies, but that neither
    // the passage nor the rest of its sentence has: dropped or replaced in the original
    // ("ZMapp served as a control" gone from the passage). Not a common English word (the
    // word list: "a public Web site") nor a French dictionary word (la Terre), not an
    // acronym nor a unit after a number (600 Mbit/s), none of the name's words found
    // (Newt Gingrich / Gingrich), and no name of the passage beginning like it (Giza).
    let fr_found = |f: &FrWord| name_witnessed(&f.word, &o) || o.iter().any(|v| links(f, v, lex));
    let group_found = |k: usize| {
        let name = |i: &usize| frw[*i].class == Class::Name;
        let start = (0..=k).rev().take_while(name).last().unwrap_or(k);
        let end = (k..frw.len()).take_while(name).last().unwrap_or(k);
        (start..=end).any(|i| fr_found(&frw[i]))
    };
    let dropped: Vec<&str> = match (french, english_words) {
        (Some(_), Some(list)) => t_used
            .iter()
            .enumerate()
            .filter(|(i, _)| *i == 0 || t_used[*i - 1].class != Class::Number)
            .map(|(_, w)| w)
            .filter(|w| {
                w.class == Class::Name
                    && !title(w)
                    && !list.is_common(&w.norm)
                    && w.norm.chars().count() >= 3
                    && w.norm.chars().all(char::is_alphabetic)
                    && !name_witnessed(w, &o)
                    && !name_witnessed(w, &edge_before)
                    && !name_witnessed(w, &edge_after)
                    && !o
                        .iter()
                        .any(|v| v.text.starts_with(char::is_uppercase) && same_start(w, v))
                    && frw.iter().enumerate().any(|(k, f)| {
                        f.class == Class::Name
                            && !f.word.text.chars().all(|c| c.is_uppercase())
                            && same_name(&f.word, w)
                            && lex.is_none_or(|l| l.lookup_word(&f.word.norm).is_empty())
                            && !group_found(k)
                    })
            })
            .map(|w| w.text.as_str())
            .collect(),
        _ => Vec::new(),
    };
    // The detail names what the flag is about: the swapped names, or else the one-sided ones.
    // A name of the translation that the French does not hold (in its spelling, or through
    // the lexicon: lundi / Monday) is machine translation's own ("Dairy Road" for "Voie
    // lactée"): it makes a swap only with a name of the original that is surely one (no
    // common word, no acronym), when the word list says so.
    let own_name = |w: &Word| {
        french.is_some() && !name_witnessed(w, &fr_caps) && !frw.iter().any(|f| links(f, w, lex))
    };
    // A word of a name swapped in place: a name of the translation next to another word of
    // the same name that is paired, where the original holds, at the same place next to that
    // word's counterpart, a capitalised word nothing witnesses ("United States" / "Resistant
    // States").
    // Machine translation's own rendering of a name's word ("Average Ages" for "Moyen Âge")
    // looks the same; it costs FLORES 2 false alarms of 1012 for 5 swaps more caught.
    let in_place = (0..t_used.len()).any(|i| {
        let w = t_used[i];
        if w.class != Class::Name || t_paired[i] || title(w) {
            return false;
        }
        let at = |k: usize, j: Option<usize>| {
            j.is_some_and(|j| {
                t_used[k].class == Class::Name && unwitnessed.iter().any(|(u, _)| *u == j)
            })
        };
        let after = t_pair
            .get(i + 1)
            .copied()
            .flatten()
            .and_then(|j1| j1.checked_sub(1));
        let before = i
            .checked_sub(1)
            .and_then(|k| t_pair[k])
            .map(|j0| j0 + 1)
            .filter(|&j| j < o.len());
        (i + 1 < t_used.len() && at(i + 1, after)) || (i > 0 && at(i - 1, before))
    });
    // A capitalised word of the original swapped in a frame: the one word that is no stop
    // word between two words paired with the translation's (or, for the first word of a
    // sentence after the passage's first, between that sentence's start and a paired word),
    // unpaired, witnessed by nothing (neither the French nor its translation), where the
    // translation's one word there translates a French word through the lexicon (not a
    // French word left as it was): "… and birds if they can. Almost all the animals" /
    // "… and birds if they can. Security all of the animals". Without a lexicon the rule is
    // off: a word the translation renders differently looks the same.
    // The passage's first word is left out: the original's wording differs most there
    // ("Air accidents" / "The aerial accidents"; 10 false alarms of 1012 on FLORES with it).
    // FLORES, whole lines: 3 swaps more caught, no false alarm more.
    let framed = french.is_some()
        && !headline
        && (0..t_used.len()).any(|i| {
            let w = t_used[i];
            let capital = w.text.starts_with(char::is_uppercase);
            if t_paired[i]
                || !(matches!(w.class, Class::Content | Class::Name)
                    || (capital && w.class == Class::Stop))
            {
                return false;
            }
            // The nearest words before and after that are no stop words: the one after is
            // paired, and so is the one before unless both words begin a sentence.
            let before = (0..i).rev().find(|&k| t_used[k].class != Class::Stop);
            let after = (i + 1..t_used.len()).find(|&k| t_used[k].class != Class::Stop);
            let Some(ja) = after.and_then(|k| t_pair[k]) else {
                return false;
            };
            let Some(j) = (0..ja).rev().find(|&k| o[k].class != Class::Stop) else {
                return false;
            };
            let left_ok = match before.and_then(|k| t_pair[k]) {
                Some(jb) => jb < j && (jb + 1..j).all(|k| o[k].class == Class::Stop),
                None => i > 0 && j > 0 && begins_sentence(&t_used, i) && begins_sentence(&o, j),
            };
            let v = &o[j];
            left_ok
                && v.text.starts_with(char::is_uppercase)
                && matches!(v.class, Class::Content | Class::Name)
                && !o_taken[j]
                && !title(v)
                && !name_witnessed(v, &t_words)
                && !name_witnessed(v, &fr_caps)
                && !frw.iter().any(|f| links(f, v, lex))
                && lex.is_some_and(|l| frw.iter().any(|f| translates(f, w, l)))
                && !frw.iter().any(|f| same_word(&f.word, w))
        });
    let in_place = in_place || framed;
    let swapped = in_place
        || !o_names.is_empty()
            && (t_names.iter().any(|w| !own_name(w))
                || (!t_names.is_empty()
                    && unwitnessed
                        .iter()
                        .any(|(_, w)| english_words.is_none_or(|list| surely_a_name(w, list)))));
    if swapped || !strong.is_empty() || !dropped.is_empty() {
        let t_names: Vec<&str> = t_names.iter().map(|w| w.text.as_str()).collect();
        let (q, o) = if swapped {
            (&t_names, &o_names)
        } else {
            (&dropped, &strong)
        };
        flags.push(Flag {
            kind: "name",
            detail: format!(
                "quotation: {} / original: {}",
                list_or_none(q),
                list_or_none(o)
            ),
        });
    }
    // Additions: a run of unpaired content words in the translation.
    let content_t_idx: Vec<usize> = (0..t_used.len())
        .filter(|&i| in_runs(t_used[i].class))
        .collect();
    let content_t: Vec<bool> = content_t_idx.iter().map(|&i| t_paired[i]).collect();
    let content_o_idx: Vec<usize> = (0..o.len()).filter(|&j| in_runs(o[j].class)).collect();
    // Words whose pairing anchors a run (stop words pair too loosely).
    let t_anchor: Vec<bool> = t_used.iter().map(|w| w.class != Class::Stop).collect();
    let o_anchor: Vec<bool> = o.iter().map(|w| w.class != Class::Stop).collect();
    // Reverse pairing, for the omission check.
    let mut o_pair: Vec<Option<usize>> = vec![None; o.len()];
    for (i, j) in t_pair.iter().enumerate() {
        if let Some(j) = j {
            o_pair[*j] = Some(i);
        }
    }
    let t_run = run_stands_out(&content_t, 0).filter(|&run| {
        let (a, b) = false_run_at(&content_t, run);
        one_sided(
            content_t_idx[a],
            content_t_idx[b - 1],
            &t_pair,
            &t_anchor,
            &o_taken,
            &content_o_idx,
            run,
        )
    });
    // Coverage: the share of the translation's content words (names, numbers aside) paired.
    let plain: Vec<bool> = (0..t_used.len())
        .filter(|&i| t_used[i].class == Class::Content)
        .map(|i| t_paired[i])
        .collect();
    let coverage = if plain.is_empty() {
        1.0
    } else {
        plain.iter().filter(|p| **p).count() as f64 / plain.len() as f64
    };
    // Whether a French word links directly to a word of the original (lexicon, cognate,
    // name), for the two addition rules below.
    // (`free_only`: only to a word of the original not already paired with the translation.)
    let links_original = |f: &FrWord, free_only: bool| {
        o.iter()
            .zip(&o_taken)
            .any(|(v, taken)| !(free_only && *taken) && (same_name(&f.word, v) || links(f, v, lex)))
    };
    let in_original = |f: &FrWord| links_original(f, false);
    // With the French quotation, an addition must show there too: a run of its content
    // words that link to nothing in the original, neither directly (lexicon, cognate, name,
    // number) nor through a translated word that was paired.
    let t_run = t_run.filter(|_| {
        if french.is_none() {
            return true;
        }
        let linked: Vec<bool> = frw
            .iter()
            .filter(|f| in_runs(f.class))
            .map(|f| {
                if f.class == Class::Number {
                    return french_numbers(std::slice::from_ref(f))
                        .iter()
                        .all(|v| has(&ov_all, *v));
                }
                in_original(f)
                    || t_used
                        .iter()
                        .zip(&t_paired)
                        .any(|(t, p)| *p && t.class != Class::Stop && links(f, t, lex))
            })
            .collect();
        run_stands_out(&linked, 0).is_some()
    });
    if let Some(t_run) = t_run {
        flags.push(Flag {
            kind: "addition",
            detail: format!(
                "{t_run} consecutive content words of the quotation are not in the original"
            ),
        });
    } else if french.is_some()
        && frw.len() as f64 > LONGER * o.len() as f64
        && longest_false_run(&content_t) >= RUN - 1
    {
        // A French quotation far longer than the whole passage found for it (which was
        // widened as far as its sentence or its quotation marks allow), with a run of
        // translated words the passage does not hold: the original says less ("… and signs
        // the voting roll" gone).
        flags.push(Flag {
            kind: "addition",
            detail: format!(
                "the quotation has {} words, the original passage {}",
                frw.len(),
                o.len()
            ),
        });
    } else if let Some(n) = french.and_then(|_| {
        // A translation word whose content the original holds after all: a French word
        // renders it and links to a word of the original.
        // (To a word of the original not already paired: the original's one "war" renders the
        // first "guerre", not the second, of a clause it lacks: "… the end of the war, … and
        // the cold war has begun" / "… the end of the war, … were now enemies".)
        let held = |t: &Word| {
            frw.iter()
                .any(|f| in_runs(f.class) && links(f, t, lex) && links_original(f, true))
        };
        let ends = (
            !edge_before.iter().any(|w| in_runs(w.class)),
            !edge_after.iter().any(|w| in_runs(w.class)),
        );
        // The French quotation's own first / last content words, when the lexicon knows
        // both and neither links to a word of the original: the French confirms that the
        // original lacks what its edge says, so two translated words suffice.
        let fr_content: Vec<&FrWord> = frw.iter().filter(|f| in_runs(f.class)).collect();
        let unlinked = |f: &&FrWord| {
            matches!(f.class, Class::Content | Class::Name)
                && lex.is_some_and(|l| !l.lookup_word(&f.word.norm).is_empty())
                && !in_original(f)
        };
        let k = fr_content.len();
        let confirmed = (
            k >= FR_EDGE && fr_content[..FR_EDGE].iter().all(unlinked),
            k >= FR_EDGE && fr_content[k - FR_EDGE..].iter().all(unlinked),
        );
        unmatched_edge(&t_used, &t_pair, held, &o, ends, confirmed)
    }) {
        flags.push(Flag {
            kind: "addition",
            detail: format!(
                "{n} content words at an end of the quotation are not in the original, which ends there"
            ),
        });
    }
    // Omissions: a run of unpaired content words strictly inside the original passage.
    let content_o: Vec<bool> = o
        .iter()
        .zip(&o_wit)
        .filter(|(w, _)| in_runs(w.class))
        .map(|(_, p)| *p)
        .collect();
    let first_c = content_o.iter().position(|p| *p);
    let last_c = content_o.iter().rposition(|p| *p);
    if let (Some(a), Some(b)) = (first_c, last_c) {
        let inner = run_stands_out(&content_o[a..=b], 1).filter(|&run| {
            let (x, y) = false_run_at(&content_o[a..=b], run);
            one_sided(
                content_o_idx[a + x],
                content_o_idx[a + y - 1],
                &o_pair,
                &o_anchor,
                &t_paired,
                &content_t_idx,
                run,
            )
        });
        if let Some(inner) = inner {
            flags.push(Flag {
                kind: "omission",
                detail: format!(
                    "{inner} consecutive content words of the original are not in the quotation"
                ),
            });
        }
    }
    Comparison {
        missing_in_original,
        missing_in_quotation,
        editorial,
        coverage,
        flags,
    }
}

/// Fewest unpaired content words at an edge of the translation for [`unmatched_edge`] when
/// the French quotation's words at that edge (as many) confirm it.
const FR_EDGE: usize = 2;

/// Fewest unpaired content words at an edge of the translation for [`unmatched_edge`].
const EDGE_STRETCH: usize = 3;

/// A stretch at one end of the translation with no counterpart in the original: at least
/// [`EDGE_STRETCH`] unpaired content words or names (none of them `held`) after its last
/// paired word (or before its first), where the original has at most one content word
/// after that word's counterpart (before it), counted off the stretch, and its sentence,
/// or the quotation the passage is in, ends there (`ends`: whether the rest of the
/// sentence that [`compare_in_context`] was given holds no content word before / after the
/// passage). A clause the original lacks at its end ("… the chakras activated, and the
/// consciousness of awakening created" / "… the chakras are activated"; "… a crowd of
/// people that hurlent and shout threats against the king and the queen" / "… a mob of
/// people screaming": 5 - 1) leaves such a stretch; a reworded end leaves unpaired words
/// in the original too. The paired word must keep about the same distance (in words that
/// are no stop words) to the paired word next to it on both sides: one paired out of order
/// ("the wide … of the planet, achieving sometimes 10 km of width" / "the widest river on
/// Earth, at times six miles wide") marks no edge. At the end, [`FR_EDGE`] words suffice when
/// `confirmed.1` (the French quotation's last words link to nothing in the original), the
/// original has no content word past the pair and none unpaired between it and the pair
/// before. Returns the stretch's count of words.
fn unmatched_edge(
    t: &[&Word],
    t_pair: &[Option<usize>],
    held: impl Fn(&Word) -> bool,
    o: &[Word],
    ends: (bool, bool),
    confirmed: (bool, bool),
) -> Option<usize> {
    let anchors: Vec<(usize, usize)> = (0..t.len())
        .filter(|&i| t[i].class != Class::Stop)
        .filter_map(|i| t_pair[i].map(|j| (i, j)))
        .collect();
    let n = anchors.len();
    if n < 2 {
        return None;
    }
    let loose = |from: usize, to: usize| {
        (from..to)
            .filter(|&i| {
                matches!(t[i].class, Class::Content | Class::Name)
                    && t_pair[i].is_none()
                    && !held(t[i])
            })
            .count()
    };
    // Distances count the words that are not stop words: articles and prepositions that
    // machine translation adds ("the bison, the elk, the bear") do not move a pair.
    let t_rank = ranks(t.iter().map(|w| w.class));
    let o_rank = ranks(o.iter().map(|w| w.class));
    let steady = |(i1, a1): (usize, usize), (i2, a2): (usize, usize)| {
        a1 < a2 && (t_rank[i2] - t_rank[i1]).abs_diff(o_rank[a2] - o_rank[a1]) <= 2
    };
    let (first, last) = (anchors[0], anchors[n - 1]);
    let o_count = |from: usize, to: usize| (from..to).filter(|&j| in_runs(o[j].class)).count();
    let tail = if ends.1 && steady(anchors[n - 2], last) && o_count(last.1 + 1, o.len()) <= 1 {
        loose(last.0 + 1, t.len()).saturating_sub(o_count(last.1 + 1, o.len()))
    } else {
        0
    };
    let head = if ends.0 && steady(first, anchors[1]) && o_count(0, first.1) <= 1 {
        loose(0, first.0).saturating_sub(o_count(0, first.1))
    } else {
        0
    };
    // Confirmed by the French, and the original has no content word past the pair, nor
    // one left unpaired between it and the pair before (a reordered end: "the Súper-G
    // seated man" / "the men's sitting Super-G").
    let gap_paired = || {
        (anchors[n - 2].1 + 1..last.1).all(|j| !in_runs(o[j].class) || t_pair.contains(&Some(j)))
    };
    let need = if confirmed.1 && o_count(last.1 + 1, o.len()) == 0 && gap_paired() {
        FR_EDGE
    } else {
        EDGE_STRETCH
    };
    let most = if tail >= need { tail } else { 0 };
    let most = most.max(if head >= EDGE_STRETCH { head } else { 0 });
    (most > 0).then_some(most)
}

/// Whether `words[i]` begins a sentence, or follows only stop words that do ("Of numerous
/// hotels"): a capitalised word that is no name (`Class::Name` is a capitalised word
/// inside a sentence), or stop words back to a capitalised one or to the start.
fn begins_sentence<W: std::borrow::Borrow<Word>>(words: &[W], i: usize) -> bool {
    let word = |k: usize| words[k].borrow();
    let capital = |w: &Word| w.text.starts_with(char::is_uppercase);
    if word(i).class != Class::Name && capital(word(i)) {
        return true;
    }
    let mut k = i;
    while k > 0 && word(k - 1).class == Class::Stop {
        k -= 1;
        if capital(word(k)) {
            return true;
        }
    }
    k == 0
}

/// For each word, how many words that are not stop words come before it.
fn ranks(classes: impl Iterator<Item = Class>) -> Vec<usize> {
    let mut n = 0;
    classes
        .map(|c| {
            let r = n;
            n += usize::from(c != Class::Stop);
            r
        })
        .collect()
}

/// Whether a capitalised word is surely a name: three letters or more, one capital (no
/// acronym), and no common word (the word list has no lower-case form of it).
fn surely_a_name(w: &Word, list: &EnglishWords) -> bool {
    w.norm.chars().count() >= 3
        && w.norm.chars().all(char::is_alphabetic)
        && w.text.chars().filter(|c| c.is_uppercase()).count() == 1
        && !list.is_common(&w.norm)
}

/// Whether two names of four letters or more begin with the same three: spellings of one
/// name in two languages (Gizeh / Giza) more often than two different names.
fn same_start(a: &Word, b: &Word) -> bool {
    a.norm.chars().count().min(b.norm.chars().count()) >= 4 && common_prefix(&a.norm, &b.norm) >= 3
}

/// Number of leading characters two words share.
fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Titles before a name, English and those machine translation leaves in French or Spanish.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Madam", "Mme", "Mlle", "M", "Sra", "Srta", "Sr",
];

/// Whether a passage is written in title case (a headline: "No Playbook for New Marijuana
/// Law"), where capitals say nothing about names: most of its words that are not stop
/// words are capitalised.
fn title_case(o: &[Word]) -> bool {
    let words: Vec<&Word> = o.iter().filter(|w| w.class != Class::Stop).collect();
    let caps = words
        .iter()
        .filter(|w| w.text.starts_with(char::is_uppercase))
        .count();
    words.len() >= 3 && caps * 2 > words.len()
}

/// French endings of adjectives of origin and belonging (équatoriennes, minoennes,
/// esquimaudes, néo-zélandais, américaine, marocains, chinoise, asiatique, …).
const ORIGIN_ENDINGS: &[&str] = &[
    "en", "enne", "ain", "aine", "ais", "aise", "ois", "oise", "and", "ande", "aud", "aude", "an",
    "ane", "ote", "ite", "ique", "in", "ine", "ol", "ole",
];

/// Whether the French holds a lower-case word that may be an adjective of origin (see
/// [`ORIGIN_ENDINGS`], singular or plural) linking to nothing in the original.
fn unlinked_adjective_of_origin(
    frw: &[FrWord],
    o: &[Word],
    lex: Option<&Lexicon>,
    name: &str,
) -> bool {
    frw.iter().any(|f| {
        let w = &f.word;
        if !w.norm.split('-').any(|part| may_be_origin_of(part, name)) {
            return false;
        }
        let singular = w.norm.trim_end_matches(['s', 'x']);
        f.class == Class::Content
            && w.text.starts_with(char::is_lowercase)
            && singular.chars().count() >= 4
            && ORIGIN_ENDINGS
                .iter()
                .any(|e| singular.ends_with(e) || w.norm.ends_with(e))
            && !o.iter().any(|v| links(f, v, lex))
    })
}

/// Whether a French word (folded) may name the same origin as an English name (folded):
/// the same first letter and the first two letters, or the first three consonants as they
/// sound (c/q/k, d/t, doubled ones once: équatoriennes / Ecuadorean), or a short name
/// (suisse / Swiss, grec / Greek). "neurobiologiques" does not excuse "Gingrich".
fn may_be_origin_of(french: &str, name: &str) -> bool {
    let skeleton = |s: &str| {
        let mut out: Vec<char> = Vec::new();
        for c in s
            .chars()
            .filter(|c| c.is_alphabetic() && !"aeiouy".contains(*c))
        {
            let c = match c {
                'q' | 'k' => 'c',
                'd' => 't',
                c => c,
            };
            if out.last() != Some(&c) {
                out.push(c);
            }
        }
        out
    };
    let common = common_prefix(french, name);
    if common == 0 {
        return false;
    }
    let (a, b) = (skeleton(french), skeleton(name));
    let sounds = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    common >= 2 || sounds >= 3.min(b.len()) || name.chars().count() <= 5
}

/// English endings of adjectives and nouns of origin (American, Ecuadorean, Chinese,
/// Spanish, Iraqi, Arabic, French, Philippine, Israelite, Greek, Swiss, Thai, Cypriot,
/// Eskimo), and of countries that English puts before a noun (New Zealand wines).
const ENGLISH_ORIGIN_ENDINGS: &[&str] = &[
    "an", "ese", "ish", "i", "ic", "ch", "ine", "ite", "ek", "ss", "ot", "mo", "land",
];

/// Whether an English name may be an adjective or noun of origin (see
/// [`ENGLISH_ORIGIN_ENDINGS`]; plural and possessive forms too).
fn origin_like(name: &str) -> bool {
    let w = fold(name);
    let w = w.strip_suffix("'s").unwrap_or(&w);
    let singular = w.strip_suffix('s').unwrap_or(w);
    ENGLISH_ORIGIN_ENDINGS
        .iter()
        .any(|e| w.ends_with(e) || singular.ends_with(e))
}

/// Whether two capitalised English words are a country and its adjective (Italy / Italian,
/// Poland / Polish, China's / Chinese): one may be an adjective of origin and they share
/// their first three letters or more, at least half of the shorter.
fn same_origin(a: &Word, b: &Word) -> bool {
    let caps = |w: &Word| w.text.starts_with(char::is_uppercase);
    let common = common_prefix(&a.norm, &b.norm);
    let shorter = a.norm.chars().count().min(b.norm.chars().count());
    caps(a)
        && caps(b)
        && common >= 3
        && 2 * common >= shorter
        && (origin_like(&a.text) || origin_like(&b.text))
}

/// Whether a French word and an English name share a long enough beginning to be the same
/// place or people (bangladais / Bangladeshi, philippins / Philippine): five letters or
/// more, and at least 60 % of the shorter word.
fn demonym_like(french: &str, english: &str) -> bool {
    let common = common_prefix(french, english);
    let shorter = french.chars().count().min(english.chars().count());
    common >= 5 && common * 5 >= shorter * 3
}

/// French negation words (which machine translation may leave in English text).
const FRENCH_NEGATIONS: &[&str] = &[
    "pas", "jamais", "aucun", "aucune", "rien", "non", "ni", "sans",
];

/// How close (in words) two negation words of machine translation must be to make one
/// negation: it renders "ne … pas" as "not … not".
const MT_NEGATION_GAP: usize = 3;

/// Negations counted as units: negation words within `gap` words of each other make one
/// ([`MT_NEGATION_GAP`] for machine translation, 0 for the original, where "not doing
/// nothing" is two), and nor / neither continue the negation before them ("not corn, nor
/// tomatoes"). `neg`: (word position, word) of the negation words, in order.
fn negation_count(neg: &[(usize, &Word)], gap: usize) -> usize {
    let mut n = 0;
    let mut last: Option<usize> = None;
    for &(j, w) in neg {
        let coordinated = matches!(w.norm.as_str(), "nor" | "neither" | "ni") && last.is_some();
        if !coordinated && last.is_none_or(|l| j > l + gap) {
            n += 1;
        }
        last = Some(j);
    }
    n
}

/// [`negation_count`] without "not only … but" (which a translation may leave out).
/// `all`: the words `neg`'s positions index.
fn negation_count_strict(neg: &[(usize, &Word)], all: &[&Word], gap: usize) -> usize {
    let not_only = |j: usize| {
        all[j].norm == "not"
            && all.get(j + 1).is_some_and(|n| n.norm == "only")
            && all[j + 2..all.len().min(j + 14)]
                .iter()
                .any(|w| w.norm == "but")
    };
    let kept: Vec<(usize, &Word)> = neg.iter().copied().filter(|(j, _)| !not_only(*j)).collect();
    negation_count(&kept, gap)
}

/// English words negative by meaning, which may render a French negation ("n'a pas pu" →
/// "was unable", "n'ont pas réussi" → "failed to", "n'est plus" → "instead of").
const IMPLICIT_NEGATIVES: &[&str] = &[
    "unable",
    "fail",
    "fails",
    "failed",
    "failing",
    "failure",
    "lack",
    "lacks",
    "lacked",
    "lacking",
    "absence",
    "absent",
    "instead",
    "opposed",
    "impossible",
    "refuse",
    "refuses",
    "refused",
    "deny",
    "denies",
    "denied",
    "hardly",
    "barely",
    "rarely",
    "seldom",
    "unless",
    "without",
];

/// Whether `ws[j]` is negative by meaning: [`IMPLICIT_NEGATIVES`], or, with a word list, an
/// un- word whose rest is a common word of four letters or more (unconfirmed, unprepared,
/// unlikely; not adverbs, "unfortunately", nor "unfortunate": they judge, they do not deny).
fn implicit_negative(ws: &[&Word], j: usize, english: Option<&EnglishWords>) -> bool {
    let w = ws[j].norm.as_str();
    // "with no" is "without" (words::not_negations keeps it out of the negations).
    let with_no = w == "no" && j > 0 && ws[j - 1].norm == "with";
    with_no
        || IMPLICIT_NEGATIVES.contains(&w)
        || english.is_some_and(|e| {
            w.strip_prefix("un").is_some_and(|rest| {
                rest.chars().count() >= 4
                    && (!rest.ends_with("ly") || rest == "likely")
                    && rest != "fortunate"
                    && e.is_common(rest)
            })
        })
}

/// Whether a folded French word is an in-/im-/il-/ir- word whose rest (four letters or
/// more) is a French word of the lexicon: instable, inconnu, inhabité, irrégulier.
fn negative_prefix(norm: &str, lex: Option<&Lexicon>) -> bool {
    let Some(lex) = lex else { return false };
    ["in", "im", "il", "ir"].iter().any(|p| {
        norm.strip_prefix(p)
            .is_some_and(|rest| rest.chars().count() >= 4 && !lex.lookup_word(rest).is_empty())
    })
}

fn bracketed(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(a) = rest.find('[') {
        match rest[a..].find(']') {
            Some(b) => {
                out.push(rest[a..a + b + 1].to_string());
                rest = &rest[a + b + 1..];
            }
            None => break,
        }
    }
    out
}

/// Where the first run of `len` unpaired entries (`false`) in `v` lies: (start, end).
fn false_run_at(v: &[bool], len: usize) -> (usize, usize) {
    let mut cur = 0;
    for (k, &p) in v.iter().enumerate() {
        cur = if p { 0 } else { cur + 1 };
        if cur == len {
            return (k + 1 - len, k + 1);
        }
    }
    (0, v.len())
}

/// Whether a run of unpaired words (positions `from..=to` of one side) is one-sided: the
/// other side, between the counterparts of the nearest paired words around the run (`pair`
/// maps this side's positions to the other's; `other_paired` says which of the other's are
/// paired, `other_content` lists its content words), holds fewer than half as many unpaired
/// content words. A weak translation rewords a stretch of text, leaving unpaired words on
/// both sides at the same place; a dropped or added clause leaves them on one side only.
fn one_sided(
    from: usize,
    to: usize,
    pair: &[Option<usize>],
    anchor: &[bool],
    other_paired: &[bool],
    other_content: &[usize],
    run: usize,
) -> bool {
    let before = (0..from).rev().filter(|&k| anchor[k]).find_map(|k| pair[k]);
    let after = (to + 1..pair.len())
        .filter(|&k| anchor[k])
        .find_map(|k| pair[k]);
    let (lo, hi) = match (before, after) {
        (Some(a), Some(b)) => (a.min(b), a.max(b)),
        (Some(a), None) => (a, usize::MAX),
        (None, Some(b)) => (0, b),
        (None, None) => return true,
    };
    let gap = other_content
        .iter()
        .filter(|&&j| j > lo && j < hi && !other_paired[j])
        .count();
    2 * gap < run
}

/// Units that a bracketed conversion names ("(820 feet)", "(5 km)").
const UNITS: &[&str] = &[
    "feet",
    "foot",
    "ft",
    "inch",
    "inches",
    "in",
    "yard",
    "yards",
    "yd",
    "mile",
    "miles",
    "mi",
    "mph",
    "pound",
    "pounds",
    "lb",
    "lbs",
    "ounce",
    "ounces",
    "oz",
    "gallon",
    "gallons",
    "gal",
    "acre",
    "acres",
    "fahrenheit",
    "f",
    "celsius",
    "c",
    "metre",
    "metres",
    "meter",
    "meters",
    "m",
    "km",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "cm",
    "mm",
    "kg",
    "kilogram",
    "kilograms",
    "kilo",
    "kilos",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "litre",
    "litres",
    "liter",
    "liters",
    "l",
    "hectare",
    "hectares",
    "ha",
    "sq",
    "square",
    "km/h",
    "kph",
];

/// Byte ranges (offset by `base`) of bracketed unit conversions in `text`: "( … )" of at most
/// six words holding a number followed by a unit ("(820 feet)", "(5km)"; not "(in 2005)").
fn conversion_spans(text: &str, base: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open = None;
    for (p, c) in text.char_indices() {
        match c {
            '(' => open = Some(p),
            ')' => {
                if let Some(o) = open.take() {
                    let inner = &text[o + 1..p];
                    let toks: Vec<&str> = inner
                        .split(|c: char| c.is_whitespace() || c == ',')
                        .filter(|t| !t.is_empty())
                        .collect();
                    let number = |t: &str| {
                        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.')
                    };
                    let unit = |t: &str| {
                        let t = t.trim_start_matches('°').to_lowercase();
                        UNITS.contains(&t.trim_end_matches('.'))
                    };
                    // A number followed by a unit ("820 feet"), or the two glued ("5km").
                    let quantity = toks.windows(2).any(|p| number(p[0]) && unit(p[1]))
                        || toks.iter().any(|t| {
                            let k = t.find(|c: char| !(c.is_ascii_digit() || c == '.'));
                            k.is_some_and(|k| k > 0 && unit(&t[k..]))
                        });
                    if quantity && toks.len() <= 6 {
                        out.push(base + o..base + p + 1);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Words that make up an addition or omission run: content words, names and numbers (a
/// dropped clause often carries the names; they are copied, not translated).
fn in_runs(c: Class) -> bool {
    matches!(c, Class::Content | Class::Name | Class::Number)
}

fn longest_false_run(v: &[bool]) -> usize {
    let mut best = 0;
    let mut cur = 0;
    for &p in v {
        if p {
            cur = 0;
        } else {
            cur += 1;
            best = best.max(cur);
        }
    }
    best
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn list_or_none<S: AsRef<str>>(v: &[S]) -> String {
    if v.is_empty() {
        "-".to_string()
    } else {
        v.iter().map(|s| s.as_ref()).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(c: &Comparison) -> Vec<&'static str> {
        c.flags.iter().map(|f| f.kind).collect()
    }

    #[test]
    fn a_name_the_french_holds_is_not_swapped() {
        let (t, o) = (
            "She spoke at The Silver on Tuesday.",
            "She spoke at La Plata on Tuesday.",
        );
        assert!(kinds(&compare(t, o, 0)).contains(&"name"));
        let c = compare_with_french(t, Some("Elle a parlé à La Plata mardi."), o, 0);
        assert!(!kinds(&c).contains(&"name"), "{:?}", c.flags);
        // A name absent from the French too is still a swap.
        let c = compare_with_french(
            t,
            Some("Elle a parlé à La Plata mardi."),
            "She spoke at Rosario on Tuesday.",
            0,
        );
        assert!(kinds(&c).contains(&"name"), "{:?}", c.flags);
    }

    #[test]
    fn reworded_stretch_is_not_an_addition_but_a_dropped_clause_is() {
        // The same stretch worded differently on both sides (weak MT): no addition.
        let c = compare(
            "The minister said that the reform, surely grave dangerous risky bad, will pass in June.",
            "The minister said that the reform, certainly serious hazardous perilous poor, will pass in June.",
            0,
        );
        assert!(!kinds(&c).contains(&"addition"), "{:?}", c.flags);
        // The stretch missing from the original only: an addition.
        let c = compare(
            "The minister said that the reform, surely grave dangerous risky bad, will pass in June.",
            "The minister said that the reform will pass in June.",
            0,
        );
        assert!(kinds(&c).contains(&"addition"), "{:?}", c.flags);
    }

    #[test]
    fn a_negation_next_to_the_passage_edge_counts() {
        let t = "Moon has been the first queen of the extreme";
        let f = "Luna a été la première reine de l'extrême";
        let o = "the first Queen of Extreme";
        let ctx = |before: &str, after: &str| {
            kinds(&compare_in_context(
                t,
                Some(f),
                None,
                None,
                o,
                0,
                (before, after),
            ))
        };
        assert_eq!(
            ctx("Tommy Dreamer said \"Luna was not ", ". My first"),
            vec!["negation"]
        );
        assert!(ctx("Tommy Dreamer said \"Luna was ", ". My first").is_empty());
        // Further from the edge, it is another clause's.
        assert!(ctx("Nobody said that Luna, in 1999, was ", "").is_empty());
        // Stop words and one content word between a negation and the paired part: the
        // negation is the clause's.
        let fr = |t: &str, f: &str, o: &str| kinds_in(t, f, o, None);
        let f = "L'Angola se dirige vers la pire épidémie jamais connue en Angola";
        let t = "Angola directs to the worst epidemic never known in Angola";
        assert_eq!(
            fr(t, f, "not heading for its worst ever outbreak in Angola"),
            vec!["negation"]
        );
        assert!(fr(t, f, "heading for its worst ever outbreak in Angola").is_empty());
        // "No matter how" holds no negation.
        assert!(fr(
            "Also docile that they can appear, the bison can attack",
            "Aussi dociles qu'ils puissent paraître, le bison peut attaquer",
            "No matter how docile they may look, bison can attack",
        )
        .is_empty());
    }

    #[test]
    fn times_ranges_decades_and_conversions_are_the_same_numbers() {
        let fr = |t: &str, f: &str, o: &str| kinds(&compare_full(t, Some(f), None, o, 0));
        // Clock times: minutes are not numbers of their own; wire style "1200 GMT".
        assert!(fr(
            "the games began at 10 hours",
            "les matchs ont commencé à 10 h 30",
            "the games kicked off at 10:30am",
        )
        .is_empty());
        assert!(fr(
            "removed towards 12 h 00 GMT",
            "enlevé vers 12 h 00 GMT",
            "taken away at approximately 1200 GMT",
        )
        .is_empty());
        // A range's scale applies to both ends; French decades.
        assert!(fr(
            "fossils of 4,2 to 3,9 million years",
            "des fossiles de 4,2 à 3,9 millions d'années",
            "fossils from 4.2-3.9 million years ago",
        )
        .is_empty());
        assert!(fr(
            "during the years 20, pacifism",
            "pendant les années 20, le pacifisme",
            "during the 1920s, pacifism",
        )
        .is_empty());
        // Metric in the French, imperial in the original (rounded), and a bracketed
        // conversion the original adds.
        assert!(fr(
            "the river reaches 10 km wide",
            "le fleuve atteint 10 km de large",
            "the river reaches six miles wide",
        )
        .is_empty());
        assert!(fr(
            "a diameter of 100 to 250 metres",
            "un diamètre de 100 à 250 mètres",
            "100 to 250 meters (328 to 820 feet) in diameter",
        )
        .is_empty());
        // A bracketed year is no conversion: it is still demanded.
        assert_eq!(
            fr(
                "a diameter of 100 to 250 metres",
                "un diamètre de 100 à 250 mètres",
                "100 to 250 meters in diameter (in 2005)",
            ),
            vec!["number"]
        );
        // A converted quantity that is really different is still flagged.
        assert_eq!(
            fr(
                "the river reaches 10 km wide",
                "le fleuve atteint 10 km de large",
                "the river reaches nine miles wide",
            ),
            vec!["number"]
        );
        assert_eq!(
            fr(
                "the games began at 10 hours",
                "les matchs ont commencé à 10 h 30",
                "the games kicked off at 11:30am",
            ),
            vec!["number"]
        );
    }

    #[test]
    fn the_french_decides_negations_and_numbers() {
        let fr = |t: &str, f: &str, o: &str| kinds(&compare_full(t, Some(f), None, o, 0));
        // Machine translation invented a negation: the French has none, nor the original.
        assert!(fr(
            "the worst epidemic never recorded in the country",
            "la pire épidémie jamais enregistrée dans le pays",
            "the worst outbreak ever recorded in the country",
        )
        .is_empty());
        // The French negation is missing from the original.
        assert_eq!(
            fr(
                "we will not raise taxes in 2025",
                "nous ne relèverons pas les impôts en 2025",
                "we will raise taxes in 2025",
            ),
            vec!["negation"]
        );
        // A number only the translation has is its artefact; one the French has must be there.
        assert!(fr(
            "Between 22 h 00 and 23 h 00 MDT, a fire in the 2 yards",
            "Entre 22 h 00 et 23 h 00 MDT, un feu dans la cour",
            "Between 10:00-11:00 pm MDT, a fire in the yard",
        )
        .is_empty());
        assert_eq!(
            fr(
                "up to five hundred people",
                "jusqu'à cinq cents personnes",
                "up to six hundred people",
            ),
            vec!["number"]
        );
        // Two French negations joined by "et ne" may be one English negation with "or";
        // without "or" / "nor" in the original, both must be there.
        let f = "ils ne vous donnent même pas de congés et ne vous paient pas le travail";
        let t = "they do not give you even sick days and do not pay you the work";
        assert!(fr(
            t,
            f,
            "it doesn't even give you sick days or pay you for the work"
        )
        .is_empty());
        assert_eq!(
            fr(
                t,
                f,
                "it doesn't even give you sick days and pays you for the work"
            ),
            vec!["negation"]
        );
        // "More often than not" holds no negation.
        assert!(fr(
            "And the more often, this person corresponded to a profile",
            "Et le plus souvent, cette personne correspondait à un profil",
            "And more often than not, that person fit a profile",
        )
        .is_empty());
    }

    #[test]
    fn words_the_french_links_are_no_omission() {
        let mut lex = Lexicon::default();
        for (f, e) in [
            ("vieux", "old"),
            ("sentier", "trail"),
            ("étroit", "narrow"),
            ("sinueux", "winding"),
            ("pierreux", "stony"),
        ] {
            lex.add(f, [e]);
        }
        // The translation collapsed five words into one: alone, that looks like an omission.
        let t = "The guide said that we must avoid the street through the forest to arrive before the night";
        let f = "Le guide a dit qu'il faut éviter le vieux sentier étroit, sinueux et pierreux à travers la forêt pour arriver avant la nuit";
        let o = "The guide said that we must avoid the old narrow winding stony trail through the forest to arrive before the night";
        assert!(kinds(&compare(t, o, 0)).contains(&"omission"));
        let c = compare_full(t, Some(f), Some(&lex), o, 0);
        assert!(c.flags.is_empty(), "{:?}", c.flags);
    }

    #[test]
    fn faithful_pair_has_no_flags() {
        let c = compare(
            "illegal, unjustifiable, [and] unacceptable",
            "illegal, unjustifiable and unacceptable",
            0,
        );
        assert!(c.flags.is_empty(), "{:?}", c.flags);
        assert_eq!(c.editorial, vec!["[and]"]);
    }

    #[test]
    fn changed_number_and_negation_are_flagged() {
        let c = compare("up to two million people", "up to three million people", 0);
        assert_eq!(kinds(&c), vec!["number"]);
        let c = compare("we will not accept it", "we will accept it", 0);
        assert_eq!(kinds(&c), vec!["negation"]);
    }

    #[test]
    fn swapped_name_and_dropped_clause_are_flagged() {
        let c = compare(
            "France and Germany condemned it",
            "France and Italy condemned it",
            0,
        );
        assert_eq!(kinds(&c), vec!["name"]);
        let c = compare(
            "we call for an immediate end to hostilities, for direct talks between all parties and a lasting ceasefire",
            "we call for an immediate end to hostilities",
            0,
        );
        assert_eq!(kinds(&c), vec!["addition"]);
    }

    #[test]
    fn words_negative_by_meaning_may_render_a_negation() {
        let list = EnglishWords::parse("confirmed\nsuccessful\n");
        let check = |t: &str, f: &str, o: &str| kinds_in(t, f, o, Some(&list));
        // "n'ont pas réussi" / "failed to", "ne sont pas encore confirmés" / "unconfirmed",
        // "l'absence de risque" / "no risk": no flag.
        let t = "many countries have not achieved to go up on the podium";
        let f = "de nombreux pays n'ont pas réussi à monter sur le podium";
        assert!(check(t, f, "many countries failed to make the podium").is_empty());
        let t = "the cases in Croatia are not still confirmed";
        let f = "les cas en Croatie ne sont pas encore confirmés";
        assert!(check(t, f, "the cases in Croatia remain unconfirmed").is_empty());
        let t = "in spite of the absence of risk of tsunami, the residents left";
        let f = "malgré l'absence de risque de tsunami, les résidents sont partis";
        assert!(check(
            t,
            f,
            "despite there being no tsunami threat, residents left"
        )
        .is_empty());
        // Such a word on both sides renders the other: a negation added is still one.
        let t = "the European nations have refused to repatriate the fighters";
        let f = "les nations européennes ont refusé de rapatrier les combattants";
        let o = "European nations have not refused to repatriate the fighters";
        assert_eq!(check(t, f, o), vec!["negation"]);
        // "not only … but" may go untranslated; "ou pas" (or not) is no negation.
        let t = "the food is easy to digest and provides proteins";
        let f = "la nourriture est facile à digérer tout en apportant des protéines";
        let o = "the food not only is easy to digest, but provides proteins";
        assert!(check(t, f, o).is_empty());
        // Sans rendered "with no" or "not to mention" holds no negation; a negation added
        // elsewhere still counts.
        let t = "he spent his time in a small cell without company";
        let f = "il a passé son temps dans une petite cellule sans compagnie";
        assert!(check(t, f, "he spent his time in a small cell with no company").is_empty());
        let o = "he did not spend his time in a small cell with no company";
        assert_eq!(check(t, f, o), vec!["negation"]);
        let t = "they have books to distract you (without forgetting the shops)";
        let f = "ils ont des livres pour vous distraire (sans oublier les boutiques)";
        let o = "they have books to distract you (not to mention the shops)";
        assert!(check(t, f, o).is_empty());
        // A French negation rendered with "without".
        let t = "we have false documents, we do not have registration";
        let f = "nous avons des faux documents, nous n'avons pas d'enregistrement";
        assert!(check(t, f, "we have fake papers, without registration").is_empty());
        let t = "depending on whether you have been noticed or no, wait";
        let f = "selon que vous avez été repéré ou pas, attendez";
        assert!(check(t, f, "depending on whether you have been noticed, wait").is_empty());
    }

    #[test]
    fn ordinals_approximate_counts_fractions_and_per_cent() {
        let fr = |t: &str, f: &str, o: &str| kinds(&compare_full(t, Some(f), None, o, 0));
        let cases = [
            (
                "Jelinek is classified 16th to the Super-G",
                "Jelinek s'est classé 16e au Super-G",
                "Jelinek finished sixteenth in the Super-G",
            ),
            (
                "of a treintena of females and lionceaux",
                "d'une trentaine de femelles et de lionceaux",
                "as many as thirty females and cubs",
            ),
            (
                "In 1976, thirty percent of Machu Picchu had been restored",
                "En 1976, trente pour cent du Machu Picchu avait été restauré",
                "By 1976, thirty percent of Machu Picchu had been restored",
            ),
            (
                "a surface of 3 850 km², whose roughly a third is water",
                "une superficie de 3 850 km², dont environ un tiers est de l'eau",
                "an area of 3,850 km², of which about one-third is water",
            ),
        ];
        for (t, f, o) in cases {
            assert!(fr(t, f, o).is_empty(), "{o}");
        }
        // A changed ordinal is still a changed number.
        assert_eq!(
            fr(
                "Jelinek is classified 16th to the Super-G",
                "Jelinek s'est classé 16e au Super-G",
                "Jelinek finished seventeenth in the Super-G",
            ),
            vec!["number"]
        );
    }

    #[test]
    fn press_multipliers_halves_reigns_dates_and_number_signs() {
        let fr = |t: &str, f: &str, o: &str| kinds(&compare_full(t, Some(f), None, o, 0));
        let cases = [
            (
                "The investments had reached 221 millardos of dollars in 2015.",
                "Les investissements avaient atteint 221 milliards de dollars en 2015.",
                "Investments had reached $221bn in 2015",
            ),
            (
                "the sales had been estimated to three millions and five million copies.",
                "les ventes avaient été estimées à trois millions et cinq millions d'exemplaires.",
                "sales had been estimated at three million and five million copies",
            ),
            (
                "the album has escalated to the 31st place.",
                "l'album a grimpé à la 31ème place.",
                "the album climbed to No. 31 in the UK",
            ),
            (
                "His first king was Mojmír Ier, that reigned of 830 to 846.",
                "Leur premier roi fut Mojmír Ier, qui régna de 830 à 846.",
                "Their first king was Mojmír I (ruled 830–846",
            ),
            (
                "Buyers possess the rest, cumulant 1% of the total.",
                "Des acheteurs possèdent le reste, cumulant 1% du total.",
                "Buyers own the remaining land, about one percent of the total",
            ),
            (
                "Wolmar will go in in the competition the first December.",
                "Wolmar entrera dans la compétition le premier décembre.",
                "Wolmar will stand in the contest on 1 December",
            ),
            (
                "the population of the Caire avoisinait the half-million.",
                "la population du Caire avoisinait le demi-million.",
                "Cairo had a population of close to half a million",
            ),
            (
                "contributions are far of the aim of 1,5 degrees.",
                "leurs contributions sont loin de l'objectif de 1,5 degrés.",
                "contributions are nowhere near the 1.5-degree target",
            ),
        ];
        for (t, f, o) in cases {
            assert!(fr(t, f, o).is_empty(), "{o}: {:?}", fr(t, f, o));
        }
        // ... while a changed multiplier, a changed rank and a real "No" still count.
        assert_eq!(
            fr(
                "The investments had reached 221 millardos of dollars in 2015.",
                "Les investissements avaient atteint 221 milliards de dollars en 2015.",
                "Investments had reached $221m in 2015",
            ),
            vec!["number"]
        );
        assert_eq!(
            fr(
                "the album has escalated to the 31st place.",
                "l'album a grimpé à la 31ème place.",
                "the album climbed to No. 32 in the UK",
            ),
            vec!["number"]
        );
        assert_eq!(
            fr(
                "the album has escalated to the 31st place.",
                "l'album a grimpé à la 31ème place.",
                "No album climbed to the 31st place",
            ),
            vec!["negation"]
        );
    }

    #[test]
    fn clock_times_cents_rounds_and_not_surprisingly() {
        let fr = |t: &str, f: &str, o: &str| kinds(&compare_full(t, Some(f), None, o, 0));
        let cases = [
            (
                "The movement began Thursday at 6h30.",
                "Le mouvement a commencé jeudi à 6h30.",
                "The protest began at 6.30 a.m. on Thursday",
            ),
            (
                "Each visit would cost them 46 cientos more.",
                "Chaque visite leur reviendrait à 46 cents de plus.",
                "Each visit will cost only 46 cents more",
            ),
            (
                "We qualified for the 8th of final.",
                "Nous nous sommes qualifiés pour les 8es de finale.",
                "We qualified for the last 16",
            ),
            (
                "Without surprise, the articles have been voted.",
                "Sans surprise, les articles ont été votés.",
                "Not surprisingly, the articles were voted",
            ),
        ];
        for (t, f, o) in cases {
            assert!(fr(t, f, o).is_empty(), "{o}: {:?}", fr(t, f, o));
        }
        // ... while another hour, and a decimal number, still count.
        assert_eq!(
            fr(
                "The movement began Thursday at 6h30.",
                "Le mouvement a commencé jeudi à 6h30.",
                "The protest began at 7.30 a.m. on Thursday",
            ),
            vec!["number"]
        );
        assert_eq!(
            fr(
                "The price is 6,30 euros.",
                "Le prix est de 6,30 euros.",
                "The price is 6.40 euros",
            ),
            vec!["number"]
        );
    }

    #[test]
    fn a_name_only_the_original_holds() {
        let list = EnglishWords::parse("cold\nnew\nocean\nphotographer\nrelease\nTexas\nOcean\n");
        let t = "Six hostages have been released, everything like the photographers.";
        let f = "Six otages ont été libérés, tout comme les photographes.";
        let check = |f: &str, o: &str, list: Option<&EnglishWords>| {
            kinds(&compare_in_context(t, Some(f), None, list, o, 0, ("", "")))
        };
        // A name the French does not have.
        let added = "Six hostages were released, as were the Sepulveda photographers";
        assert_eq!(check(f, added, Some(&list)), vec!["name"]);
        // Without a word list a capital letter alone proves nothing.
        assert!(check(f, added, None).is_empty());
        // A capitalised common word is no name.
        let common = "Six hostages were released, as were the Ocean photographers";
        assert!(check(f, common, Some(&list)).is_empty());
        // Nor the English capital of a French adjective of origin, linked (philippins) or
        // not (équatoriens / Ecuadorean).
        let f2 = "Six otages ont été libérés, tout comme les photographes philippins.";
        let origin = "Six hostages were released, as were the Philippine photographers";
        assert!(check(f2, origin, Some(&list)).is_empty());
        let f3 = "Six otages ont été libérés, tout comme les photographes équatoriens.";
        let origin = "Six hostages were released, as were the Ecuadorean photographers";
        assert!(check(f3, origin, Some(&list)).is_empty());
        // Such an adjective excuses only a name that may be one (not "Sepulveda").
        assert_eq!(check(f3, added, Some(&list)), vec!["name"]);
        // And only a name it may name: "équatoriens" is no "New Zealand" (a swapped name),
        // "néo-zélandais" is.
        let zealand = "Six hostages were released, as were the New Zealand photographers";
        assert_eq!(check(f3, zealand, Some(&list)), vec!["name"]);
        let f4 = "Six otages ont été libérés, tout comme les photographes néo-zélandais.";
        assert!(check(f4, zealand, Some(&list)).is_empty());
        for (fr, en) in [
            ("equatoriennes", "ecuadorean"),
            ("suisse", "swiss"),
            ("minoennes", "minoan"),
        ] {
            assert!(may_be_origin_of(fr, en), "{fr} / {en}");
        }
        for (fr, en) in [("neurobiologiques", "gingrich"), ("tibetain", "haitian")] {
            assert!(!may_be_origin_of(fr, en), "{fr} / {en}");
        }
    }

    #[test]
    fn in_a_headline_only_names_the_word_list_knows_count() {
        let list = EnglishWords::parse("giant\nprovince\nIndies\nVatican\nlaw\nnew\n");
        let f = "la province géante des Indes";
        let t = "the giant province of the Indies";
        let check = |o: &str| {
            kinds(&compare_in_context(
                t,
                Some(f),
                None,
                Some(&list),
                o,
                0,
                ("", ""),
            ))
        };
        assert!(check("The Giant Province of the Indies").is_empty());
        assert_eq!(check("The Vatican Province of the Indies"), vec!["name"]);
        // Also where the passage begins with it, next to the first paired word, in place of
        // the translation's "giant".
        assert_eq!(check("Vatican Province of the Indies"), vec!["name"]);
        // Not a name the French left out with nothing in its place ("vote of straw"), nor
        // one the French spells alike (Gizeh / Giza).
        let list3 = EnglishWords::parse("straw\npoll\nnecropolis\nAmes\nGiza\n");
        let c = |f: &str, t: &str, o: &str| {
            kinds(&compare_in_context(
                t,
                Some(f),
                None,
                Some(&list3),
                o,
                0,
                ("", ""),
            ))
        };
        assert!(c("vote de paille", "vote of straw", "Ames Straw Poll").is_empty());
        assert!(c(
            "grande nécropole de Gizeh",
            "great necropolis of Gizeh",
            "Giza Necropolis"
        )
        .is_empty());
        // A capitalised word the list does not have is no name in a headline.
        assert!(check("The Playbook Province of the Indies").is_empty());
        // Outside a headline it is.
        let list2 = EnglishWords::parse("giant\nprovince\nfar\nlarge\n");
        let f = "la province géante et lointaine";
        let t = "the giant and distant province";
        let o = "the giant Playbook province, large and far";
        let c = compare_in_context(t, Some(f), None, Some(&list2), o, 0, ("", ""));
        assert_eq!(kinds(&c), vec!["name"]);
        // The African Americans of "Afro-Américains" and the Caribbean of "Caraïbes" are no
        // names the French lacks.
        let f = "des Afro-Américains de l'Université des Caraïbes";
        let t = "of the Afro-Americans of the University of the Caraïbes";
        let o = "African Americans from the University of the Caribbean";
        let c = compare_in_context(t, Some(f), None, Some(&list), o, 0, ("", ""));
        assert!(c.flags.is_empty(), "{:?}", c.flags);
    }

    #[test]
    fn a_lower_case_french_word_does_not_vouch_for_a_name() {
        // "troupe" is spelt close to "Route", but only a capitalised French word vouches
        // for a name by its spelling.
        let t = "The soldiers arrived in Haiti near the camp of the troop.";
        let f = "Les soldats sont arrivés en Haïti près du campement de la troupe.";
        let o = "The soldiers arrived in Route near the troop's camp";
        let c = compare_in_context(t, Some(f), None, None, o, 0, ("", ""));
        assert_eq!(kinds(&c), vec!["name"]);
        // A passage that starts inside its sentence: its first word may be a name.
        let o = "Route is a poor town";
        let t = "Today, Haiti is a poor town";
        let f = "Aujourd'hui, Haïti est une ville pauvre";
        let c = compare_in_context(t, Some(f), None, None, o, 0, ("Today, ", ""));
        assert_eq!(kinds(&c), vec!["name"]);
        let c = compare_in_context(t, Some(f), None, None, o, 0, ("", ""));
        assert!(c.flags.is_empty(), "{:?}", c.flags);
    }

    #[test]
    fn two_words_missing_at_the_end_when_the_french_confirms_it() {
        let mut lex = Lexicon::default();
        lex.add("chaud", ["hot", "warm"]);
        lex.add("nuit", ["night"]);
        lex.add("jour", ["day"]);
        let f = "Ils sont plus frais que la surface environnante le jour et plus chauds la nuit";
        let t = "Are fresher than the surrounding surface the day and hotter at night";
        let o = "They are cooler than the surrounding surface in the day";
        let c = compare_in_context(t, Some(f), Some(&lex), None, o, 0, ("", ""));
        assert_eq!(kinds(&c), vec!["addition"], "{:?}", c.flags);
        // Without the lexicon the French confirms nothing: two words are not enough.
        assert!(kinds_in(t, f, o, None).is_empty());
        // Nor when a French word at the end links to the original ("warmer"): reworded.
        let o = "They are cooler than the surrounding surface in the day, warmer";
        let c = compare_in_context(t, Some(f), Some(&lex), None, o, 0, ("", ""));
        assert!(c.flags.is_empty(), "{:?}", c.flags);
        // Nor when the original leaves a word unpaired just before its last pair (the end
        // reordered: "the Súper-G seated man" / "the men's sitting Super-G").
        lex.add("assis", ["seated"]);
        lex.add("homme", ["man"]);
        let f = "Jelinek s'est classé 16e au Super-G assis homme.";
        let t = "Jelinek has classified 16th to the Súper-G seated man.";
        let o = "Jelinek finished sixteenth in the men's sitting Super-G";
        let c = compare_in_context(t, Some(f), Some(&lex), None, o, 0, ("", ""));
        assert!(c.flags.is_empty(), "{:?}", c.flags);
    }

    #[test]
    fn the_originals_negations_count_one_by_one() {
        // Machine translation's "not … nothing" for "ne … rien" is one negation; the
        // original's "not doing nothing" is two.
        let f = "En ce moment, nous ne faisons rien.";
        let t = "In this moment, we do not do nothing.";
        let o = "Right now we are doing nothing";
        assert!(kinds_in(t, f, o, None).is_empty());
        let o = "Right now we are not doing nothing";
        assert_eq!(kinds_in(t, f, o, None), vec!["negation"]);
        // "nor" still continues the negation before it.
        let f = "Ils n'avaient pas de maïs, ni de tomates.";
        let t = "They did not have corn, neither of tomatoes.";
        let o = "They didn't have corn, nor tomatoes";
        assert!(kinds_in(t, f, o, None).is_empty());
    }

    #[test]
    fn a_litotes_rendered_without_a_negation_leaves_none_to_add() {
        let f = "N'oubliez pas que le musée est fermé le lundi.";
        let t = "Do not forget that the museum is closed on Monday.";
        assert!(kinds_in(
            t,
            f,
            "Don't forget that the museum is closed on Monday",
            None
        )
        .is_empty());
        assert!(kinds_in(t, f, "Remember that the museum is closed on Monday", None).is_empty());
        let o = "Remember that the museum is not closed on Monday";
        assert_eq!(kinds_in(t, f, o, None), vec!["negation"]);
        let f = "N'hésitez pas à poser des questions.";
        let t = "Do not hesitate to ask questions.";
        assert!(kinds_in(t, f, "Feel free to ask questions", None).is_empty());
        assert_eq!(
            kinds_in(t, f, "Feel free not to ask questions", None),
            vec!["negation"]
        );
    }

    /// The flags' kinds for translation `t` of French `f` against passage `o`, no lexicon.
    fn kinds_in(t: &str, f: &str, o: &str, list: Option<&EnglishWords>) -> Vec<&'static str> {
        kinds(&compare_in_context(t, Some(f), None, list, o, 0, ("", "")))
    }

    #[test]
    fn names_pair_one_to_one_and_by_their_consonants() {
        let f = "Obama a rencontré Merkel à Berlin, puis Obama a parlé à la presse";
        let t = "Obama met Merkel in Berlin, then Obama spoke to the press";
        let o = "Obama met Merkel in Berlin, then Obama spoke to the press";
        assert!(kinds_in(t, f, o, None).is_empty());
        // The original's one "Obama" renders one of the translation's two, not both.
        let o = "Obama met Merkel in Berlin, then Stadium spoke to the press";
        assert_eq!(kinds_in(t, f, o, None), vec!["name"]);
        // A word of a name swapped in place, next to the name's other, paired word.
        let f = "Le groupe devait tourner aux États-Unis et au Canada";
        let t = "The band had to tour in United States and Canada";
        // ("Resistant" is a common word, so no swap with the translation's own "United".)
        let list = EnglishWords::parse("resistant\nband\ntour\ndue\n");
        let o = "The band was due to tour the United States and Canada";
        assert!(kinds_in(t, f, o, Some(&list)).is_empty());
        let o = "The band was due to tour the Resistant States and Canada";
        assert_eq!(kinds_in(t, f, o, Some(&list)), vec!["name"]);
        // Two names a third of whose letters differ are still two names when their
        // consonants do (Capital / Cañitas); spellings of one name differ in vowels
        // (Moldavia / Moldova) or diacritics (Kněžnou / Kneznou).
        let f = "Le tournoi se déroule en décembre à Las Cañitas";
        let t = "The tournament takes place in December in Las Cañitas";
        let o = "The tournament takes place in Capital in Las Cañitas";
        assert_eq!(kinds_in(t, f, o, None), vec!["name"]);
        let f = "Il neige à Rychnov nad Kněžnou et en Moldavie";
        let t = "It snows in Rychnov nad Kněžnou and in Moldavia";
        let o = "It snows in Rychnov nad Kneznou and in Moldova";
        assert!(kinds_in(t, f, o, None).is_empty());
        // A name that begins the translation's sentence is still a name, when the word list
        // does not have it ("Peninsula", a common word, is no sure name by itself).
        let list = EnglishWords::parse("police\npeninsula\ncommissioner\nsuperintendent\n");
        let f = "Chandra Shekhar Solanki, commissaire de police, a dit que les accusés ont menti.";
        let t = "Chandra Shekhar Solanki, commissioner of police, said that the accused lied.";
        let o = "Police superintendent Chandra Shekhar Solanki said the accused lied";
        assert!(kinds_in(t, f, o, Some(&list)).is_empty());
        let o = "Police superintendent Peninsula Shekhar Solanki said the accused lied";
        assert_eq!(kinds_in(t, f, o, Some(&list)), vec!["name"]);
    }

    #[test]
    fn a_clause_missing_at_the_end_of_the_original_sentence() {
        let f = "Grâce à la visualisation, les canaux d'énergie sont nettoyés, les chakras \
                 activés et la conscience de l'éveil créée.";
        let t = "Thanks to the visualisation, the channels of energy are cleaned, the chakras \
                 activated and the consciousness of awakening created.";
        let o = "Through the visualization the energy channels are cleaned and the chakras are \
                 activated";
        assert_eq!(kinds_in(t, f, o, None), vec!["addition"]);
        // Not when the original's sentence goes on past the passage: the passage's end was
        // chosen by similarity and may have cut the rest off.
        let c = compare_in_context(
            t,
            Some(f),
            None,
            None,
            o,
            0,
            ("", " and the mind awakened."),
        );
        assert!(c.flags.is_empty(), "{:?}", c.flags);
        // Nor when the original rewords the end (unpaired words on its side too).
        let o = "Through the visualization the energy channels are cleaned and the chakras are \
                 activated, and an enlightened mind emerges";
        assert!(kinds_in(t, f, o, None).is_empty());
        // One content word of the original after the last pair is counted off the
        // translation's stretch there (4 - 1; a weak translation, where a run of 4 does not
        // stand out).
        let f = "En carrosse, ils sont rentrés à Paris entourés d'une foule de gens qui hurlent \
                 et crient des menaces contre le roi.";
        let t = "In a carrosse, are returned in Paris surrounded of a crowd of people that \
                 hurlent and shout threats against the king.";
        let o = "In a carriage, they traveled back to Paris surrounded by a mob of people \
                 screaming";
        assert_eq!(kinds_in(t, f, o, None), vec!["addition"]);
        // A word the French holds twice ("guerre") is held by the original's one "war" only
        // once: that "war" renders the first, so the second is part of the missing clause.
        let mut lex = Lexicon::default();
        lex.add("guerre", ["war"]);
        lex.add("froide", ["cold"]);
        let f = "Deux ans après la fin de la guerre, les anciens alliés étaient ennemis et la \
                 guerre froide a commencé.";
        let t = "Two years after the end of the war, the ancient allies were enemies and the \
                 cold war has begun.";
        let o = "Two years after the end of the war, the former allies were now enemies";
        let c = compare_in_context(t, Some(f), Some(&lex), None, o, 0, ("", ""));
        assert_eq!(kinds(&c), vec!["addition"], "{:?}", c.flags);
        // Articles the translation adds do not put the last pair out of step with the one
        // before it (bison … bear: 6 words apart here, 3 there; 3 and 3 without them).
        let f = "Aussi dociles qu'ils paraissent, le bison, l'élan, l'orignal, l'ours et les \
                 grands animaux peuvent attaquer.";
        let t = "Also docile that they appear, the bison, the push, the orignal, the bear and the \
                 big animals can attack.";
        let o = "No matter how docile they may look, bison, elk, moose, bears";
        assert_eq!(kinds_in(t, f, o, None), vec!["addition"]);
    }

    #[test]
    fn a_capitalised_word_swapped_between_paired_words() {
        let mut lex = Lexicon::default();
        lex.add("presque", ["almost", "nearly"]);
        lex.add("animaux", ["animals"]);
        lex.add("oiseaux", ["birds"]);
        let f = "Ils attrapent des oiseaux s'ils le peuvent. Presque tous les animaux que \
                 l'ocelot chasse sont petits.";
        let t = "They trap birds if they can. Almost all the animals that the ocelot hunts are \
                 small.";
        let c = |o: &str, lex: Option<&Lexicon>| {
            kinds(&compare_in_context(t, Some(f), lex, None, o, 0, ("", "")))
        };
        let o = "They will catch birds if they can. Nearly all of the animals that the ocelot \
                 hunts are small";
        assert!(c(o, Some(&lex)).is_empty());
        // "Security" renders no French word, and the translation's "Almost" renders one.
        let o = "They will catch birds if they can. Security all of the animals that the \
                 ocelot hunts are small";
        assert_eq!(c(o, Some(&lex)), vec!["name"]);
        // Without a lexicon nothing says which word renders the French.
        assert!(c(o, None).is_empty());
        // Nor at the passage's first word, where wordings differ most.
        let o = "Security all of the animals that the ocelot hunts are small";
        let f = "Presque tous les animaux que l'ocelot chasse sont petits.";
        let t = "Almost all the animals that the ocelot hunts are small.";
        assert!(kinds(&compare_in_context(
            t,
            Some(f),
            Some(&lex),
            None,
            o,
            0,
            ("", "")
        ))
        .is_empty());
    }

    #[test]
    fn a_name_machine_translation_made_up_swaps_only_with_a_sure_name() {
        let list = EnglishWords::parse("milky\nway\nforce\ngalaxy\nexert\n");
        let f = "Selon les auteurs, la Voie lactée exerce une force sur la galaxie";
        let t = "According to the authors, the Dairy Road exerts a force on the galaxy";
        // "Dairy Road" is no name the French holds: "Milky Way", common words, is no swap.
        let o = "According to the authors, the Milky Way exerts a force on the galaxy";
        assert!(kinds_in(t, f, o, Some(&list)).is_empty());
        // A name of the original that is surely one is.
        let o = "According to the authors, the Sagittarius exerts a force on the galaxy";
        assert_eq!(kinds_in(t, f, o, Some(&list)), vec!["name"]);
        // A name the French holds makes a swap with any name.
        let f = "Selon M. Hu, la Voie lactée exerce une force sur la galaxie";
        let t = "According to Mr. Hu, the Dairy Road exerts a force on the galaxy";
        let o = "According to Mr. Way, the Milky Way exerts a force on the galaxy";
        assert_eq!(kinds_in(t, f, o, Some(&list)), vec!["name"]);
    }

    #[test]
    fn a_sentence_may_start_with_a_name_and_a_country_renders_its_adjective() {
        let list = EnglishWords::parse("some\nspecialize\ncollect\nwork\nwine\n");
        let f = "Il est connu. Certains se spécialisent dans la collection de son travail";
        let t = "He is known. Some specialise in the collection of his work";
        let o = "He is known. Some specialize in collecting his work";
        assert!(kinds_in(t, f, o, Some(&list)).is_empty());
        // A sentence's first word that the word list does not have is a name.
        let o = "He is known. Ogarzynska specialize in collecting his work";
        assert_eq!(kinds_in(t, f, o, Some(&list)), vec!["name"]);
        assert!(kinds_in(t, f, o, None).is_empty());
        // Italy's / Italian: no swap.
        let f = "Le vin italien est bon, dit M. Hu";
        let t = "The Italian wine is good, says Mr. Hu";
        let o = "Italy's wine is good, says Mr. Hu";
        assert!(kinds_in(t, f, o, Some(&list)).is_empty());
    }

    #[test]
    fn a_quotation_far_longer_than_its_original_passage() {
        let f = "Après que les agents ont vérifié son identité, l'électeur glisse l'enveloppe \
                 dans l'urne et puis il signe la liste.";
        let t = "After the agents have verified his identity, the voter drops the envelope in \
                 the urn and then he signs the list.";
        let c = |o: &str| compare_in_context(t, Some(f), None, None, o, 0, ("", ""));
        let full = "After officials verify the voter's identity, the voter drops the envelope \
                    into the ballot box and then signs the voting list";
        assert!(c(full).flags.is_empty(), "{:?}", c(full).flags);
        // 19 French words for 11: the original lacks "… and then he signs the list" (a run
        // of 3 content words, under the 4 a run of its own needs).
        let cut = "After officials verify the voter's identity, the voter drops the envelope";
        let flags = c(cut).flags;
        assert_eq!(flags.len(), 1, "{flags:?}");
        assert_eq!(flags[0].kind, "addition");
        assert!(
            flags[0]
                .detail
                .contains("has 19 words, the original passage 11"),
            "{flags:?}"
        );
    }

    #[test]
    fn a_name_the_original_dropped() {
        let list = EnglishWords::parse("control\nserve\nweb\nsite\n");
        let f = "Dans l'essai, le ZMapp a servi de témoin, selon Newt Gingrich.";
        let t = "In the trial, the ZMapp has served as control, according to Newt Gingrich.";
        let check = |o: &str, list: Option<&EnglishWords>| {
            kinds(&compare_in_context(t, Some(f), None, list, o, 0, ("", "")))
        };
        // ZMapp is gone from the original.
        let o = "In the trial, it served as a control, according to Gingrich";
        assert_eq!(check(o, Some(&list)), vec!["name"]);
        // Without the word list, as before: no one-sided name flag.
        assert!(check(o, None).is_empty());
        // Both there (Newt left out: one word of the name is enough).
        let o = "In the trial, ZMapp served as a control, according to Gingrich";
        assert!(check(o, Some(&list)).is_empty());
        // A capitalised common word of the translation is no name ("site Web").
        let f = "Le résultat sera publié sur un site Web public.";
        let t = "The result will be published on a public Web site.";
        let o = "The result will be posted to a public website";
        let c = compare_in_context(t, Some(f), None, Some(&list), o, 0, ("", ""));
        assert!(c.flags.is_empty(), "{:?}", c.flags);
    }
}
