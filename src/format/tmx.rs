//! TMX 1.4b writer (https://www.gala-global.org/tmx-14b).

use super::Meta;
use crate::text::Pair;
use std::io::{self, Write};

/// Escape text for XML content and attribute values. Characters XML 1.0 cannot carry
/// (C0 controls other than tab, newline and carriage return) become U+FFFD.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

pub fn write_header(w: &mut dyn Write, meta: &Meta) -> io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(w, r#"<!DOCTYPE tmx SYSTEM "tmx14.dtd">"#)?;
    writeln!(w, r#"<tmx version="1.4">"#)?;
    writeln!(
        w,
        r#"  <header creationtool="{}" creationtoolversion="{}" segtype="sentence" o-tmf="bitext" adminlang="en" srclang="{}" datatype="plaintext">"#,
        xml_escape(&meta.tool),
        env!("CARGO_PKG_VERSION"),
        xml_escape(&meta.source_lang)
    )?;
    if !meta.source_name.is_empty() {
        writeln!(
            w,
            r#"    <prop type="x-source">{}</prop>"#,
            xml_escape(&meta.source_name)
        )?;
    }
    writeln!(w, "  </header>")?;
    writeln!(w, "  <body>")
}

pub fn write_tu(w: &mut dyn Write, p: &Pair, meta: &Meta) -> io::Result<()> {
    {
        writeln!(w, r#"    <tu tuid="{}">"#, p.id)?;
        writeln!(
            w,
            r#"      <prop type="x-paragraph">{}</prop>"#,
            p.paragraph
        )?;
        writeln!(
            w,
            r#"      <prop type="x-span">{}-{}</prop>"#,
            p.source_span.start, p.source_span.end
        )?;
        if p.score.is_finite() {
            writeln!(w, r#"      <prop type="x-score">{:.4}</prop>"#, p.score)?;
        }
        writeln!(
            w,
            r#"      <tuv xml:lang="{}"><seg>{}</seg></tuv>"#,
            xml_escape(&meta.source_lang),
            xml_escape(&p.source)
        )?;
        writeln!(
            w,
            r#"      <tuv xml:lang="{}"><seg>{}</seg></tuv>"#,
            xml_escape(&meta.target_lang),
            xml_escape(&p.target)
        )?;
        writeln!(w, "    </tu>")?;
    }
    Ok(())
}

pub fn write_footer(w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "  </body>")?;
    writeln!(w, "</tmx>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_controls() {
        assert_eq!(xml_escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
        assert_eq!(xml_escape("x\u{1}y"), "x\u{fffd}y");
    }
}
