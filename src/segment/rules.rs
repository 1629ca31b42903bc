//! The boundary rules: one left-to-right pass over a paragraph.
//!
//! Candidates are line ends and runs of terminal punctuation (`.`, `!`, `?`, `…`, `...`)
//! with the closing quotes and brackets that follow them. Each candidate is decided from
//! the token before it (abbreviation, initial, number, list label) and the token after it
//! (its case, an opening quote or dash, an inverted subject). All look-arounds are bounded,
//! so the pass is linear in the input whatever it holds.

use super::lexicon::Lexicon;

/// How far the rules look back or ahead for a token, in bytes. Longer tokens are not
/// abbreviations; the bound keeps the pass linear on pathological input.
const TOKEN_LIMIT: usize = 96;

/// Semicolons in one sentence from which it is read as an enumeration and split.
const ENUMERATION_MIN_ITEMS: usize = 3;
/// Longest line (in characters) that hard-wrapped text has: its usual width is 72 to 80.
/// A longer line is a paragraph or a sentence of its own, so an initial ending it ends a
/// sentence.
pub(crate) const WRAPPED_LINE_MAX: usize = 100;

/// Bytes that can start something the scanner must look at.
const fn interesting_table() -> [bool; 256] {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'"' as usize] = true;
    t[b')' as usize] = true;
    t[0xE2] = true; // first byte of … (U+2026)
    t
}
static INTERESTING: [bool; 256] = interesting_table();

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// One full stop.
    Period,
    /// `…`, `...`, `..`.
    Ellipsis,
    /// Contains `?` or `!`.
    Strong,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Next {
    Upper,
    Lower,
    Digit,
    /// An opening quote or bracket.
    Opener,
    /// A dialogue or list dash, a bullet.
    Dash,
    /// Other punctuation or symbols (`,`, `;`, `%` ...).
    Other,
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '«' | '“' | '‘' | '"' | '(' | '[' | '{' | '¿' | '¡' | '„' | '‹'
    )
}

fn is_closer(c: char) -> bool {
    matches!(c, '»' | '”' | ')' | ']' | '}' | '›')
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '•' | '*' | '·' | '▪' | '►' | '‒' | '―')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// A line ending with one of these continues on the next line (wrapped text).
fn is_continuation(c: char) -> bool {
    matches!(
        c,
        ',' | '(' | '[' | '{' | '«' | '“' | '‘' | '„' | '-' | '‐' | '/' | '&' | '+' | '='
    )
}

#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|t| t.chars().next_back())
}

/// Start of the whitespace-free token that ends at `end`, at most `TOKEN_LIMIT` bytes back;
/// the flag says the limit was hit.
fn token_start(s: &str, end: usize) -> (usize, bool) {
    let mut i = end;
    for c in s[..end].chars().rev() {
        if c.is_whitespace() {
            return (i, false);
        }
        if end - i >= TOKEN_LIMIT {
            return (i, true);
        }
        i -= c.len_utf8();
    }
    (i, false)
}

/// End of the whitespace-free token that starts at `start`, at most `TOKEN_LIMIT` bytes on.
fn token_end(s: &str, start: usize) -> (usize, bool) {
    let mut i = start;
    for c in s[start..].chars() {
        if c.is_whitespace() {
            return (i, false);
        }
        if i - start >= TOKEN_LIMIT {
            return (i, true);
        }
        i += c.len_utf8();
    }
    (i, false)
}

/// Strip opening punctuation in front of a word and closing punctuation after it.
fn core_word(tok: &str) -> &str {
    tok.trim_start_matches(|c: char| is_opener(c) || is_dash(c) || c == '\'' || c == '’')
        .trim_end_matches(|c: char| is_closer(c) || c == '"' || c == '\'' || c == '’')
}

/// The part after an elided article: l'art → art.
fn after_elision(w: &str) -> &str {
    match w.rfind(['\'', '’']) {
        Some(i) => &w[i + w[i..].chars().next().map_or(1, char::len_utf8)..],
        None => w,
    }
}

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 6 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// Letters with periods inside: J.-P, U.S, B.C.E, c.-à-d, e.g (the final period excluded).
fn is_dotted_abbrev(w: &str) -> bool {
    if !w.contains('.') {
        return false;
    }
    let mut any = false;
    for part in w.split('.') {
        let part = part.trim_start_matches('-');
        let letters = part.chars().filter(|c| c.is_alphabetic()).count();
        if letters == 0 && part.is_empty() {
            continue;
        }
        // "c.-à-d": a part may hold short hyphenated letters.
        if letters > 3 || part.chars().any(|c| !(c.is_alphabetic() || c == '-')) {
            return false;
        }
        any = true;
    }
    any
}

fn looks_like_address(tok: &str) -> bool {
    tok.contains("://")
        || tok.contains('@')
        || tok.starts_with("www.")
        || tok.starts_with("http")
        || tok.contains('/')
}

pub(crate) struct Splitter<'a> {
    p: &'a str,
    lex: &'static Lexicon,
    /// A straight double quote is open (set by quotes whose spacing tells, toggled by the
    /// others).
    pub(crate) dq_open: bool,
    /// `dq_open` at the last cut.
    dq_at_cut: bool,
    sent_start: usize,
    sent_lower: bool,
    cuts: Vec<usize>,
}

/// What a pass leaves for the next piece of a long paragraph.
pub(crate) struct PassEnd {
    /// Where the last sentence found by the punctuation rules starts (0 if none was cut):
    /// a streaming caller keeps the text from there to decide it again with more input.
    pub(crate) last_piece: usize,
    /// A straight double quote is open at `last_piece`.
    pub(crate) dq_at_last_piece: bool,
    /// A straight double quote is open at the end.
    pub(crate) dq_end: bool,
}

/// What the spacing around a straight double quote says it does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum QuoteRole {
    /// Space before, text after: "Je
    Open,
    /// Text before, space or punctuation after: viens."
    Close,
    /// Spaces on both sides (French style: " Je viens. ").
    Either,
    /// Letters on both sides (l"équipe, 12"5): a typo or a unit, not a quotation mark.
    Inner,
}

impl<'a> Splitter<'a> {
    pub(crate) fn new(p: &'a str, lex: &'static Lexicon, dq_open: bool) -> Self {
        let mut s = Splitter {
            p,
            lex,
            dq_open,
            dq_at_cut: dq_open,
            sent_start: 0,
            sent_lower: false,
            cuts: Vec::new(),
        };
        s.start_sentence_at(0);
        s
    }

    /// Start of the token ending at `end`, never before the current sentence: a decision
    /// looks at the sentence it is in, so a long paragraph read in pieces is decided the
    /// same way as a whole one.
    fn token_start(&self, end: usize) -> (usize, bool) {
        let base = if self.sent_start <= end {
            self.sent_start
        } else {
            0
        };
        let (ts, long) = token_start(&self.p[base..], end - base);
        (ts + base, long)
    }

    fn start_sentence_at(&mut self, i: usize) {
        let rest = &self.p[i..];
        let lead = rest.len() - rest.trim_start().len();
        self.sent_start = i + lead;
        self.sent_lower = rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase());
    }

    fn cut(&mut self, at: usize, next: usize) {
        self.cuts.push(at);
        self.dq_at_cut = self.dq_open;
        self.start_sentence_at(next);
    }

    /// Run the pass; returns the trimmed, non-empty sentence spans (byte ranges of `p`).
    pub(crate) fn run(mut self, out: &mut Vec<(usize, usize)>) -> PassEnd {
        let b = self.p.as_bytes();
        let n = b.len();
        let mut i = 0;
        while i < n {
            while i < n && !INTERESTING[b[i] as usize] {
                i += 1;
            }
            if i >= n {
                break;
            }
            i = match b[i] {
                b'\n' => {
                    self.line_end(i);
                    i + 1
                }
                b'"' => {
                    self.dq_open = match self.quote_role(i) {
                        QuoteRole::Open => true,
                        QuoteRole::Close => false,
                        QuoteRole::Either => !self.dq_open,
                        QuoteRole::Inner => self.dq_open,
                    };
                    i + 1
                }
                b'.' | b'!' | b'?' => self.candidate(i),
                b')' => self.after_paren(i),
                _ => {
                    if b[i..].starts_with("…".as_bytes()) {
                        self.candidate(i)
                    } else {
                        i + 1
                    }
                }
            };
        }
        let last_piece = self.cuts.last().copied().unwrap_or(0);
        self.split_enumerations();
        let mut from = 0;
        let p = self.p;
        let mut push = |a: usize, z: usize| {
            let piece = &p[a..z];
            let t = piece.trim_start_matches(super::is_space);
            let start = a + (piece.len() - t.len());
            let t = t.trim_end_matches(super::is_space);
            if !t.is_empty() {
                out.push((start, start + t.len()));
            }
        };
        for &c in &self.cuts {
            push(from, c);
            from = c;
        }
        push(from, n);
        PassEnd {
            last_piece,
            dq_at_last_piece: self.dq_at_cut,
            dq_end: self.dq_open,
        }
    }

    fn quote_role(&self, m: usize) -> QuoteRole {
        let before_space =
            char_before(self.p, m).is_none_or(|c| c.is_whitespace() || (is_opener(c) && c != '"'));
        let after_space = char_at(self.p, m + 1).is_none_or(|c| {
            c.is_whitespace()
                || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '»' | '…')
        });
        let inner = char_before(self.p, m).is_some_and(char::is_alphanumeric)
            && char_at(self.p, m + 1).is_some_and(char::is_alphanumeric);
        match (before_space, after_space) {
            (true, false) => QuoteRole::Open,
            (false, true) => QuoteRole::Close,
            _ if inner => QuoteRole::Inner,
            _ => QuoteRole::Either,
        }
    }

    /// A sentence holding a long semicolon-separated enumeration ("président : X ;
    /// trésorier : Y ; ...") is split after each semicolon: its items are units of their
    /// own, as list items are. One or two semicolons join clauses and stay.
    fn split_enumerations(&mut self) {
        let p = self.p;
        let b = p.as_bytes();
        let mut extra = Vec::new();
        let mut from = 0;
        let mut semis = Vec::new();
        for idx in 0..=self.cuts.len() {
            let to = self.cuts.get(idx).copied().unwrap_or(b.len());
            semis.clear();
            let mut depth = 0i32;
            for (i, &c) in b[from..to].iter().enumerate() {
                match c {
                    b'(' | b'[' => depth += 1,
                    b')' | b']' => depth -= 1,
                    b';' if depth <= 0 => {
                        let at = from + i + 1;
                        if p[at..].starts_with(char::is_whitespace) {
                            semis.push(at);
                        }
                    }
                    _ => {}
                }
            }
            if semis.len() >= ENUMERATION_MIN_ITEMS {
                extra.extend_from_slice(&semis);
            }
            from = to;
        }
        if !extra.is_empty() {
            self.cuts.extend(extra);
            self.cuts.sort_unstable();
        }
    }

    /// A line break that no punctuation candidate has claimed: a boundary unless the line
    /// visibly goes on (ends with a comma, a hyphen, an article, a preposition, M.).
    fn line_end(&mut self, nl: usize) {
        let p = self.p;
        let line = p[..nl].trim_end();
        let Some(last) = line.chars().next_back() else {
            return;
        };
        if line.len() <= self.sent_start && self.sent_start > 0 {
            return; // nothing since the last boundary
        }
        if is_continuation(last) {
            return;
        }
        let (ts, _) = self.token_start(line.len());
        let word = core_word(&line[ts..]);
        if self.lex.is_open_word(word) || (word.len() <= 4 && self.lex.is_title(word)) {
            return;
        }
        // Straight quotes do not run across a line that ends a sentence: counting starts
        // afresh, so one stray quote does not turn the rest of the text around.
        self.dq_open = false;
        self.cut(nl, nl + 1);
    }

    /// A parenthesis closed without terminal punctuation and followed by a capitalised
    /// sentence opener ends a unit: "Patients âgés (65 ans) Aucun ajustement ...",
    /// "(La séance est levée) Par ailleurs". Short labels such as (1), (EN), iii) are not.
    fn after_paren(&mut self, i: usize) -> usize {
        let p = self.p;
        let k = i + 1;
        let rest = &p[k..];
        let ws = rest.len() - rest.trim_start().len();
        if ws == 0 || rest[..ws].contains('\n') || k + ws >= p.len() {
            return k;
        }
        if char_before(p, i).is_some_and(is_terminal) {
            return k;
        }
        let mut window_start = i
            .saturating_sub(TOKEN_LIMIT * 2)
            .max(self.sent_start.min(i));
        while !p.is_char_boundary(window_start) {
            window_start += 1;
        }
        let Some(open) = p
            .get(window_start..i)
            .and_then(|w| w.rfind(['(', ')']))
            .map(|o| window_start + o)
        else {
            return k;
        };
        if p.as_bytes()[open] != b'(' || p[open + 1..i].chars().count() <= 4 {
            return k;
        }
        if open > 0 && !char_before(p, open).is_some_and(char::is_whitespace) {
            return k;
        }
        let next_start = k + ws;
        if self.classify_next(next_start) == Next::Upper
            && self.is_starter(self.next_word(next_start))
        {
            self.cut(k, next_start);
        }
        k
    }

    /// A run of terminal punctuation starts at `ps`; decide it and return where to go on.
    fn candidate(&mut self, ps: usize) -> usize {
        let p = self.p;
        let n = p.len();
        // The punctuation run.
        let mut j = ps;
        let (mut dots, mut strong, mut ell) = (0, false, false);
        while let Some(c) = char_at(p, j) {
            match c {
                '.' => dots += 1,
                '!' | '?' => strong = true,
                '…' => ell = true,
                _ => break,
            }
            j += c.len_utf8();
        }
        let kind = if strong {
            Kind::Strong
        } else if ell || dots >= 2 {
            Kind::Ellipsis
        } else {
            Kind::Period
        };
        // Closing quotes and brackets, possibly after a (non-breaking) space: fin. »
        let mut k = j;
        let mut closer: Option<char> = None;
        loop {
            let mut m = k;
            while let Some(c) = char_at(p, m) {
                if c.is_whitespace() && c != '\n' {
                    m += c.len_utf8();
                } else {
                    break;
                }
            }
            let Some(c) = char_at(p, m) else { break };
            let attached = m == k;
            let take = if is_closer(c) {
                true
            } else if c == '"' {
                // A straight quote closes when its spacing says so, or, when the spacing
                // does not tell, when it is attached or one is open.
                let close = match self.quote_role(m) {
                    QuoteRole::Close => true,
                    QuoteRole::Open | QuoteRole::Inner => false,
                    QuoteRole::Either => attached || self.dq_open,
                };
                if close {
                    self.dq_open = false;
                }
                close
            } else if c == '’' || c == '\'' {
                attached
                    && closer.is_none()
                    && !char_at(p, m + 1).is_some_and(char::is_alphanumeric)
            } else {
                attached && closer.is_some() && is_terminal(c)
            };
            if !take {
                break;
            }
            if closer.is_none() || is_closer(c) || c == '"' {
                closer = Some(c);
            }
            k = m + c.len_utf8();
        }
        // The whitespace after.
        let rest = &p[k..];
        let ws = rest.len() - rest.trim_start().len();
        let next_start = k + ws;
        if next_start >= n {
            return n;
        }
        if ws == 0 {
            if self.missing_space(ps, k, kind, closer) {
                self.cut(k, k);
            }
            return k;
        }
        let line_end = rest[..ws].contains('\n');
        if self.decide(ps, next_start, kind, closer, line_end) {
            if line_end {
                self.dq_open = false;
            }
            self.cut(k, next_start);
        }
        next_start
    }

    fn classify_next(&self, next_start: usize) -> Next {
        let Some(c) = char_at(self.p, next_start) else {
            return Next::Other;
        };
        if c.is_uppercase() {
            Next::Upper
        } else if c.is_lowercase() {
            Next::Lower
        } else if c.is_numeric() || matches!(c, '$' | '€' | '£' | '¥' | '@' | '#') {
            // Amounts, handles and hashtags can open a sentence as numbers do.
            Next::Digit
        } else if is_opener(c) || c == '\'' {
            Next::Opener
        } else if is_dash(c) {
            Next::Dash
        } else if c.is_alphabetic() {
            // Caseless scripts: treat as a sentence start.
            Next::Upper
        } else {
            Next::Other
        }
    }

    /// The word after the candidate, with trailing punctuation removed.
    fn next_word(&self, next_start: usize) -> &'a str {
        let p = self.p;
        let (e, _) = token_end(p, next_start);
        p[next_start..e].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
    }

    fn is_starter(&self, word: &str) -> bool {
        if self.lex.is_starter(word) {
            return true;
        }
        // L'Azerbaïdjan, D'après: the elided article.
        match word.find(['\'', '’']) {
            Some(i) => {
                let end = i + word[i..].chars().next().map_or(1, char::len_utf8);
                self.lex.is_starter(&word[..end])
            }
            None => false,
        }
    }

    fn is_inverted_subject(&self, word: &str) -> bool {
        let Some(h) = word.find('-') else {
            return false;
        };
        let tail = &word[h + 1..];
        self.lex
            .inverted_subjects
            .iter()
            .any(|s| tail.eq_ignore_ascii_case(s))
    }

    /// Is the punctuation at `ps..` followed by whitespace and the token at `next_start`
    /// a sentence boundary?
    fn decide(
        &self,
        ps: usize,
        next_start: usize,
        kind: Kind,
        closer: Option<char>,
        line_end: bool,
    ) -> bool {
        let p = self.p;
        let next = self.classify_next(next_start);
        let newish = matches!(next, Next::Upper | Next::Opener | Next::Dash);
        match kind {
            Kind::Strong => {
                if closer.is_some() {
                    // « Pourquoi ? » demande-t-il.
                    newish
                        || next == Next::Digit
                        || (next == Next::Lower && (line_end || self.sent_lower))
                } else {
                    match next {
                        // (In text whose sentences open with a capital, a lower-case word
                        // after ! alone goes on with the sentence: "le média Splann ! qu'elle
                        // a fondé", "Yahoo ! a annoncé"; not after ?, where "à" often
                        // stands for À: "… ? à combien s'élève …".)
                        Next::Lower => {
                            let word = self.next_word(next_start);
                            let bang_only = !p[ps..]
                                .chars()
                                .take_while(|c| matches!(c, '.' | '!' | '?' | '…'))
                                .any(|c| c == '?');
                            (line_end || self.sent_lower || !bang_only || word == "à")
                                && !(self.is_inverted_subject(word)
                                    || self.lex.is_incise_verb(word))
                        }
                        Next::Other => line_end,
                        _ => true,
                    }
                }
            }
            Kind::Ellipsis => {
                // (...) and […] mark a cut in a quotation, not an end.
                if ps > self.sent_start && matches!(char_before(p, ps), Some('(' | '[')) {
                    return line_end && newish;
                }
                match next {
                    Next::Upper | Next::Opener | Next::Dash => true,
                    Next::Lower => line_end || self.sent_lower,
                    Next::Digit => line_end,
                    Next::Other => false,
                }
            }
            Kind::Period => {
                if closer.is_some() {
                    return newish || next == Next::Digit || (line_end && next == Next::Lower);
                }
                self.decide_period(ps, next_start, next, line_end)
            }
        }
    }

    fn decide_period(&self, ps: usize, next_start: usize, next: Next, line_end: bool) -> bool {
        let p = self.p;
        let lex = self.lex;
        let (ts, long) = self.token_start(ps);
        let tok = &p[ts..ps];
        let word = core_word(tok);
        let newish = matches!(next, Next::Upper | Next::Opener | Next::Dash);
        if long || word.is_empty() {
            return next != Next::Other || line_end;
        }
        let w = after_elision(word);
        if lex.is_title(w) || lex.is_title(word) {
            return false;
        }
        if lex.is_number_abbrev(w) {
            let nw = self.next_word(next_start);
            if matches!(next, Next::Digit | Next::Lower) || is_roman(nw) {
                return false;
            }
        }
        // A list label at the start of a sentence or a line, or after : ; , ( — 1. 2. a. IV.
        let is_label_word = (word.len() <= 3 && word.bytes().all(|c| c.is_ascii_digit()))
            || is_roman(word)
            || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic));
        if is_label_word && tok.len() == word.len() {
            let before = p[..ts].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
            let after_break =
                before.ends_with('\n') || before.ends_with([':', ';', ',', '(', '—', '–']);
            let at_start = after_break || ts <= self.sent_start;
            // "1. la hausse ; 2. la baisse": inline labels take a lower-case item, but only
            // after a colon or the like (a sentence may well end on "XXX." or "IV.").
            let label = match next {
                Next::Lower => after_break && !is_roman(word),
                _ => at_start,
            };
            if label {
                return false;
            }
        }
        let mut chars = w.chars();
        let first = chars.next();
        let single = first.is_some() && chars.next().is_none();
        if single {
            let c = first.unwrap_or(' ');
            if c.is_uppercase() && !lex.one_letter_words.contains(&c) {
                // An initial: A. Blinken. A capitalised sentence opener after it says the
                // letter ended the sentence (plan B. Il ...), and so does a line break after
                // a line longer than hard-wrapped text has ("… from A to B.⏎Airlines know").
                // Before a number it is a reference (article L. 1111-4).
                return match next {
                    Next::Upper => {
                        self.is_starter(self.next_word(next_start))
                            || (line_end && self.line_chars_before(ps) > WRAPPED_LINE_MAX)
                    }
                    Next::Lower | Next::Other | Next::Digit => false,
                    Next::Opener | Next::Dash => true,
                };
            }
            if c.is_alphabetic() && !lex.one_letter_words.contains(&c) {
                // p. s. v. n.: abbreviations.
                return newish;
            }
        }
        if (lex.is_final_abbrev(w) || lex.is_final_abbrev(word)) && !is_dotted_abbrev(word) {
            return newish || (line_end && next != Next::Other);
        }
        if is_dotted_abbrev(word) {
            return match next {
                Next::Upper => self.is_starter(self.next_word(next_start)) || line_end,
                Next::Opener | Next::Dash => true,
                Next::Lower | Next::Digit | Next::Other => false,
            };
        }
        next != Next::Other || line_end
    }

    /// Characters from the start of the line holding byte `i` of the paragraph up to `i`.
    fn line_chars_before(&self, i: usize) -> usize {
        let p = &self.p[..i];
        let start = p.rfind('\n').map_or(0, |k| k + 1);
        p[start..].chars().count()
    }

    /// Terminal punctuation glued to the next word: "fin.Le début". Only a lower-case word
    /// before and a capitalised word after, never inside an address or a dotted name.
    fn missing_space(&self, ps: usize, k: usize, kind: Kind, closer: Option<char>) -> bool {
        let p = self.p;
        let mut after = p[k..].chars();
        let (Some(c1), Some(c2)) = (after.next(), after.next()) else {
            return false;
        };
        if !(c1.is_uppercase() && c2.is_lowercase()) {
            return false;
        }
        let (ts, long_back) = self.token_start(ps);
        let (te, long_fwd) = token_end(p, k);
        if long_back || long_fwd || looks_like_address(&p[ts..te]) {
            return false;
        }
        let word = core_word(&p[ts..ps]);
        match kind {
            Kind::Strong | Kind::Ellipsis => !word.is_empty() || closer.is_some(),
            Kind::Period => {
                if closer.is_some() {
                    return true;
                }
                let w = after_elision(word);
                // A word in lower case (not an acronym or a name's initials) or a year.
                w.chars().count() >= 2
                    && !w.contains('.')
                    && (w.chars().any(char::is_lowercase) || w.chars().all(|c| c.is_ascii_digit()))
                    && w.chars().all(char::is_alphanumeric)
                    && !self.lex.is_known_abbrev(w)
                    // A capital word glued after: a domain or a file name, not a sentence.
                    && !p[k..te].contains('.')
            }
        }
    }
}
