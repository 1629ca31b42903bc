//! The quote checker's report: one record per quotation, written as a terminal report
//! (with colour when asked), JSON for tools, or a self-contained HTML page.

use super::compare::Comparison;
use super::matching::Match;
use super::Quotation;
use serde::Serialize;
use std::io::{self, Write};

/// What the check concluded for one quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// No English source given: extraction (and translation) only.
    NotChecked,
    /// No translation available, so no comparison.
    NoTranslation,
    /// Found in a source and no word-level flag.
    Matches,
    /// Found in a source, with flags to look at.
    Differs,
    /// No passage above the threshold.
    NotFound,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::NotChecked => "not checked",
            Status::NoTranslation => "no translation",
            Status::Matches => "matches",
            Status::Differs => "DIFFERS",
            Status::NotFound => "NOT FOUND",
        }
    }
}

/// One quotation with everything learnt about it.
#[derive(Clone, Debug, Serialize)]
pub struct Checked {
    #[serde(flatten)]
    pub quotation: Quotation,
    /// English translation of the quoted words (None when no translator was given).
    pub translation: Option<String>,
    pub status: Status,
    #[serde(rename = "match")]
    pub matched: Option<Match>,
    pub comparison: Option<Comparison>,
}

/// The whole report.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub input: String,
    pub sources: Vec<String>,
    pub threshold: f64,
    /// Where translations came from (model, file), or None.
    pub translator: Option<String>,
    pub quotations: Vec<Checked>,
}

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

pub fn write_text(r: &Report, w: &mut dyn Write, colour: bool) -> io::Result<()> {
    let st = Style { on: colour };
    let n = r.quotations.len();
    writeln!(
        w,
        "{}: {} quotation{}{}",
        r.input,
        n,
        if n == 1 { "" } else { "s" },
        if r.sources.is_empty() {
            String::new()
        } else {
            format!(", checked against {}", r.sources.join(", "))
        }
    )?;
    for c in &r.quotations {
        let q = &c.quotation;
        writeln!(w)?;
        let indent = "  ".repeat(q.depth);
        let status = match c.status {
            Status::Matches => st.paint("32", c.status.label()),
            Status::Differs => st.paint("1;33", c.status.label()),
            Status::NotFound => st.paint("1;31", c.status.label()),
            _ => st.paint("2", c.status.label()),
        };
        if r.sources.is_empty() {
            writeln!(
                w,
                "{indent}[{}] bytes {}..{}",
                q.id, q.span.start, q.span.end
            )?;
        } else {
            writeln!(
                w,
                "{indent}[{}] bytes {}..{}  {}",
                q.id, q.span.start, q.span.end, status
            )?;
        }
        writeln!(w, "{indent}  « {} »", st.paint("1", &q.text))?;
        match &q.speaker {
            Some(s) => writeln!(
                w,
                "{indent}  speaker: {} ({}{}, {})",
                st.paint("36", &s.name),
                s.mention
                    .as_ref()
                    .map_or(String::new(), |m| format!("as \"{}\"; ", m.text)),
                s.cue,
                s.via
            )?,
            None => writeln!(w, "{indent}  speaker: -")?,
        }
        if !q.editorial.is_empty() {
            let ed: Vec<&str> = q
                .editorial
                .iter()
                .map(|s| &q.text[s.start - q.span.start..s.end - q.span.start])
                .collect();
            writeln!(w, "{indent}  editorial: {}", ed.join(" "))?;
        }
        if let Some(t) = &c.translation {
            writeln!(w, "{indent}  english: {t}")?;
        }
        if let Some(m) = &c.matched {
            writeln!(
                w,
                "{indent}  original: \"{}\"  ({} line {}, bytes {}..{}, score {:.2}, next best {:.2})",
                st.paint("1", &m.text),
                m.source_name,
                m.line,
                m.span.start,
                m.span.end,
                m.score,
                m.runner_up
            )?;
            if m.uncertain {
                writeln!(
                    w,
                    "{indent}  {} uncertain: another passage scores within {:.2} of this one",
                    st.paint("33", "?"),
                    crate::quotes::matching::UNCERTAIN_MARGIN
                )?;
            }
        }
        if let Some(cmp) = &c.comparison {
            for f in &cmp.flags {
                writeln!(
                    w,
                    "{indent}  {} {}: {}",
                    st.paint("33", "!"),
                    f.kind,
                    f.detail
                )?;
            }
            let t: Vec<&str> = cmp
                .missing_in_original
                .iter()
                .map(|d| d.word.as_str())
                .collect();
            let o: Vec<&str> = cmp
                .missing_in_quotation
                .iter()
                .map(|d| d.word.as_str())
                .collect();
            if !t.is_empty() {
                writeln!(
                    w,
                    "{indent}  only in quotation: {}",
                    st.paint("31", &t.join(" "))
                )?;
            }
            if !o.is_empty() {
                writeln!(
                    w,
                    "{indent}  only in original:  {}",
                    st.paint("32", &o.join(" "))
                )?;
            }
        }
    }
    if !r.sources.is_empty() {
        let count = |s: Status| r.quotations.iter().filter(|c| c.status == s).count();
        writeln!(
            w,
            "\n{} match, {} differ, {} not found",
            count(Status::Matches),
            count(Status::Differs),
            count(Status::NotFound)
        )?;
    }
    Ok(())
}

pub fn write_json(r: &Report, w: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, r).map_err(io::Error::other)?;
    writeln!(w)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Mark the words listed in `diffs` (spans relative to `base`) in `text`.
fn highlight(text: &str, base: usize, diffs: &[super::compare::Difference], class: &str) -> String {
    let mut spans: Vec<(usize, usize)> = diffs
        .iter()
        .filter(|d| d.span.start >= base && d.span.end <= base + text.len())
        .map(|d| (d.span.start - base, d.span.end - base))
        .collect();
    spans.sort();
    let mut out = String::new();
    let mut pos = 0;
    for (a, b) in spans {
        if a < pos || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push_str(&esc(&text[pos..a]));
        out.push_str(&format!(
            "<mark class=\"{class}\">{}</mark>",
            esc(&text[a..b])
        ));
        pos = b;
    }
    out.push_str(&esc(&text[pos..]));
    out
}

pub fn write_html(r: &Report, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Quotations: {}</title>", esc(&r.input))?;
    writeln!(
        w,
        "<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #ccc;padding:.4em;vertical-align:top}}.matches{{color:#060}}.differs{{color:#a60;font-weight:bold}}.not-found{{color:#b00;font-weight:bold}}mark.q{{background:#fcc}}mark.o{{background:#cfc}}.flag{{color:#a60}}</style></head><body>"
    )?;
    writeln!(w, "<h1>Quotations in {}</h1>", esc(&r.input))?;
    if !r.sources.is_empty() {
        writeln!(w, "<p>Checked against: {}</p>", esc(&r.sources.join(", ")))?;
    }
    writeln!(w, "<table><tr><th>#</th><th>Quotation</th><th>Speaker</th><th>English</th><th>Original</th><th>Status</th></tr>")?;
    for c in &r.quotations {
        let q = &c.quotation;
        let speaker = q
            .speaker
            .as_ref()
            .map_or("-".to_string(), |s| match &s.mention {
                Some(m) => format!("{} <small>({})</small>", esc(&s.name), esc(&m.text)),
                None => esc(&s.name),
            });
        let english = match (&c.translation, &c.comparison) {
            (Some(t), Some(cmp)) => highlight(t, 0, &cmp.missing_in_original, "q"),
            (Some(t), None) => esc(t),
            _ => String::new(),
        };
        let original = match (&c.matched, &c.comparison) {
            (Some(m), Some(cmp)) => format!(
                "{}<br><small>{} line {}, score {:.2}{}</small>",
                highlight(&m.text, m.span.start, &cmp.missing_in_quotation, "o"),
                esc(&m.source_name),
                m.line,
                m.score,
                if m.uncertain {
                    format!(
                        "; <span class=\"flag\">uncertain: next best {:.2}</span>",
                        m.runner_up
                    )
                } else {
                    String::new()
                }
            ),
            _ => String::new(),
        };
        let flags: String = c
            .comparison
            .iter()
            .flat_map(|cmp| cmp.flags.iter())
            .map(|f| format!("<div class=\"flag\">{}: {}</div>", f.kind, esc(&f.detail)))
            .collect();
        let class = serde_json::to_value(c.status)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        writeln!(
            w,
            "<tr id=\"q{}\"><td>{}</td><td style=\"padding-left:{}em\">« {} »<br><small>bytes {}..{}</small></td><td>{}</td><td>{}</td><td>{}</td><td class=\"{}\">{}{}</td></tr>",
            q.id,
            q.id,
            q.depth as f32 * 1.5 + 0.4,
            esc(&q.text),
            q.span.start,
            q.span.end,
            speaker,
            english,
            original,
            class,
            c.status.label(),
            flags
        )?;
    }
    writeln!(w, "</table></body></html>")
}
