//! `bitext quotes`: list the quotations of a French text with their speakers and English
//! translations, and check them against English sources.

use bitext::io::{read_text, write_output, Output};
use bitext::quotes::matching::DEFAULT_THRESHOLD;
use bitext::quotes::report::{write_html, write_json, write_text, Report};
use bitext::quotes::{check, extract, from_lines, Quotation, Source, SourceIndex};
use bitext::translate::{open_translator, EngineArgs, FileTranslations, Translator};
use bitext::{progress, Error, Lang, Result};
use clap::ValueEnum;
use std::io::IsTerminal;
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  bitext quotes samples/haut-karabakh-2023-09.fr.txt --translations quotes.en.txt
  bitext quotes article.fr.txt --against statement.en.txt speech.en.txt --model opus-mt-fr-en
  bitext quotes article.fr.txt --against statement.en.txt --translations quotes.en.txt --format json
  bitext quotes pasted.fr.txt --each-line --against source.en.txt --translations pasted.en.txt

Statuses: matches (found, no word-level flag), DIFFERS (found; a number, negation or name
differs, or a run of words is added or left out), NOT FOUND (no passage scores --threshold
or more, nor, for a translation of 8+ words, stands far out from all other candidates with
at least 0.6 x --threshold; the quotation is never forced onto the nearest passage). Sources
of fewer than 10 sentences need less: down to 0.85 x --threshold for a single sentence.
A match whose next best passage (other words, elsewhere) scores within 0.05 is marked
uncertain: a near tie, often the wrong passage or a quotation the sources do not hold.
Square-bracketed insertions ([and]) are shown as editorial and never count as additions.";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum QuotesFormat {
    /// A readable report (colour when standard output is a terminal).
    Text,
    /// One JSON object: input, sources, threshold, quotations with spans, speaker,
    /// translation, match and comparison.
    Json,
    /// A self-contained HTML page with the differing words highlighted.
    Html,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// List quotations (« … », “ … ”, "…") with speakers and translations; check them against
/// English sources.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// French text (a file, or - for standard input).
    pub input: String,
    /// English sources to find each quotation's original in (statements, speeches, ...).
    #[arg(long, num_args = 1.., value_name = "SOURCE.en.txt")]
    pub against: Vec<String>,
    /// English translations: one line per quotation (in the order listed), or one line per
    /// French sentence. Instead of --model.
    #[arg(long, value_name = "FILE")]
    pub translations: Option<String>,
    /// Each non-empty line of the input is one quotation (pasted fragments), instead of
    /// finding quotation marks in running text.
    #[arg(long)]
    pub each_line: bool,
    /// Lowest similarity (0..1) for a passage to count as a quotation's original, in sources
    /// of 10 sentences or more (0.85 x this for a one-sentence source; a long quotation's
    /// passage that stands far out from all other candidates needs 0.6 x this).
    #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_name = "SCORE")]
    pub threshold: f64,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = QuotesFormat::Text)]
    pub format: QuotesFormat,
    /// Output file; standard output if omitted.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Colour in the text report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// No progress or status messages on standard error.
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

pub fn run(args: Args) -> Result<()> {
    if args.translations.is_some() && args.engine.model.is_some() {
        return Err(Error::usage("give --translations or --model, not both"));
    }
    if !(0.0..=1.0).contains(&args.threshold) || args.threshold.is_nan() {
        return Err(Error::usage(format!(
            "--threshold must be between 0 and 1, not {}",
            args.threshold
        )));
    }
    let text = read_text(&args.input)?;
    // Read the sources first: a bad path fails before any (slow) translation.
    let mut sources = Vec::new();
    for path in &args.against {
        sources.push(Source {
            name: path.clone(),
            text: read_text(path)?,
        });
    }
    let quotations = if args.each_line {
        from_lines(&text)
    } else {
        extract(&text)
    };
    let (translations, translator) = translations_for(&args, &text, &quotations)?;
    let index = if sources.is_empty() {
        None
    } else {
        Some(SourceIndex::new(sources))
    };
    let checked = check(
        quotations,
        translations,
        index.as_ref(),
        Some(args.threshold),
    );
    let report = Report {
        input: if args.input == "-" {
            "standard input".into()
        } else {
            args.input.clone()
        },
        sources: args.against.clone(),
        threshold: args.threshold,
        translator,
        quotations: checked,
    };
    let out = Output::from_arg(args.output.as_deref());
    let colour = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            matches!(out, Output::Stdout)
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    write_output(&out, |w| match args.format {
        QuotesFormat::Text => write_text(&report, w, colour),
        QuotesFormat::Json => write_json(&report, w),
        QuotesFormat::Html => write_html(&report, w),
    })
}

/// English translations of the quotations (None when there is no way to translate and
/// no source to check against), and where they came from.
fn translations_for(
    args: &Args,
    text: &str,
    quotations: &[Quotation],
) -> Result<(Option<Vec<String>>, Option<String>)> {
    if let Some(path) = &args.translations {
        let file = FileTranslations::open(path, None)?;
        let lines = file.lines();
        if lines.len() == quotations.len() {
            return Ok((Some(lines.to_vec()), Some(file.describe())));
        }
        if !args.each_line {
            let sentences = bitext::segment::segment(text, Lang::Fr);
            if lines.len() == sentences.len() {
                // One line per sentence: a quotation gets the translation of the sentences
                // it lies in (the whole sentence, so the comparison may list extra words).
                let per_quote = quotations
                    .iter()
                    .map(|q| {
                        sentences
                            .iter()
                            .zip(lines)
                            .filter(|(s, _)| {
                                s.span.start < q.outer.end && q.outer.start < s.span.end
                            })
                            .map(|(_, l)| l.as_str())
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                return Ok((
                    Some(per_quote),
                    Some(format!("{} (one line per sentence)", file.describe())),
                ));
            }
            return Err(Error::input(format!(
                "{path} has {} lines; expected {} (one per quotation) or {} (one per French sentence)",
                lines.len(),
                quotations.len(),
                sentences.len()
            )));
        }
        return Err(Error::input(format!(
            "{path} has {} lines; expected {} (one per quotation)",
            lines.len(),
            quotations.len()
        )));
    }
    let mut engine: Box<dyn Translator> = if args.engine.model.is_some() {
        open_translator(&args.engine, args.quiet)?
    } else {
        // No choice made: use the default model if it is already installed, never fetch it
        // silently; without it, list quotations only (or refuse to check).
        match bitext::translate::fetch::resolve_model(None, false, true) {
            Ok(located) => Box::new(bitext::translate::Ct2Translator::load(located.dir, args.engine.options()?)?),
            Err(e) if !args.against.is_empty() => {
                return Err(Error::model(format!(
                    "--against needs English translations of the quotations: give --translations FILE (one line per quotation or per sentence) or --model DIR|NAME ({})",
                    e.message
                )))
            }
            Err(_) => {
                progress::note(
                    args.quiet,
                    "no translations: the default model is not installed (see `bitext model fetch`); give --model or --translations to see the English",
                );
                return Ok((None, None));
            }
        }
    };
    if quotations.is_empty() {
        return Ok((Some(Vec::new()), Some(engine.describe())));
    }
    let texts: Vec<&str> = quotations.iter().map(|q| q.text.as_str()).collect();
    let bar = progress::bar(texts.len() as u64, "quotations", args.quiet);
    let out = engine.translate(&texts)?;
    bar.finish_and_clear();
    if out.len() != texts.len() {
        return Err(Error::other(format!(
            "the translator returned {} translations for {} quotations",
            out.len(),
            texts.len()
        )));
    }
    Ok((
        Some(out.into_iter().map(|t| t.text).collect()),
        Some(engine.describe()),
    ))
}
