//! `bitext segment`: one sentence per line, or JSONL with byte spans and paragraph numbers.
//! The input is read paragraph by paragraph (bounded memory), so files of any size work.

use bitext::io::{write_output, Output};
use bitext::segment::{segment_reader, OwnedSentence};
use bitext::{Error, Lang, Result};
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangArg {
    Fr,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentFormat {
    /// One sentence per line (line breaks inside a sentence become spaces).
    Text,
    /// One JSON object per sentence: id, paragraph (both 1-based), start, end (byte
    /// offsets in the input), text (exact).
    Jsonl,
}

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  bitext segment samples/haut-karabakh-2023-09.fr.txt
  bitext segment article.fr.txt --format jsonl -o sentences.jsonl
  cat article.en.txt | bitext segment - --lang en

Paragraphs are separated by blank lines; a line without closing punctuation (a headline)
is a sentence of its own. Offsets are byte offsets in the input, end exclusive.")]
pub struct Args {
    /// Text file (UTF-8), or - for standard input.
    pub input: String,
    /// Output file, written atomically; standard output if omitted.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Language rules to apply.
    #[arg(short, long, value_enum, default_value_t = LangArg::Fr)]
    pub lang: LangArg,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
}

#[derive(serde::Serialize)]
struct JsonSentence<'a> {
    id: usize,
    paragraph: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

pub use bitext::io::open_input;

/// Turn a reader error into the tool's error, naming the input.
pub fn input_error(path: &str, e: &io::Error) -> Error {
    let name = if path == "-" { "standard input" } else { path };
    let msg = e.to_string();
    if e.kind() != io::ErrorKind::InvalidData {
        Error::input(format!("cannot read {name}: {msg}"))
    } else if msg.starts_with("NUL") {
        Error::input(format!(
            "{name}: {msg}; this looks like a binary file, not text"
        ))
    } else {
        Error::input(format!(
            "{name}: {msg}; convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)"
        ))
    }
}

fn write_sentence(
    w: &mut dyn Write,
    id: usize,
    s: &OwnedSentence,
    format: SegmentFormat,
) -> io::Result<()> {
    match format {
        SegmentFormat::Text => {
            // One line per sentence: inner line breaks (wrapped text) become spaces.
            let mut parts = s.text.split(['\n', '\r']).filter(|p| !p.is_empty());
            if let Some(first) = parts.next() {
                w.write_all(first.trim_end().as_bytes())?;
                for p in parts {
                    w.write_all(b" ")?;
                    w.write_all(p.trim().as_bytes())?;
                }
            }
            w.write_all(b"\n")
        }
        SegmentFormat::Jsonl => {
            let rec = JsonSentence {
                id,
                paragraph: s.sentence.paragraph + 1,
                start: s.sentence.span.start,
                end: s.sentence.span.end,
                text: &s.text,
            };
            serde_json::to_writer(&mut *w, &rec).map_err(io::Error::other)?;
            w.write_all(b"\n")
        }
    }
}

pub fn run(args: Args) -> Result<()> {
    let reader = open_input(&args.input)?;
    let out = Output::from_arg(args.output.as_deref());
    let mut input_failure: Option<Error> = None;
    let result = write_output(&out, |w| {
        for (i, item) in segment_reader(reader, args.lang.into()).enumerate() {
            match item {
                Ok(s) => write_sentence(w, i + 1, &s, args.format)?,
                Err(e) => {
                    input_failure = Some(input_error(&args.input, &e));
                    return Err(io::Error::other("input failed"));
                }
            }
        }
        Ok(())
    });
    match (input_failure, result) {
        (Some(e), _) => Err(e),
        (None, r) => r,
    }
}
