//! The French quotation as a witness of what was said.
//!
//! Machine translation can be weak (it invents negations, translates names, picks odd
//! words), while the French quotation itself holds the numbers, names and negations that
//! were reported, and its words link to the English original through a bilingual lexicon
//! (FreeDict, the aligner's) or as cognates. This module reads those from the French:
//! word classes, number values (digits and number words), negation units
//! (ne … pas/jamais/plus/rien/aucun/personne, non, aucun, rien), and links from French
//! words to English words.

use super::words::{
    clock_minutes, elision_len, fold, same_name, same_word, words, Class, Word, WordNumber,
};
use crate::align::lexicon::{english_stem, Lexicon};
use std::sync::OnceLock;

/// French function words (folded; elided forms as `words` leaves them).
const FR_STOP: &[&str] = &[
    "a",
    "ai",
    "aie",
    "aient",
    "ait",
    "as",
    "au",
    "aux",
    "avait",
    "avais",
    "avez",
    "avons",
    "avoir",
    "c",
    "ca",
    "ce",
    "ceci",
    "cela",
    "celle",
    "celles",
    "celui",
    "ces",
    "cet",
    "cette",
    "ceux",
    "chez",
    "d",
    "dans",
    "de",
    "des",
    "du",
    "elle",
    "elles",
    "en",
    "entre",
    "est",
    "et",
    "etaient",
    "etais",
    "etait",
    "ete",
    "etre",
    "eu",
    "eux",
    "fut",
    "il",
    "ils",
    "j",
    "je",
    "l",
    "la",
    "le",
    "les",
    "leur",
    "leurs",
    "lui",
    "m",
    "ma",
    "mais",
    "me",
    "mes",
    "moi",
    "mon",
    "n",
    "ne",
    "nos",
    "notre",
    "nous",
    "on",
    "ont",
    "ou",
    "par",
    "pour",
    "qu",
    "que",
    "qui",
    "quoi",
    "s",
    "sa",
    "se",
    "ses",
    "si",
    "son",
    "sont",
    "sur",
    "sous",
    "t",
    "ta",
    "te",
    "tes",
    "toi",
    "ton",
    "tu",
    "un",
    "une",
    "vos",
    "votre",
    "vous",
    "y",
    "donc",
    "car",
    "or",
    "dont",
    "meme",
    "avec",
    "comme",
    "plus",
    "moins",
    "tout",
    "tous",
    "toute",
    "toutes",
    "tres",
    "bien",
    "aussi",
    "alors",
    "quand",
    "avaient",
    "sera",
    "seront",
    "serait",
    "seraient",
    "aura",
    "auront",
    "aurait",
    "auraient",
    "vers",
    "depuis",
    "pendant",
    "apres",
    "avant",
    "selon",
    "lors",
    "ainsi",
    "encore",
    "deja",
    "autre",
    "autres",
    "tel",
    "telle",
    "tels",
    "telles",
    "ici",
    "puis",
    "fait",
    "faire",
    "peut",
    "peuvent",
    "cas",
    "etc",
    "soit",
    "sont",
    "suis",
    "es",
    "sommes",
    "etes",
    "lorsque",
    "puisque",
    "parce",
    "afin",
    "dont",
    "laquelle",
    "lequel",
    "lesquels",
    "lesquelles",
    "auquel",
    "duquel",
    "ceux-ci",
    "celle-ci",
    "celui-ci",
    "cela",
    "voici",
    "voila",
    "tant",
    "trop",
    "peu",
    "beaucoup",
    "chaque",
    "certains",
    "certaines",
    "quelque",
    "quelques",
    "plusieurs",
    "contre",
    "sans",
    "aujourd'hui",
];

/// Forms of avoir that make a past tense with pu, su, osé, cessé (n'aurait pu).
const AVOIR: &[&str] = &[
    "a", "ai", "as", "avait", "avaient", "aurait", "auraient", "aura", "ait", "eut", "avons",
    "avez", "ont", "aurais", "avais",
];

/// Words before which "pas" is the noun (a step): determiners and the adjectives that
/// come before it ("un pas vers", "le premier pas", "ce faux pas").
const PAS_NOUN_BEFORE: &[&str] = &[
    "un", "le", "ce", "du", "au", "son", "mon", "ton", "notre", "votre", "leur", "premier",
    "dernier", "grand", "petit", "faux", "nouveau", "bon", "mauvais", "quelques", "ses", "des",
    "les", "ces", "mes", "nos", "vos", "leurs", "premiers", "grands", "petits", "nouveaux",
];

/// Words that, after ne/n', make a negation (ne … pas, n'… jamais).
const NE_PARTNERS: &[&str] = &[
    "pas",
    "plus",
    "jamais",
    "rien",
    "aucun",
    "aucune",
    "personne",
    "guere",
    "point",
    "nullement",
    "nul",
    "nulle",
    "ni",
];

/// French number words and their values.
const FR_NUMBERS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("deux", 2.0),
    ("trois", 3.0),
    ("quatre", 4.0),
    ("cinq", 5.0),
    ("six", 6.0),
    ("sept", 7.0),
    ("huit", 8.0),
    ("neuf", 9.0),
    ("dix", 10.0),
    ("onze", 11.0),
    ("douze", 12.0),
    ("treize", 13.0),
    ("quatorze", 14.0),
    ("quinze", 15.0),
    ("seize", 16.0),
    ("vingt", 20.0),
    ("vingts", 20.0),
    ("trente", 30.0),
    ("quarante", 40.0),
    ("cinquante", 50.0),
    ("soixante", 60.0),
    ("cent", 100.0),
    ("cents", 100.0),
    ("mille", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
    ("douzaine", 12.0),
    ("douzaines", 12.0),
    ("centaine", 100.0),
    ("centaines", 100.0),
    ("millier", 1e3),
    ("milliers", 1e3),
    ("troisieme", 3.0),
    ("quatrieme", 4.0),
    ("cinquieme", 5.0),
    ("sixieme", 6.0),
    ("septieme", 7.0),
    ("huitieme", 8.0),
    ("neuvieme", 9.0),
    ("dixieme", 10.0),
    ("onzieme", 11.0),
    ("douzieme", 12.0),
    ("treizieme", 13.0),
    ("quatorzieme", 14.0),
    ("quinzieme", 15.0),
    ("seizieme", 16.0),
    ("vingtieme", 20.0),
    ("trentieme", 30.0),
    ("centieme", 100.0),
    ("millieme", 1e3),
    // Approximate counts ("une trentaine de femelles": about thirty); not "quarantaine"
    // (quarantine).
    ("dizaine", 10.0),
    ("dizaines", 10.0),
    ("quinzaine", 15.0),
    ("vingtaine", 20.0),
    ("trentaine", 30.0),
    ("cinquantaine", 50.0),
    ("soixantaine", 60.0),
];

/// One French word with its class.
#[derive(Clone, Debug, PartialEq)]
pub struct FrWord {
    pub word: Word,
    pub class: Class,
}

/// The FreeDict fr→en lexicon from its Debian location, loaded once; None when it is not
/// installed (or unreadable): the French witness then links cognates, names and numbers
/// only.
pub fn default_lexicon() -> Option<&'static Lexicon> {
    static LEX: OnceLock<Option<Lexicon>> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::load_default().ok().flatten())
        .as_ref()
}

/// Value of a French number word, hyphenated compounds included (vingt-cinq,
/// quatre-vingt-dix, soixante-dix), or of digits ("1,5", "20").
fn fr_number_value(norm: &str) -> Option<f64> {
    if let Some((_, v)) = FR_NUMBERS.iter().find(|(w, _)| *w == norm) {
        return Some(*v);
    }
    if norm.contains('-') && norm.chars().all(|c| c.is_alphabetic() || c == '-') {
        // Additive compounds, with quatre-vingt(s) = 80.
        let parts: Vec<&str> = norm.split('-').filter(|p| *p != "et").collect();
        let mut total = 0.0;
        let mut k = 0;
        while k < parts.len() {
            if parts[k] == "quatre" && parts.get(k + 1).is_some_and(|p| p.starts_with("vingt")) {
                total += 80.0;
                k += 2;
                continue;
            }
            let (_, v) = FR_NUMBERS.iter().find(|(w, _)| *w == parts[k])?;
            if *v >= 100.0 && total > 0.0 {
                total *= v;
            } else {
                total += v;
            }
            k += 1;
        }
        return Some(total);
    }
    if !norm.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let digits: String = norm
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let parts: Vec<&str> = digits.split(['.', ',']).collect();
    let cleaned = if parts.len() > 1 && parts[1..].iter().all(|p| p.len() == 3) {
        // 1.000.000 / 1,000,000: thousands.
        digits.replace([',', '.'], "")
    } else {
        digits.replace(',', ".")
    };
    cleaned.trim_matches('.').parse().ok()
}

/// A Roman ordinal as French writes centuries and reigns (as written: "XVIIe", "Xe", "Ier",
/// "IIIème").
fn roman_ordinal(raw: &str) -> Option<f64> {
    let body = ["ème", "eme", "er", "e"]
        .iter()
        .find_map(|suf| raw.strip_suffix(suf))?;
    if body.is_empty()
        || !body
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        || matches!(body, "L" | "C")
    // Le, Ce
    {
        return None;
    }
    let val = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 100,
    };
    let cs: Vec<i64> = body.chars().map(val).collect();
    let mut total = 0;
    for (k, &v) in cs.iter().enumerate() {
        if cs.get(k + 1).is_some_and(|&n| n > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    (total > 0).then_some(total as f64)
}

/// The French words of `text` with classes: numbers (digits, number words), negation words
/// (pas, jamais, rien, aucun, non, …), names (capitalised, not sentence-initial), function
/// words, and content words.
pub fn french_words(text: &str) -> Vec<FrWord> {
    words(text, 0)
        .into_iter()
        .map(|w| {
            let n = w.norm.as_str();
            let class = if n.chars().any(|c| c.is_ascii_digit())
                || fr_number_value(n).is_some()
                || roman_ordinal(&w.text).is_some()
            {
                Class::Number
            } else if NE_PARTNERS.contains(&n) || n == "non" {
                Class::Negation
            } else if FR_STOP.contains(&n) || n.chars().count() < 2 {
                Class::Stop
            } else if w.text[elision_len(&w.text)..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase())
                && !w.sentence_start
            {
                Class::Name
            } else {
                Class::Content
            };
            FrWord { word: w, class }
        })
        .collect()
}

/// One number of the French quotation: the values it may be written as in English (an hour
/// "21 h" is also 9 p.m.).
#[derive(Clone, Debug, PartialEq)]
pub struct FrNumber {
    pub values: Vec<f64>,
    /// The French number is 2 ("deux"), which English often says as "both", "dual", "twice".
    pub two_word: bool,
    /// The quantity in the units English news often uses instead ("10 km": 6.2 miles),
    /// matched within [`APPROX`] (translators round conversions).
    pub approx: Vec<f64>,
}

/// Relative tolerance for a converted quantity ([`FrNumber::approx`]).
pub const APPROX: f64 = 0.08;

/// A metric unit after a French number: the factor to the imperial unit English uses
/// instead (degrees Celsius: see [`french_number_list`]).
fn imperial_factor(unit: &str) -> Option<f64> {
    Some(match unit {
        "km" | "kilometre" | "kilometres" => 0.621_371, // miles
        "m" | "metre" | "metres" => 3.280_84,           // feet
        "cm" | "centimetre" | "centimetres" => 0.393_701, // inches
        "kg" | "kilo" | "kilos" | "kilogramme" | "kilogrammes" => 2.204_62, // pounds
        "l" | "litre" | "litres" => 0.264_172,          // US gallons
        "ha" | "hectare" | "hectares" => 2.471_05,      // acres
        "tonne" | "tonnes" => 1.102_31,                 // short tons
        "km/h" => 0.621_371,                            // mph
        _ => return None,
    })
}

/// English words that say "two" without the number.
pub const TWO_WORDS: &[&str] = &["both", "dual", "twice", "pair", "couple", "double", "twin"];

/// The numbers of a French quotation, with their alternative values (see [`FrNumber`]).
/// Minutes written "00" are left out.
pub fn french_number_list(ws: &[FrWord]) -> Vec<FrNumber> {
    let mut out = Vec::new();
    for (v, i, j) in number_spans(ws) {
        let is_hour = |w: &FrWord| matches!(w.word.norm.as_str(), "h" | "heure" | "heures");
        let hour = ws.get(j + 1).is_some_and(is_hour);
        // Minutes ("12 h 30", "11 heures 10"): the hour is the number.
        if i > 0 && is_hour(&ws[i - 1]) && clock_minutes(&ws[i].word.norm).is_some() {
            continue;
        }
        // Plural quantities alone ("des milliers de") are vague.
        if i == j
            && matches!(
                ws[i].word.norm.as_str(),
                "milliers" | "centaines" | "dizaines" | "douzaines" | "millions" | "milliards"
            )
        {
            continue;
        }
        let mut values = vec![v];
        // "1h30": an hour and a half as a duration, as well as half past one.
        if i == j {
            if let Some((h, m)) = ws[i].word.norm.split_once('h') {
                if let (Ok(h), Some(m)) = (h.parse::<f64>(), clock_minutes(m)) {
                    values.push(h + m / 60.0);
                }
            }
        }
        if hour && v > 12.0 && v < 24.0 {
            values.push(v - 12.0);
        }
        if hour && v < 24.0 {
            // Wire style "1200 GMT", "0930 GMT".
            let minutes = ws
                .get(j + 2)
                .and_then(|w| clock_minutes(&w.word.norm))
                .unwrap_or(0.0);
            values.push(v * 100.0 + minutes);
        }
        let unit = ws.get(j + 1).map(|w| w.word.norm.as_str()).unwrap_or("");
        let approx = match (imperial_factor(unit), unit) {
            (Some(f), _) => vec![v * f],
            (None, "degres" | "°c") => vec![v * 9.0 / 5.0 + 32.0],
            _ => Vec::new(),
        };
        // "de 4,2 à 3,9 millions", "entre 2 et 3 milliards": the scale of the range's second
        // end is also the first's.
        if i == j {
            if let Some(scale) = range_scale(ws, j) {
                values.push(v * scale);
            }
        }
        // "les années 20": the 1920s; "les années 1980": the 80s.
        if i > 0 && ws[i - 1].word.norm == "annees" && v % 10.0 == 0.0 {
            if (10.0..100.0).contains(&v) {
                values.push(1900.0 + v);
            } else if (1900.0..2000.0).contains(&v) {
                values.push(v - 1900.0);
            }
        }
        // "2 millions et demi", "deux ans et demi": and a half (of the scale, if any).
        let half = |k: usize| {
            ws.get(k).is_some_and(|w| w.word.norm == "et")
                && ws
                    .get(k + 1)
                    .is_some_and(|w| matches!(w.word.norm.as_str(), "demi" | "demie"))
        };
        if half(j + 1) {
            let last = fr_number_value(&ws[j].word.norm).unwrap_or(1.0);
            let scale = if i < j && last >= 1000.0 { last } else { 1.0 };
            values.push(v + 0.5 * scale);
        } else if half(j + 2) && ws[j + 1].class != Class::Number {
            values.push(v + 0.5);
        }
        let two_word = v == 2.0 && !ws[i].word.norm.chars().any(|c| c.is_ascii_digit());
        out.push(FrNumber {
            values,
            two_word,
            approx,
        });
    }
    out
}

/// The scale word ending the number that follows word `j` across a range connector ("à",
/// "et", "-"), if that number is digits or number words times million / milliard / mille.
fn range_scale(ws: &[FrWord], j: usize) -> Option<f64> {
    let conn = ws.get(j + 1)?;
    if !matches!(conn.word.norm.as_str(), "a" | "et" | "-") {
        return None;
    }
    let first = ws.get(j + 2).filter(|w| w.class == Class::Number)?;
    fr_number_value(&first.word.norm)?;
    let scale = ws.get(j + 3)?;
    if scale.word.norm.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    fr_number_value(&scale.word.norm).filter(|v| *v >= 1000.0 && v.log10().fract() == 0.0)
}

/// Number values of French words: digits ("1,5", "20 000" with any space between groups of
/// three), number words read group by group ("deux millions", "trois cents", "six cent
/// soixante six"), digits times a scale word ("3 milliards").
pub fn french_numbers(ws: &[FrWord]) -> Vec<f64> {
    number_spans(ws).into_iter().map(|n| n.0).collect()
}

/// [`french_numbers`] with the positions of each number's first and last word.
fn number_spans(ws: &[FrWord]) -> Vec<(f64, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        // "pour cent" is per cent, not a hundred.
        let percent = i > 0 && ws[i].word.norm == "cent" && ws[i - 1].word.norm == "pour";
        // ("46 cents": money, the cents no number of their own.)
        let cents = i > 0
            && matches!(ws[i].word.norm.as_str(), "cent" | "cents")
            && ws[i - 1].word.norm.chars().all(|c| c.is_ascii_digit());
        // "Amyntas Ier", "Napoléon Ier": a reign's number, which English writes "I" or "the
        // First" (unlike a century: "au Ier siècle", "1st century").
        let regnal = matches!(ws[i].word.text.as_str(), "Ier" | "Ire" | "Ière")
            && i > 0
            && ws[i - 1].word.text.starts_with(char::is_uppercase)
            && !ws.get(i + 1).is_some_and(|w| {
                w.word.norm.starts_with("siecle") || w.word.norm.starts_with("millenaire")
            });
        let Some(mut v) = (ws[i].class == Class::Number && !percent && !cents && !regnal)
            .then(|| fr_number_value(&ws[i].word.norm).or_else(|| roman_ordinal(&ws[i].word.text)))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        let in_words = |s: &str| !s.chars().any(|c| c.is_ascii_digit());
        // A number in words is read group by group ("six cent soixante six", "trois mille
        // cinq cents").
        let words_only = in_words(&ws[i].word.norm);
        let mut spelt = WordNumber::new(v);
        while j < ws.len() && ws[j].class == Class::Number {
            let Some(w) = fr_number_value(&ws[j].word.norm) else {
                break;
            };
            let gap = ws[j]
                .word
                .span
                .start
                .saturating_sub(ws[j - 1].word.span.end);
            if gap > 3 {
                break;
            }
            let (cur, prev) = (&ws[j].word.norm, &ws[j - 1].word.norm);
            if words_only {
                if !in_words(cur) || !spelt.push(w) {
                    break;
                }
                v = spelt.value();
            } else if digits(cur) && cur.len() == 3 && digits(prev) && prev.len() <= 3 {
                v = v * 1000.0 + w; // "20 000"
            } else if w >= 100.0
                && w > v
                && in_words(cur)
                && w.log10().fract() == 0.0
                // ("46 cents" in digits is money: French writes 4 600.)
                && !(matches!(cur.as_str(), "cent" | "cents") && digits(prev))
            {
                v *= w; // "3 milliards", "2,5 millions"
            } else {
                break;
            }
            j += 1;
        }
        // "les 8es de finale": the round of the last sixteen.
        let round = ws.get(j).is_some_and(|w| w.word.norm == "de")
            && ws.get(j + 1).is_some_and(|w| w.word.norm == "finale")
            && ws[j - 1].word.norm.trim_end_matches('s').ends_with('e')
            && !words_only;
        if round {
            v *= 2.0;
        }
        out.push((v, i, j - 1));
        i = j;
    }
    out
}

/// Number of negations in French `text`, counted as units: ne/n' with its partner (ne … pas,
/// n'… jamais, ne … plus rien: one), and, outside those, pas, non, aucun(e), rien, ni, and
/// jamais alone as "never" ("du jamais vu"; not after que, si or a superlative: "plus que
/// jamais", "la pire épidémie jamais enregistrée"). Personne alone is no negation ("une
/// personne"), nor ne … que ("only").
pub fn negation_units(text: &str) -> usize {
    negation_range(text).1
}

/// The negations of French `text` as the range a faithful English rendering may hold:
/// (fewest, [`negation_units`]). Imperative litotes (n'hésitez pas, ne manquez pas de,
/// n'oubliez pas), the tag n'est-ce pas and "pas moins de" are often rendered without a
/// negation ("feel free to", "be sure to", "remember", "does it?", "as many as").
pub fn negation_range(text: &str) -> (usize, usize) {
    let b = negation_bounds(text);
    (b.fewest, b.units)
}

/// The negations of a French text, as [`negation_bounds`] counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrenchNegations {
    /// Fewest a faithful English rendering may hold (litotes and the like left out).
    pub fewest: usize,
    /// Negation units ([`negation_units`]).
    pub units: usize,
    /// Words negative by meaning, any of which English may render as a negation.
    pub implicit: usize,
    /// Negations joined to an earlier one by et / ni / ou ("n'a pas A et ne fournit aucun
    /// B"), which English may put under the first with or / nor ("has not A, nor B",
    /// "doesn't A or B"): counted in `fewest`, to be taken off when the English joins so.
    pub joined: usize,
    /// Imperative litotes (n'hésitez pas, n'oubliez pas, ne manquez pas de), left out of
    /// `fewest`: where English renders them without a negation ("feel free", "remember",
    /// "be sure"), they are no negation the English may hold either.
    pub litotes: usize,
    /// "Sans" (without): no negation, but English words negative by meaning that render it
    /// ("without", "with no": "sans compagnie" → "with no company") stand for no negation
    /// either.
    pub without: usize,
}

/// [`negation_range`], the number of words negative by meaning, any of which a faithful
/// English rendering may turn into a negation, and the joined negations (see
/// [`FrenchNegations`]). Words negative by meaning: absence,
/// inutile, impossible, incapable, manque, échouer, refuser, rarement, difficilement ("en
/// l'absence de risque" → "there being no risk", "il est inutile" → "there is no point",
/// "ont échoué à" → "did not manage to"). Sans, peu and ne … que are not counted: "sans
/// doute", "sans danger", "peu de temps", "n'était que" are rendered without a negation
/// more often than with one (sans is counted apart: [`FrenchNegations::without`]); "sans
/// aucun / sans rien" may be rendered either way ("no doubt", "without any doubt").
pub fn negation_bounds(text: &str) -> FrenchNegations {
    let ws = words(text, 0);
    let raw: Vec<String> = ws.iter().map(|w| fold(&w.text)).collect();
    // Folded, elisions other than n' removed (qu'aucun -> aucun).
    let toks: Vec<String> = raw
        .iter()
        .map(|t| {
            let t = t.clone();
            for pre in [
                "qu'", "l'", "d'", "s'", "j'", "c'", "m'", "t'", "jusqu'", "lorsqu'",
            ] {
                if let Some(rest) = t.strip_prefix(pre) {
                    if !rest.is_empty() {
                        return rest.to_string();
                    }
                }
            }
            t
        })
        .collect();
    let mut used = vec![false; toks.len()];
    let mut n = 0;
    let mut optional = 0;
    let mut litotes = 0;
    let mut implicit = 0;
    let mut joined = 0;
    let mut without = 0;
    let mut last_sans: Option<usize> = None;
    for k in 0..toks.len() {
        let t = toks[k].as_str();
        // ("né", born, folds to "ne" too: il est né peu après …)
        let born = t == "ne" && ws[k].text.to_lowercase() == "né";
        if (t != "ne" || born) && !t.starts_with("n'") && !t.starts_with("n’") {
            continue;
        }
        used[k] = true;
        let mut found = false;
        // The expletive ne of "avant que / à moins que / de peur que … ne": no negation, and
        // a "plus" nearby is another word's ("avant que Galilée ne l'utilisât un an plus
        // tard").
        let expletive = (k.saturating_sub(5)..k).any(|m| {
            matches!(raw[m].as_str(), "avant" | "moins" | "peur" | "crainte")
                && raw
                    .get(m + 1)
                    .is_some_and(|x| x == "que" || x.starts_with("qu'"))
        });
        let mut partner = None;
        for m in k + 1..(k + 6).min(toks.len()) {
            // ne … que is "only": a word after the que is no partner ("l'Allemagne n'en
            // sera que plus respectée").
            if raw[m] == "que" || raw[m].starts_with("qu'") {
                break;
            }
            let p = toks[m].as_str();
            if NE_PARTNERS.contains(&p) && !(expletive && p == "plus") {
                used[m] = true;
                found = true;
                partner = Some(m);
            }
        }
        // Negations English may render without one: "ne … plus que" (only … left) and "le
        // plus … que j'aie jamais vu" (ever).
        let restrictive = partner.is_some_and(|m| {
            let next = raw.get(m + 1).map_or("", |x| x.as_str());
            (toks[m] == "plus" && (next == "que" || next.starts_with("qu'")))
                || (toks[m] == "jamais" && superlative_before(&raw, k))
        });
        if restrictive {
            optional += 1;
        }
        // Personne ne …, rien n'…, aucun soldat n'…: one negation.
        if k > 0 && matches!(toks[k - 1].as_str(), "personne" | "rien" | "nul" | "nulle") {
            found = !used[k - 1] || found;
            used[k - 1] = true;
        }
        for m in k.saturating_sub(6)..k {
            if matches!(toks[m].as_str(), "aucun" | "aucune" | "nul" | "nulle") && !used[m] {
                used[m] = true;
                found = true;
            }
        }
        // Ne alone with pouvoir, savoir, oser, cesser (il ne peut être prédit).
        let mut bare = t
            .strip_prefix("n'")
            .unwrap_or(toks.get(k + 1).map_or("", |x| x.as_str()));
        // … or their past participle after an auxiliary (n'aurait pu, n'a su, n'avait osé).
        let next = if t == "ne" { k + 2 } else { k + 1 };
        if AVOIR.contains(&bare) {
            if let Some(p) = toks
                .get(next)
                .filter(|p| matches!(p.as_str(), "pu" | "su" | "ose" | "cesse"))
            {
                bare = p;
            }
        }
        // (but ne … que is "only": on ne peut que s'en réjouir, on ne peut voir ou entendre
        // que très peu).
        let only =
            (k + 1..(k + 7).min(toks.len())).any(|m| raw[m] == "que" || raw[m].starts_with("qu'"));
        if !found
            && !only
            && (["peu", "pouv", "pourr", "sau", "sai", "sav", "os", "cess"]
                .iter()
                .any(|p| bare.starts_with(p))
                || matches!(bare, "pu" | "su"))
        {
            found = true;
        }
        if found {
            n += 1;
            // "… n'a pas A et ne fournit aucun B": English may join both under one negation
            // ("has not A, nor B"; "doesn't A or B").
            if n > 1 && k > 0 && matches!(raw[k - 1].as_str(), "et" | "ni" | "ou") {
                joined += 1;
            }
            let verb = toks.get(k + 1).map_or("", |x| x.as_str());
            let elided = t.strip_prefix("n'").unwrap_or("");
            let litote = ["hesit", "oubli"].iter().any(|p| elided.starts_with(p))
                || elided.starts_with("est-ce")
                || (t == "ne" && verb.starts_with("manqu"));
            if litote {
                optional += 1;
                litotes += 1;
            }
        }
    }
    let mut last: Option<usize> = None;
    for k in 0..toks.len() {
        let t = toks[k].as_str();
        if used[k] {
            last = Some(k);
            continue;
        }
        // "ou non", "ou pas" (whether or not) are no negations; "peu ou pas de" is one.
        let before_de = raw
            .get(k + 1)
            .is_some_and(|x| x == "de" || x.starts_with("d'"));
        if (t == "non" || t == "pas" && !before_de) && k > 0 && toks[k - 1] == "ou" {
            continue;
        }
        // "pas mal de" is "quite a lot of".
        if t == "pas"
            && raw.get(k + 1).is_some_and(|x| x == "mal")
            && raw
                .get(k + 2)
                .is_some_and(|x| x == "de" || x.starts_with("d'"))
        {
            continue;
        }
        // Sans (see `FrenchNegations::without`), except in names (Médecins Sans
        // Frontières) and set phrases (sans doute: probably; sans danger: safely; sans
        // cesse: constantly; il va sans dire: needless to say).
        let sans = t == "sans"
            && (!ws[k].text.starts_with('S') || ws[k].sentence_start)
            && !raw.get(k + 1).is_some_and(|x| {
                // (sans aucun, sans rien: counted below, as a negation either way.)
                matches!(
                    x.as_str(),
                    "doute"
                        | "danger"
                        | "cesse"
                        | "dire"
                        | "conteste"
                        | "aucun"
                        | "aucune"
                        | "rien"
                )
            });
        if sans {
            without += 1;
            last_sans = Some(k);
            continue;
        }
        if implicit_negative(&toks, k) {
            implicit += 1;
            continue;
        }
        let prev = if k > 0 { raw[k - 1].as_str() } else { "" };
        // "sans aucun doute", "sans rien": without any (or no) doubt, without anything.
        // ("Sans jamais" is mostly "never".)
        let after_sans =
            prev == "sans" && matches!(t, "aucun" | "aucune" | "rien" | "nul" | "nulle");
        // "un pas vers", "le premier pas": the noun.
        if t == "pas" && PAS_NOUN_BEFORE.contains(&prev) {
            continue;
        }
        // English words quoted in French ("did not finish") count as in English.
        let english =
            matches!(t, "not" | "never" | "nothing" | "nobody" | "cannot") || t.ends_with("n't");
        if english
            || matches!(
                t,
                "pas" | "non" | "aucun" | "aucune" | "rien" | "ni" | "nullement"
            )
            || t.starts_with("non-")
        {
            // "ni … ni …" continue the negation before them (neither … nor), or a sans
            // earlier in the sentence ("sans énergie … ni moyens de transport": without …
            // or).
            let after_a_sans =
                last_sans.is_some_and(|s| !ws[s + 1..=k].iter().any(|w| w.sentence_start));
            if !(t == "ni" && (last.is_some() || after_a_sans)) && last.is_none_or(|l| k > l + 3) {
                n += 1;
                if after_sans {
                    optional += 1;
                }
                // "pas moins de 20 %" (as many as).
                if matches!(t, "pas" | "non") && toks.get(k + 1).is_some_and(|x| x == "moins") {
                    optional += 1;
                }
            }
            last = Some(k);
        } else if t == "jamais"
            && k > 0
            && !matches!(raw[k - 1].as_str(), "que" | "si" | "qu'" | "jamais")
            && !raw[k - 1].ends_with("qu'")
            && !raw[k.saturating_sub(4)..k].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "pire"
                        | "pires"
                        | "plus"
                        | "moins"
                        | "meilleur"
                        | "meilleure"
                        | "meilleurs"
                        | "meilleures"
                        | "premier"
                        | "premiere"
                        | "premiers"
                        | "premieres"
                        | "seul"
                        | "seule"
                        | "seuls"
                        | "seules"
                )
            })
        {
            // "du jamais vu", "des structures jamais vues": never (but "plus que jamais",
            // "si jamais", "la pire épidémie jamais enregistrée": ever).
            if last.is_none_or(|l| k > l + 3) {
                n += 1;
                if after_sans {
                    optional += 1;
                }
            }
            last = Some(k);
        }
    }
    FrenchNegations {
        fewest: n - optional,
        units: n,
        implicit,
        joined,
        litotes,
        without,
    }
}

/// Whether `toks[k]` (folded, elisions removed) is negative by meaning: see
/// [`negation_bounds`].
fn implicit_negative(toks: &[String], k: usize) -> bool {
    let t = toks[k].as_str();
    matches!(
        t,
        "absence"
            | "inutile"
            | "inutiles"
            | "impossible"
            | "impossibles"
            | "incapable"
            | "incapables"
            | "manque"
            | "rarement"
            | "difficilement"
    ) || ["echou", "refus"].iter().any(|p| t.starts_with(p))
}

/// Whether the ne at `k` follows a relative "que" after a superlative: "le plus
/// apocalyptique que je n'aie jamais connu" (the most … ever).
fn superlative_before(raw: &[String], k: usize) -> bool {
    (k.saturating_sub(3)..k)
        .find(|&m| raw[m] == "que" || raw[m].starts_with("qu'"))
        .is_some_and(|q| {
            // Within four words before the que, with no other que between.
            (q.saturating_sub(4)..q).rev().any(|m| {
                let w = raw[m].as_str();
                let article = m > 0 && matches!(raw[m - 1].as_str(), "le" | "la" | "les");
                (matches!(w, "plus" | "moins") && article
                    || [
                        "meilleur", "pire", "premier", "premiere", "seul", "dernier", "derniere",
                    ]
                    .iter()
                    .any(|p| w.starts_with(p)))
                    && !raw[m + 1..q]
                        .iter()
                        .any(|x| x == "que" || x.starts_with("qu'"))
            })
        })
}

/// Whether a French word links to an English word: a lexicon translation (stems compared
/// as the lexicon makes them), the same number, or a cognate / copied name (near-identical
/// spelling, see [`same_word`]).
pub fn links(f: &FrWord, e: &Word, lex: Option<&Lexicon>) -> bool {
    if f.class == Class::Number || e.class == Class::Number {
        return false; // numbers are compared by value
    }
    if same_word(&f.word, e) || lex.is_some_and(|lex| translates(f, e, lex)) {
        return true;
    }
    // Names written a little differently (Tchaïkovski / Tchaikovsky).
    f.class == Class::Name && e.class == Class::Name && same_name(&f.word, e)
}

/// Whether the lexicon translates a French word by an English word (stems compared as the
/// lexicon makes them): the part of [`links`] that is translation, not spelling.
pub fn translates(f: &FrWord, e: &Word, lex: &Lexicon) -> bool {
    let stems = lex.lookup_word(&f.word.norm);
    !stems.is_empty() && stems.contains(&english_stem(&e.norm))
}

/// The French quotation prepared for scoring English passages: its content words, names and
/// numbers with their lexicon translations.
pub struct Witness<'a> {
    words: Vec<FrWord>,
    /// English stems of each word (lexicon), empty when none.
    stems: Vec<Vec<String>>,
    /// Number values of each word (its number's values when it starts one).
    values: Vec<Vec<f64>>,
    weights: Vec<f64>,
    total: f64,
    lex: Option<&'a Lexicon>,
}

impl<'a> Witness<'a> {
    pub fn new(french: &str, lex: Option<&'a Lexicon>) -> Witness<'a> {
        let all = french_words(french);
        let nums = number_spans(&all);
        let mut words = Vec::new();
        let mut values = Vec::new();
        for (k, w) in all.iter().enumerate() {
            if !matches!(w.class, Class::Content | Class::Name | Class::Number) {
                continue;
            }
            let vs: Vec<f64> = nums.iter().filter(|n| n.1 == k).map(|n| n.0).collect();
            if w.class == Class::Number && vs.is_empty() {
                continue; // a later word of a number ("deux millions": millions)
            }
            words.push(w.clone());
            values.push(vs);
        }
        let stems = words
            .iter()
            .map(|f| lex.map_or_else(Vec::new, |l| l.lookup_word(&f.word.norm).to_vec()))
            .collect();
        // Names and numbers say more about which passage it is than common words.
        let weights: Vec<f64> = words
            .iter()
            .map(|f| if f.class == Class::Content { 1.0 } else { 2.0 })
            .collect();
        let total = weights.iter().sum();
        Witness {
            words,
            stems,
            values,
            weights,
            total,
            lex,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether French word `k` links to English word `e`.
    fn links(&self, k: usize, e: &Word, e_stem: &str, e_values: &[f64]) -> bool {
        let f = &self.words[k];
        if f.class == Class::Number {
            return self.values[k].iter().any(|v| {
                e_values
                    .iter()
                    .any(|x| (x - v).abs() <= 1e-9 * v.abs().max(1.0))
            });
        }
        if e.class == Class::Stop || e.class == Class::Number {
            return false;
        }
        self.stems[k].iter().any(|s| s == e_stem)
            || same_word(&f.word, e)
            || (f.class == Class::Name && links(f, e, None))
    }

    /// The lexicon the witness links words with (None: cognates, names, numbers only).
    pub fn lexicon(&self) -> Option<&'a Lexicon> {
        self.lex
    }

    /// How well the English `passage` (words, as [`words`] makes them) renders the French:
    /// an F-score of French words linked (weighted: names and numbers twice) and of the
    /// passage's non-function words linked, 0..1.
    pub fn score(&self, passage: &[&Word]) -> f64 {
        if self.words.is_empty() || passage.is_empty() {
            return 0.0;
        }
        let mut e_values: Vec<Vec<f64>> = vec![Vec::new(); passage.len()];
        for (v, i, _) in super::words::numbers(passage) {
            e_values[i].push(v);
        }
        let mut got = vec![false; self.words.len()];
        let mut hits = 0usize;
        let mut content = 0usize;
        for (j, e) in passage.iter().enumerate() {
            if e.class == Class::Stop || e.class == Class::Negation {
                continue;
            }
            if e.class == Class::Number && e_values[j].is_empty() {
                continue;
            }
            content += 1;
            let e_stem = english_stem(&e.norm);
            let mut hit = false;
            for (k, g) in got.iter_mut().enumerate() {
                if self.links(k, e, &e_stem, &e_values[j]) {
                    *g = true;
                    hit = true;
                }
            }
            hits += usize::from(hit);
        }
        let recall: f64 = got
            .iter()
            .zip(&self.weights)
            .filter(|(g, _)| **g)
            .map(|(_, w)| w)
            .sum::<f64>()
            / self.total;
        let precision = hits as f64 / content.max(1) as f64;
        if recall + precision <= 0.0 {
            0.0
        } else {
            2.0 * recall * precision / (recall + precision)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_negation_units() {
        assert_eq!(negation_units("Nous ne relèverons pas les impôts"), 1);
        assert_eq!(negation_units("Il n'a jamais rien dit"), 1);
        assert_eq!(negation_units("Personne n'est venu"), 1);
        assert_eq!(negation_units("Aucun soldat n'a été tué"), 1);
        assert_eq!(negation_units("Ils ne font que parler"), 0);
        assert_eq!(negation_units("plus que jamais, une personne"), 0);
        assert_eq!(negation_units("Pas question. Il ne viendra plus."), 2);
        assert_eq!(negation_units("non seulement la France"), 1);
        assert_eq!(negation_units("les non-croyants"), 1);
        assert_eq!(
            negation_units("ils n'avaient pas de maïs, ni de tomates, ni de pommes de terre"),
            1
        );
        assert_eq!(negation_units("Aucun dommage grave n'a été signalé"), 1);
        assert_eq!(
            negation_units("il a précisé qu'aucun autre commentaire ne sera fait"),
            1
        );
        assert_eq!(negation_units("le comportement ne peut être prédit"), 1);
        assert_eq!(negation_units("On ne peut que se demander"), 0);
        assert_eq!(
            negation_units("(différences ou non, ça ne veut pas dire)"),
            1
        );
        assert_eq!(negation_units("elle a obtenu un « did not finish »"), 1);
        // Ne … que further on is "only"; jamais alone is "never" except after que / si.
        assert_eq!(
            negation_units("on ne peut voir ou entendre que très peu de choses"),
            0
        );
        assert_eq!(negation_units("des processus jamais vus auparavant"), 1);
        assert_eq!(negation_units("c'est du jamais vu"), 1);
        assert_eq!(negation_units("si jamais il revient, plus que jamais"), 0);
        assert_eq!(negation_units("la pire épidémie jamais enregistrée"), 0);
        assert_eq!(negation_units("le plus grand navire jamais construit"), 0);
        // Litotes and the tag question may be rendered without a negation.
        assert_eq!(negation_range("N'hésitez pas à nous écrire"), (0, 1));
        assert_eq!(
            negation_range("ne manquez pas de visiter le sanctuaire"),
            (0, 1)
        );
        assert_eq!(
            negation_range("la Terre ne bouge pas, n'est-ce pas ?"),
            (1, 2)
        );
        // Without any, no doubt: "sans aucun doute" may be rendered with or without one.
        assert_eq!(
            negation_range("Sans aucun doute, il s'agit de lui."),
            (0, 1)
        );
        assert_eq!(negation_range("des femmes qui arrivent sans rien"), (0, 1));
        assert_eq!(negation_range("sans jamais avoir à s'en approcher"), (1, 1));
        // The noun pas (a step).
        assert_eq!(negation_units("un pas vers l'augmentation du taux"), 0);
        assert_eq!(negation_units("c'est le premier pas, pas le dernier"), 1);
        // Literary ne with a past participle of pouvoir / savoir.
        assert_eq!(
            negation_units("une histoire qui n'aurait pu être écrite"),
            1
        );
        assert_eq!(negation_units("il n'a su répondre"), 1);
        assert_eq!(negation_units("il a pu répondre"), 0);
        // A second negation joined by et / ni may share the first in English (nor, or).
        assert_eq!(
            negation_bounds("il ne vous donne pas de congés et ne vous paie pas").joined,
            1
        );
        assert_eq!(
            negation_bounds("il ne vous donne pas de congés. Il ne vous paie pas").joined,
            0
        );
        assert_eq!(negation_range("nous ne relèverons pas les impôts"), (1, 1));
    }

    #[test]
    fn words_that_look_like_negations_and_are_none() {
        // Né (born) folds to ne; "pas mal de" is "quite a lot of".
        assert_eq!(negation_units("il est né peu après le big bang"), 0);
        assert_eq!(negation_units("ils se posent pas mal de questions"), 0);
        assert_eq!(negation_units("ce n'est pas mal"), 1);
        // The expletive ne of "avant que … ne", whatever follows it.
        assert_eq!(
            negation_units("avant que Galilée ne l'utilisât un an plus tard"),
            0
        );
        // ne … que is "only": a plus after the que is no partner of the ne.
        assert_eq!(
            negation_units("l'Allemagne n'en sera que plus respectée"),
            0
        );
        // "ne … plus que" (only … left) and "le plus … que j'aie jamais vu" (ever) may be
        // rendered without a negation, or with one.
        assert_eq!(
            negation_range("vous ne disposez plus que d'une petite vitrine"),
            (0, 1)
        );
        assert_eq!(
            negation_range("le semestre le plus dur que je n'aie jamais connu"),
            (0, 1)
        );
        assert_eq!(
            negation_range("le plus vite possible, mais 31 % pensent qu'il ne devrait jamais"),
            (1, 1)
        );
        // Sans is counted apart; "sans … ni …" is one: without … or.
        let b = negation_bounds("Sans énergie ni moyens de transport, il n'y a pas de mine.");
        assert_eq!((b.units, b.without), (1, 1));
        // (Far into the sentence, as written: "Sans énergie pour traiter le minerai de fer
        // ou de cuivre sur place, ni de moyens de transport …"; not in the next one.)
        let long = "Sans énergie pour traiter le minerai de fer ou de cuivre sur place, ni de \
                    moyens de transport, il n'y a pas de mine.";
        assert_eq!(negation_bounds(long).units, 1);
        assert_eq!(
            negation_bounds("Il part sans bagage. Ni lui ni elle.").units,
            1
        );
        assert_eq!(negation_bounds("Médecins Sans Frontières").without, 0);
        assert_eq!(negation_bounds("c'est sans doute vrai").without, 0);
    }

    #[test]
    fn french_number_values() {
        let vs = |s: &str| french_numbers(&french_words(s));
        assert_eq!(vs("deux millions de personnes"), vec![2e6]);
        assert_eq!(
            vs("20\u{a0}000 soldats et 1,5 million"),
            vec![20000.0, 1.5e6]
        );
        assert_eq!(
            vs("quatre-vingt-dix ans, vingt-cinq jours"),
            vec![90.0, 25.0]
        );
        assert_eq!(vs("en 2025, trois cents"), vec![2025.0, 300.0]);
        assert!(vs("une personne").is_empty());
        assert_eq!(vs("la guerre (1894–1895)"), vec![1894.0, 1895.0]);
        assert_eq!(vs("au XVIIe siècle, Louis XIV"), vec![17.0]);
        assert!(vs("Le film. Ce jour").is_empty());
        assert!(french_number_list(&french_words("des milliers de moustiquaires")).is_empty());
        let l = french_number_list(&french_words("vers 21 h 00 ou 7 h 19, les deux"));
        let vals: Vec<Vec<f64>> = l.iter().map(|n| n.values.clone()).collect();
        assert_eq!(
            vals,
            // Minutes belong to their hour; wire style "2100 GMT".
            vec![vec![21.0, 9.0, 2100.0], vec![7.0, 719.0], vec![2.0]]
        );
        assert!(l[2].two_word && !l[0].two_word);
        // Numbers in words without hyphens, read group by group.
        assert_eq!(vs("c'est six cent soixante six"), vec![666.0]);
        assert_eq!(vs("trois mille cinq cents euros"), vec![3500.0]);
        assert_eq!(vs("deux millions trois cent mille"), vec![2_300_000.0]);
        assert_eq!(vs("cent vingt jours"), vec![120.0]);
        assert_eq!(vs("mille deux cents"), vec![1200.0]);
        assert_eq!(vs("deux, trois jours"), vec![2.0, 3.0]);
        // And a half; decades both ways.
        let vals = |s: &str| {
            french_number_list(&french_words(s))
                .into_iter()
                .map(|n| n.values)
                .collect::<Vec<_>>()
        };
        // Clock minutes after "heures"; "1h30" is also 1.5 hours.
        assert_eq!(vals("à 11 heures 10 du matin"), vec![vec![11.0, 1110.0]]);
        assert_eq!(vals("pendant 1h30"), vec![vec![1.0, 1.5]]);
        assert_eq!(vals("2 millions et demi"), vec![vec![2e6, 2.5e6]]);
        assert_eq!(vals("deux ans et demi"), vec![vec![2.0, 2.5]]);
        assert_eq!(vals("les années 1980"), vec![vec![1980.0, 80.0]]);
    }

    #[test]
    fn witness_scores_the_passage_that_renders_the_french() {
        let mut lex = Lexicon::default();
        lex.add("voie", ["way", "path"]);
        lex.add("ancien", ["old", "former"]);
        lex.add("éviter", ["avoid"]);
        let w = Witness::new(
            "Il faut éviter l'ancienne voie vers Goma, à 20 km.",
            Some(&lex),
        );
        let score = |t: &str| {
            let ws = words(t, 0);
            let refs: Vec<&Word> = ws.iter().collect();
            w.score(&refs)
        };
        let right = score("We must avoid the old path to Goma, 20 km away.");
        let wrong = score("We must take the new road to Kigali, 30 km away.");
        assert!(right > 0.7, "{right}");
        assert!(wrong < 0.2, "{wrong}");
    }

    #[test]
    fn french_classes_and_links() {
        // A name after an elided article or preposition is still a name.
        let el = french_words("le taux d'Ebola et l’Irak, aujourd'hui");
        let names: Vec<&str> = el
            .iter()
            .filter(|w| w.class == Class::Name)
            .map(|w| w.word.norm.as_str())
            .collect();
        assert_eq!(names, vec!["ebola", "irak"]);
        let fw = french_words("Selon Luna, la voie est fermée");
        let classes: Vec<Class> = fw.iter().map(|w| w.class).collect();
        assert_eq!(
            classes,
            vec![
                Class::Stop,
                Class::Name,
                Class::Stop,
                Class::Content,
                Class::Stop,
                Class::Content
            ]
        );
        let mut lex = Lexicon::default();
        lex.add("voie", ["way", "path"]);
        let en = words("the old path was closed by Luna", 0);
        assert!(links(&fw[3], &en[2], Some(&lex)));
        assert!(!links(&fw[3], &en[2], None));
        assert!(links(&fw[1], &en[6], None));
        // fermée / closed: not a cognate, not in this lexicon.
        assert!(!links(&fw[5], &en[4], Some(&lex)));
    }
}
