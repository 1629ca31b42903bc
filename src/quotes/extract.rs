//! Finding quotations: « … », “ … ” and "…" marks, paired with a stack so that quotes
//! nested in a sentence (« il a parlé de “ruse” ») and quotes running over several
//! sentences come out whole, each with the byte span of its text.

use crate::text::Span;

/// One pair of quotation marks found in the text, before attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    /// The quoted text, without the marks and trimmed of whitespace.
    pub span: Span,
    /// The quoted text with its marks.
    pub outer: Span,
    /// Nesting depth: 0 for a quotation in running text, 1 inside another quotation, ...
    pub depth: usize,
    /// Index (in the returned list) of the quotation this one sits in.
    pub parent: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Guillemet,
    Curly,
    Straight,
}

struct Open {
    kind: Kind,
    start: usize,
    content: usize,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}'
}

/// All quotations of `text`, in order of their opening mark.
///
/// Rules: « pairs with », “ with ” (a ” with no “ open acts as an opener when it is
/// followed by a letter), and a straight " closes the innermost open straight quote or
/// opens a new one; a " between two letters (l"équipe, an apostrophe typed as a quote) and
/// doubled "" (CSV escaping) are handled. A quote still open at a paragraph break carries on
/// only when the next paragraph starts with an opening guillemet (French convention for
/// quotations over several paragraphs); otherwise it is dropped, never guessed. A
/// paragraph break is a blank line. In text of one item per line (a paragraph or a
/// sentence each, see [`crate::segment::items_per_line`]), a line break also ends the
/// straight quotes still open unless the next line's first straight mark closes one, where
/// one stray mark would otherwise pair with the next one many lines on; guillemets and curly
/// quotes, which say which way they face, carry on over line breaks. Quotes with no letter
/// or digit inside are ignored.
pub fn find_quotations(text: &str) -> Vec<Marked> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut stack: Vec<Open> = Vec::new();
    let mut found: Vec<(Span, Span, usize)> = Vec::new();
    // In text of one item per line, a line break may end the straight quotes still open.
    let per_line = crate::segment::items_per_line(text);
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|x| x.1);
        let width = c.len_utf8();
        match c {
            '\n' => {
                // Paragraph break: a blank line.
                let mut j = i + 1;
                let mut blank = false;
                while j < chars.len() && is_space(chars[j].1) {
                    if chars[j].1 == '\n' {
                        blank = true;
                    }
                    j += 1;
                }
                // In text of one item per line, a line break ends the straight quotes still
                // open (which pair in no direction, so one stray mark would pair with the
                // next one many lines on) unless the next line's first straight mark closes
                // one (a quotation over two sentences of a text of one sentence per line);
                // « and “ carry on, since they say which way they face.
                if per_line
                    && !blank
                    && stack.iter().any(|o| o.kind == Kind::Straight)
                    && !next_line_closes(&chars, i + 1)
                {
                    stack.retain(|o| o.kind != Kind::Straight);
                }
                if blank && !stack.is_empty() {
                    let continues = chars.get(j).map(|x| x.1) == Some('«')
                        && stack.iter().any(|o| o.kind == Kind::Guillemet);
                    if continues {
                        // Skip the continuation guillemet; the quotation goes on.
                        stack.retain(|o| o.kind == Kind::Guillemet);
                        i = j + 1;
                        continue;
                    }
                    stack.clear();
                }
                i += 1;
                continue;
            }
            '«' => stack.push(Open {
                kind: Kind::Guillemet,
                start: pos,
                content: pos + width,
            }),
            '»' => close(&mut stack, Kind::Guillemet, pos, width, &mut found),
            '“' => stack.push(Open {
                kind: Kind::Curly,
                start: pos,
                content: pos + width,
            }),
            '”' => {
                if stack.iter().any(|o| o.kind == Kind::Curly) {
                    close(&mut stack, Kind::Curly, pos, width, &mut found);
                } else if next.is_some_and(|n| n.is_alphanumeric())
                    && prev.is_none_or(|p| is_space(p) || "([«'’".contains(p))
                {
                    stack.push(Open {
                        kind: Kind::Curly,
                        start: pos,
                        content: pos + width,
                    });
                }
            }
            '"' => {
                // Doubled "" counts as one mark.
                let doubled = next == Some('"');
                let w = if doubled { 2 } else { 1 };
                let between_letters = prev.is_some_and(|p| p.is_alphabetic())
                    && next.is_some_and(|n| n.is_alphabetic());
                // (A mark between letters closes an open one when no other straight mark
                // follows on its line: "qualifié de "gourou de la majorité"par un
                // dirigeant", a space missing.)
                let open_straight = stack.iter().any(|o| o.kind == Kind::Straight);
                // (The look-ahead stops at the first mark or line break: linear overall.)
                if between_letters
                    && open_straight
                    && !chars[i + w..]
                        .iter()
                        .take_while(|x| x.1 != '\n')
                        .any(|x| x.1 == '"')
                {
                    close(&mut stack, Kind::Straight, pos, w, &mut found);
                } else if !between_letters {
                    if open_straight && straight_closes(prev, next) {
                        close(&mut stack, Kind::Straight, pos, w, &mut found);
                    } else {
                        stack.push(Open {
                            kind: Kind::Straight,
                            start: pos,
                            content: pos + w,
                        });
                    }
                }
                i += w;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found.sort_by_key(|(outer, _, _)| (outer.start, std::cmp::Reverse(outer.end)));
    let mut out: Vec<Marked> = Vec::new();
    for (outer, span, _) in found {
        if !span.of(text).chars().any(|c| c.is_alphanumeric()) {
            continue;
        }
        // Parent: the nearest earlier quotation that contains this one.
        let mut parent = None;
        for (k, q) in out.iter().enumerate().rev() {
            if q.outer.start <= outer.start && outer.end <= q.outer.end {
                parent = Some(k);
                break;
            }
        }
        let depth = parent.map_or(0, |p| out[p].depth + 1);
        out.push(Marked {
            span,
            outer,
            depth,
            parent,
        });
    }
    out
}

/// Whether the first straight quote of the line that starts at `chars[from]` looks like a
/// closing one ([`straight_closes`]) and is not at the line's start ("… la boudeuse , "
/// cria-t-il").
fn next_line_closes(chars: &[(usize, char)], from: usize) -> bool {
    let mut started = false;
    for k in from..chars.len() {
        let c = chars[k].1;
        if c == '\n' {
            return false;
        }
        if c == '"' {
            if !started {
                return false;
            }
            let prev = chars[k - 1].1;
            let next = chars.get(k + 1).map(|x| x.1);
            // (A mark between two letters is no quotation mark: l"équipe.)
            if prev.is_alphabetic() && next.is_some_and(char::is_alphabetic) {
                continue;
            }
            return straight_closes(Some(prev), next);
        }
        if !is_space(c) {
            started = true;
        }
    }
    false
}

/// Whether a straight quote between `prev` and `next` closes an open one rather than opens
/// a new one: no letter or digit follows it, or it does not follow a space or an opening
/// bracket.
fn straight_closes(prev: Option<char>, next: Option<char>) -> bool {
    let looks_opening = prev.is_none_or(|p| is_space(p) || "([«“'’-—–".contains(p));
    let looks_closing = next.is_none_or(|n| !n.is_alphanumeric());
    looks_closing || !looks_opening
}

fn close(
    stack: &mut Vec<Open>,
    kind: Kind,
    pos: usize,
    width: usize,
    found: &mut Vec<(Span, Span, usize)>,
) {
    let Some(k) = stack.iter().rposition(|o| o.kind == kind) else {
        return;
    };
    let open = &stack[k];
    let outer = Span::new(open.start, pos + width);
    found.push((outer, Span::new(open.content, pos), k));
    stack.truncate(k);
}

/// Trim whitespace (including no-break spaces) from both ends of `span`.
pub fn trim(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead + trail >= s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

/// Quotations of `text` with their content spans trimmed.
pub fn quotations(text: &str) -> Vec<Marked> {
    let mut qs = find_quotations(text);
    for q in &mut qs {
        q.span = trim(text, q.span);
    }
    qs
}

/// Square-bracketed insertions inside `span` ([and], [Wales], […]): editorial, not quoted.
pub fn editorial_spans(text: &str, span: Span) -> Vec<Span> {
    let s = span.of(text);
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            '[' => open = Some(i),
            ']' => {
                if let Some(o) = open.take() {
                    out.push(Span::new(span.start + o, span.start + i + 1));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        quotations(t)
            .iter()
            .map(|q| q.span.of(t).to_string())
            .collect()
    }

    #[test]
    fn guillemets_and_nesting() {
        let t = "Il a dit : « je refuse “cette ruse” ici », puis « non ».";
        assert_eq!(
            texts(t),
            vec!["je refuse “cette ruse” ici", "cette ruse", "non"]
        );
        let q = quotations(t);
        assert_eq!(q[1].parent, Some(0));
        assert_eq!(q[1].depth, 1);
    }

    #[test]
    fn a_straight_mark_glued_to_the_next_word_closes_when_nothing_else_can() {
        // A space missing after the closing mark.
        assert_eq!(
            texts("Qualifié de \"gourou\"par un élu, il sourit."),
            vec!["gourou"]
        );
        // (Between letters with another mark after it on the line: no mark, l"équipe.)
        assert_eq!(
            texts("Il cite \"l\"équipe de France\" sans rire."),
            vec!["l\"équipe de France"]
        );
    }

    #[test]
    fn straight_quotes_with_spaces_and_apostrophes() {
        let t =
            "\" Ils m'avaient donné cinq ans \", dit-il. Puis l\"équipe a parlé de \"système\".";
        assert_eq!(texts(t), vec!["Ils m'avaient donné cinq ans", "système"]);
    }

    #[test]
    fn unclosed_dropped_at_paragraph_but_continued_with_guillemet() {
        assert!(texts("« pas fermé\n\nAutre paragraphe.").is_empty());
        let t = "« Premier paragraphe.\n\n« Second. »";
        assert_eq!(quotations(t).len(), 1);
    }

    #[test]
    fn one_item_per_line_ends_straight_quotes_at_line_breaks() {
        // A stray straight quote in one line must not pair with one many lines on.
        let long = "Une phrase assez longue pour que le texte soit lu comme un paragraphe par \
                    ligne, ce que sont les dépêches exportées d'une page web.";
        let t = format!("{long} Il a parlé d'un \"voyage.\n{long}\n{long} C'est \"fini\".\n");
        assert_eq!(texts(&t), vec!["fini"]);
        // ... but one the next line closes goes on (a quotation over two sentences of a
        // text of one sentence per line), and so do guillemets.
        let t =
            format!("{long} Il a dit : \"Nous partons.\nNous ne reviendrons pas\", a-t-il dit.\n");
        assert_eq!(texts(&t), vec!["Nous partons.\nNous ne reviendrons pas"]);
        let t =
            format!("{long} Il a dit : « Nous partons.\nNous ne reviendrons pas », a-t-il dit.\n");
        assert_eq!(texts(&t), vec!["Nous partons.\nNous ne reviendrons pas"]);
        // Hard-wrapped text (short lines) still runs on across its line breaks.
        let t = "Il a dit : \"nous\nviendrons\".\n";
        assert_eq!(texts(t), vec!["nous\nviendrons"]);
    }

    #[test]
    fn editorial_brackets() {
        let t = "« illégal, injustifiable, [and] inacceptable »";
        let q = &quotations(t)[0];
        let e = editorial_spans(t, q.span);
        assert_eq!(e[0].of(t), "[and]");
    }
}
