//! What the aligner compares: each sentence becomes a list of content tokens, and each
//! token a few integer *keys*. Two tokens on opposite sides "match" when they share a key:
//! a French word's dictionary translations (as English stems), a cognate prefix after
//! accent folding (which also covers identical strings and names), a number, or a
//! punctuation mark that survives translation (question and exclamation marks, quotes).
//! Function words are dropped: they carry no evidence and would only dilute the counts.

use super::lexicon::{english_stem, fold, Lexicon};
use std::collections::HashMap;

/// Dense integer ids for key strings, shared by both sides of one alignment.
#[derive(Default)]
pub struct Interner {
    map: HashMap<String, u32>,
}

impl Interner {
    pub fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.map.get(key) {
            return id;
        }
        let id = self.map.len() as u32;
        self.map.insert(key.to_string(), id);
        id
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// One side of the alignment (French, English, or the machine translation of the French),
/// flattened: sentence -> tokens -> keys, as prefix offsets. At coarser levels of the search
/// consecutive sentences are merged into blocks, which only drops offsets.
#[derive(Clone, Debug, Default)]
pub struct Side {
    /// `sent_tok[i]..sent_tok[i + 1]` are the tokens of item `i`.
    pub sent_tok: Vec<u32>,
    /// `tok_key[t]..tok_key[t + 1]` are the keys of token `t`.
    pub tok_key: Vec<u32>,
    pub keys: Vec<u32>,
    /// Length in characters of each item (for the length model).
    pub chars: Vec<f64>,
    /// How many original sentences each item stands for.
    pub weight: Vec<u32>,
    /// Evidence carried by each token: rare words count more than frequent ones.
    pub tok_weight: Vec<f32>,
    /// Sum of the token weights of each item.
    pub mass: Vec<f64>,
}

impl Side {
    pub fn len(&self) -> usize {
        self.chars.len()
    }
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }
    pub fn tokens(&self, i: usize) -> std::ops::Range<usize> {
        self.sent_tok[i] as usize..self.sent_tok[i + 1] as usize
    }
    pub fn n_tokens(&self, i: usize) -> u32 {
        self.sent_tok[i + 1] - self.sent_tok[i]
    }
    pub fn token_keys(&self, t: usize) -> &[u32] {
        &self.keys[self.tok_key[t] as usize..self.tok_key[t + 1] as usize]
    }
    pub fn total_tokens(&self) -> usize {
        self.tok_key.len().saturating_sub(1)
    }

    /// Weigh each token by how rare its word is in this document (inverse sentence
    /// frequency, mixed with a flat weight by `idf`), and fill `mass`. `word[t]` identifies
    /// token `t`'s word.
    fn set_weights(&mut self, word: &[u32], idf: f64) {
        let n = self.len();
        let mut df: HashMap<u32, (usize, u32)> = HashMap::new();
        for i in 0..n {
            for t in self.tokens(i) {
                let e = df.entry(word[t]).or_insert((usize::MAX, 0));
                if e.0 != i {
                    e.0 = i;
                    e.1 += 1;
                }
            }
        }
        let norm = ((n + 1) as f64).ln().max(1e-9);
        self.tok_weight = word
            .iter()
            .map(|w| {
                let d = df[w].1 as f64;
                let rare = (((n + 1) as f64) / d).ln().max(0.0) / norm;
                ((1.0 - idf) + idf * rare) as f32
            })
            .collect();
        self.mass = (0..n)
            .map(|i| self.tokens(i).map(|t| self.tok_weight[t] as f64).sum())
            .collect();
    }

    /// Merge consecutive items two by two (the last one stays alone when the count is odd).
    pub fn coarsen(&self) -> Side {
        let n = self.len();
        let mut out = Side {
            sent_tok: Vec::with_capacity(n / 2 + 2),
            tok_key: self.tok_key.clone(),
            keys: self.keys.clone(),
            chars: Vec::with_capacity(n / 2 + 1),
            weight: Vec::with_capacity(n / 2 + 1),
            tok_weight: self.tok_weight.clone(),
            mass: Vec::with_capacity(n / 2 + 1),
        };
        out.sent_tok.push(self.sent_tok[0]);
        let mut i = 0;
        while i < n {
            let j = (i + 2).min(n);
            out.sent_tok.push(self.sent_tok[j]);
            out.chars.push(self.chars[i..j].iter().sum());
            out.weight.push(self.weight[i..j].iter().sum());
            out.mass.push(self.mass[i..j].iter().sum());
            i = j;
        }
        out
    }
}

/// Which vocabulary a side's words are in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Vocab {
    French,
    English,
}

const FR_STOP: &[&str] = &[
    "a", "ai", "aie", "aient", "ait", "as", "au", "aux", "avait", "avais", "avez", "avoir", "c",
    "ca", "ce", "cela", "celle", "celui", "ces", "cet", "cette", "ceux", "d", "dans", "de", "des",
    "du", "elle", "elles", "en", "est", "et", "etait", "etais", "ete", "etre", "eu", "eux", "fut",
    "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais",
    "me", "mes", "moi", "mon", "n", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou", "par",
    "pas", "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "si", "son", "sont", "sur", "t",
    "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "donc", "car",
    "or", "dont", "ces", "meme", "sans", "avec", "comme", "plus", "tout", "tous", "toute",
    "toutes", "tres", "bien", "aussi", "alors", "quand", "avaient", "etaient", "sera", "serait",
];

const EN_STOP: &[&str] = &[
    "a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but",
    "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her",
    "hers", "him", "his", "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not",
    "of", "on", "or", "our", "s", "she", "so", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "to", "us", "was", "we", "were", "what", "when",
    "which", "who", "whom", "will", "with", "would", "you", "your", "shall", "should", "t", "d",
    "ll", "m", "re", "ve", "very", "more", "one", "upon", "said", "should", "too",
];

pub fn is_stopword(word: &str, vocab: Vocab) -> bool {
    let list = match vocab {
        Vocab::French => FR_STOP,
        Vocab::English => EN_STOP,
    };
    list.contains(&word)
}

/// Split a sentence into word tokens (letters and digits) and the punctuation marks that
/// carry over between languages; `f` gets each token and whether it is punctuation.
pub(crate) fn for_each_token(text: &str, mut f: impl FnMut(&str, bool)) {
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            f(&text[s..i], false);
        }
        match c {
            '?' => f("?", true),
            '!' => f("!", true),
            '«' | '»' | '“' | '”' | '"' => f("\"", true),
            _ => {}
        }
    }
    if let Some(s) = start {
        f(&text[s..], false);
    }
}

/// Options of the feature extraction (the lengths are in characters after folding).
#[derive(Clone, Copy, Debug)]
pub struct FeatureOptions {
    /// Length of the cognate prefix; words shorter than this are not cognate-matched.
    pub cognate_prefix: usize,
    /// How much token weights follow word rarity: 0 all tokens weigh 1, 1 pure inverse
    /// sentence frequency.
    pub idf: f64,
}

impl Default for FeatureOptions {
    fn default() -> Self {
        FeatureOptions {
            cognate_prefix: 4,
            idf: 0.5,
        }
    }
}

/// Build a side from sentences. French words get dictionary keys (their translations'
/// English stems) when `lexicon` is given; English words get their own stem as a key.
pub fn build_side(
    sentences: &[&str],
    vocab: Vocab,
    lexicon: Option<&Lexicon>,
    interner: &mut Interner,
    opts: &FeatureOptions,
) -> Side {
    let mut side = Side {
        sent_tok: vec![0],
        tok_key: vec![0],
        ..Default::default()
    };
    let mut buf = String::new();
    let mut key = String::new();
    let mut words: HashMap<String, u32> = HashMap::new();
    let mut tok_word: Vec<u32> = Vec::new();
    // Dedupe quotes within a sentence: an opening and a closing mark are one quotation.
    for s in sentences {
        let mut quote_seen = false;
        for_each_token(s, |tok, punct| {
            let before = side.keys.len();
            if punct {
                if tok == "\"" {
                    if quote_seen {
                        return;
                    }
                    quote_seen = true;
                }
                key.clear();
                key.push('p');
                key.push_str(tok);
                side.keys.push(interner.id(&key));
            } else {
                fold(tok, &mut buf);
                if buf.chars().all(|c| c.is_ascii_digit()) {
                    key.clear();
                    key.push('#');
                    key.push_str(buf.trim_start_matches('0'));
                    side.keys.push(interner.id(&key));
                } else {
                    if is_stopword(&buf, vocab) {
                        return;
                    }
                    let nchars = buf.chars().count();
                    if nchars >= opts.cognate_prefix.max(2) {
                        key.clear();
                        key.push('c');
                        key.extend(buf.chars().take(opts.cognate_prefix));
                        side.keys.push(interner.id(&key));
                    }
                    match vocab {
                        Vocab::English => {
                            key.clear();
                            key.push('s');
                            key.push_str(&english_stem(&buf));
                            side.keys.push(interner.id(&key));
                        }
                        Vocab::French => {
                            if let Some(lex) = lexicon {
                                for en in lex.lookup_word(&buf) {
                                    key.clear();
                                    key.push('s');
                                    key.push_str(en);
                                    let id = interner.id(&key);
                                    if !side.keys[before..].contains(&id) {
                                        side.keys.push(id);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if side.keys.len() > before {
                side.tok_key.push(side.keys.len() as u32);
                let w = if punct { tok } else { buf.as_str() };
                let next = words.len() as u32;
                tok_word.push(*words.entry(w.to_string()).or_insert(next));
            }
        });
        side.sent_tok.push((side.tok_key.len() - 1) as u32);
        side.chars.push(s.chars().count() as f64);
        side.weight.push(1);
    }
    side.set_weights(&tok_word, opts.idf);
    side
}

/// Character n-grams of each sentence (words lower-cased, accent-folded and padded with
/// a boundary mark), one token per n-gram occurrence: comparing a machine translation with
/// the English through these is a chrF-like similarity that tolerates inflection and
/// spelling differences.
pub fn build_char_side(sentences: &[&str], n: usize, interner: &mut Interner) -> Side {
    let mut side = Side {
        sent_tok: vec![0],
        tok_key: vec![0],
        ..Default::default()
    };
    let mut buf = String::new();
    let mut padded: Vec<char> = Vec::new();
    let mut gram = String::new();
    for s in sentences {
        for word in s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            fold(word, &mut buf);
            padded.clear();
            padded.push('_');
            padded.extend(buf.chars());
            padded.push('_');
            for w in padded.windows(n.min(padded.len())) {
                gram.clear();
                gram.push('g');
                gram.extend(w.iter());
                side.keys.push(interner.id(&gram));
                side.tok_key.push(side.keys.len() as u32);
            }
        }
        side.sent_tok.push((side.tok_key.len() - 1) as u32);
        side.chars.push(s.chars().count() as f64);
        side.weight.push(1);
    }
    side.tok_weight = vec![1.0; side.total_tokens()];
    side.mass = (0..side.len()).map(|i| side.n_tokens(i) as f64).collect();
    side
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_keys() {
        let mut int = Interner::default();
        let side = build_side(
            &["Le roi est-il à Paris ? « Oui », en 1789."],
            Vocab::French,
            None,
            &mut int,
            &FeatureOptions::default(),
        );
        // roi (too short for a cognate: no key, dropped), Paris, ?, quote, Oui? (3 chars,
        // no key), 1789.
        assert_eq!(side.len(), 1);
        assert_eq!(side.n_tokens(0), 4, "{side:?}");
    }

    #[test]
    fn coarsen_merges_pairs() {
        let mut int = Interner::default();
        let side = build_side(
            &["Alpha beta.", "Gamma delta.", "Epsilon."],
            Vocab::English,
            None,
            &mut int,
            &FeatureOptions::default(),
        );
        let c = side.coarsen();
        assert_eq!(c.len(), 2);
        assert_eq!(c.n_tokens(0), side.n_tokens(0) + side.n_tokens(1));
        assert_eq!(c.weight, vec![2, 1]);
    }
}
