//! Word lists the boundary rules consult, loaded once from the data files next to this one
//! (`abbrev_fr.txt`, `abbrev_en.txt`; the format is described at the top of each file).

use crate::text::Lang;
use std::collections::HashSet;
use std::sync::OnceLock;

pub(crate) struct Lexicon {
    /// Never ends a sentence (M., Mme, Dr, cf., c.-à-d.).
    title: HashSet<&'static str>,
    /// Not final before a number (p. 35, art. 3).
    number: HashSet<&'static str>,
    /// May end a sentence; a boundary only before a capital (etc., J.-C.).
    final_: HashSet<&'static str>,
    /// Capitalised sentence openers that are not names (Le, Il, The, He).
    starter: HashSet<&'static str>,
    /// Words that cannot end a line of prose (de, le, et; the, of).
    open: HashSet<&'static str>,
    /// Verbs of saying after a question: Que faire ? s'interroge le maire.
    incise: HashSet<&'static str>,
    /// One-letter words that are words, not abbreviations or initials (a, à, y; a, I).
    pub(crate) one_letter_words: &'static [char],
    /// French incises after a quoted question: « Pourquoi ? » demande-t-il.
    pub(crate) inverted_subjects: &'static [&'static str],
}

fn parse(
    data: &'static str,
    one_letter_words: &'static [char],
    inverted_subjects: &'static [&'static str],
) -> Lexicon {
    let mut lex = Lexicon {
        title: HashSet::new(),
        number: HashSet::new(),
        final_: HashSet::new(),
        starter: HashSet::new(),
        open: HashSet::new(),
        incise: HashSet::new(),
        one_letter_words,
        inverted_subjects,
    };
    let mut section = "";
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') && line.ends_with(']') {
            section = line;
            continue;
        }
        let set = match section {
            "[title]" => &mut lex.title,
            "[number]" => &mut lex.number,
            "[final]" => &mut lex.final_,
            "[starter]" => &mut lex.starter,
            "[open]" => &mut lex.open,
            "[incise]" => &mut lex.incise,
            _ => continue,
        };
        set.insert(line);
    }
    lex
}

pub(crate) fn lexicon(lang: Lang) -> &'static Lexicon {
    static FR: OnceLock<Lexicon> = OnceLock::new();
    static EN: OnceLock<Lexicon> = OnceLock::new();
    match lang {
        Lang::Fr => FR.get_or_init(|| {
            parse(
                include_str!("abbrev_fr.txt"),
                &['a', 'à', 'y', 'ô'],
                &[
                    "il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous", "t-il",
                    "t-elle", "t-on",
                ],
            )
        }),
        Lang::En => EN.get_or_init(|| parse(include_str!("abbrev_en.txt"), &['a', 'I'], &[])),
    }
}

/// `word` itself, or with its first letter lower-cased (sentence-initial "Cf.", "Art.").
fn lookup(set: &HashSet<&'static str>, word: &str) -> bool {
    if set.contains(word) {
        return true;
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => {
            let mut lower = String::with_capacity(word.len());
            lower.extend(c.to_lowercase());
            lower.push_str(chars.as_str());
            set.contains(lower.as_str())
        }
        _ => false,
    }
}

impl Lexicon {
    pub(crate) fn is_title(&self, w: &str) -> bool {
        lookup(&self.title, w)
    }
    pub(crate) fn is_number_abbrev(&self, w: &str) -> bool {
        lookup(&self.number, w)
    }
    pub(crate) fn is_final_abbrev(&self, w: &str) -> bool {
        lookup(&self.final_, w)
    }
    pub(crate) fn is_known_abbrev(&self, w: &str) -> bool {
        self.is_title(w) || self.is_number_abbrev(w) || self.is_final_abbrev(w)
    }
    /// Case-sensitive: "Le" starts sentences, "le" does not tell.
    pub(crate) fn is_starter(&self, w: &str) -> bool {
        self.starter.contains(w)
    }
    pub(crate) fn is_incise_verb(&self, w: &str) -> bool {
        self.incise.contains(w)
    }
    pub(crate) fn is_open_word(&self, w: &str) -> bool {
        self.open.contains(w) || lookup(&self.open, w)
    }
}
