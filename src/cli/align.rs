//! `bitext align`: a French document and its English version in, aligned beads out.

use bitext::align::{self, Lexicon, Params};
use bitext::format::{write_pairs, Format, Meta};
use bitext::segment::segment;
use bitext::translate::{open_translator, EngineArgs, FileTranslations, Translator};
use bitext::{io, progress, Error, Lang, Result, Sentence};
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  bitext align article.fr.txt article.en.txt -o pairs.tsv
  bitext align book.fr.txt book.en.txt --presplit --format links > book.links
  bitext align book.fr.txt book.en.txt --format moses -o corpus/book --min-score 0.5 --drop-unaligned
  bitext align book.fr.txt book.en.txt --translations book.mt.en --format jsonl
  bitext align article.fr.txt article.en.txt --model opus-mt-fr-en

Beads: 1-1, 1-2, 2-1, 2-2, 1-3, 3-1 (see --max-bead), 1-0 and 0-1, in document order.
Scores combine dictionary matches (FreeDict fra-eng from /usr/share/dictd when the Debian
package dict-freedict-fra-eng is installed, or --dict), cognates, names, numbers and
punctuation, Gale-Church sentence lengths and, with --translations or --model, overlap
between the machine translation and the English. Each bead gets a confidence in 0..1.")]
pub struct Args {
    /// French text file (UTF-8), or - for standard input.
    pub fr: String,
    /// English text file (UTF-8), or - for standard input.
    pub en: String,
    /// Output file (Moses: prefix for PREFIX.fr and PREFIX.en); standard output if omitted.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format; `links` writes `[fr ids]:[en ids]` (0-based) as Vecalign does.
    #[arg(short, long, value_enum, default_value_t = Format::Tsv)]
    pub format: Format,
    /// Inputs are already split: one sentence per line on each side (blank lines ignored).
    #[arg(long)]
    pub presplit: bool,
    /// Bilingual dictionary: TSV lines `French<TAB>English`, or a dictd `.index` file.
    /// Default: FreeDict fra-eng from /usr/share/dictd when installed.
    #[arg(long, value_name = "FILE", conflicts_with = "no_dict")]
    pub dict: Option<PathBuf>,
    /// Use no dictionary (length, cognates, numbers, punctuation only).
    #[arg(long)]
    pub no_dict: bool,
    /// English machine translations of the French side, one line per French sentence
    /// (with --presplit: one per input line).
    #[arg(long, value_name = "FILE")]
    pub translations: Option<String>,
    /// Largest number of sentences on one side of a bead (3: up to 1-3 and 3-1).
    #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=6))]
    pub max_bead: u8,
    /// Leave out beads whose confidence is below this (0..1) when writing.
    #[arg(long, default_value_t = 0.0, value_name = "X")]
    pub min_score: f32,
    /// Leave out 1-0 and 0-1 beads (sentences with no counterpart) when writing.
    #[arg(long)]
    pub drop_unaligned: bool,
    /// No status messages on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

fn sentences(text: &str, lang: Lang, presplit: bool) -> Vec<Sentence> {
    if presplit {
        align::lines_as_sentences(text)
    } else {
        segment(text, lang)
    }
}

pub fn run(args: Args) -> Result<()> {
    if args.fr == "-" && args.en == "-" {
        return Err(Error::usage(
            "only one of the two inputs can be standard input (-)",
        ));
    }
    if !(0.0..=1.0).contains(&args.min_score) {
        return Err(Error::usage("--min-score takes a value between 0 and 1"));
    }
    if args.translations.is_some() && args.engine.model.is_some() {
        return Err(Error::usage("give --translations or --model, not both"));
    }
    let fr_text = io::read_text(&args.fr)?;
    let en_text = io::read_text(&args.en)?;
    let start = Instant::now();
    let fr = sentences(&fr_text, Lang::Fr, args.presplit);
    let en = sentences(&en_text, Lang::En, args.presplit);
    let fr_str: Vec<&str> = fr.iter().map(|s| s.span.of(&fr_text)).collect();
    let en_str: Vec<&str> = en.iter().map(|s| s.span.of(&en_text)).collect();

    let lexicon = if args.no_dict {
        None
    } else if let Some(p) = &args.dict {
        Some(Lexicon::load_path(p)?)
    } else {
        let lex = Lexicon::load_default()?;
        if lex.is_none() {
            progress::note(
                args.quiet,
                "note: no dictionary (install dict-freedict-fra-eng or give --dict FILE); aligning without one",
            );
        }
        lex
    };

    let translations: Option<Vec<String>> = if let Some(path) = &args.translations {
        let expected = if args.presplit { Some(fr.len()) } else { None };
        let mut file = FileTranslations::open(path, expected)?;
        if file.lines().len() != fr.len() {
            return Err(Error::input(format!(
                "{path} has {} lines but the French side has {} sentences; give one translation per sentence (use --presplit with pre-split input)",
                file.lines().len(),
                fr.len()
            )));
        }
        Some(
            file.translate(&fr_str)?
                .into_iter()
                .map(|t| t.text)
                .collect(),
        )
    } else if args.engine.model.is_some() && !fr_str.is_empty() && !en_str.is_empty() {
        let mut engine = open_translator(&args.engine, args.quiet)?;
        progress::note(
            args.quiet,
            &format!(
                "translating {} French sentences with {}",
                fr_str.len(),
                engine.describe()
            ),
        );
        Some(
            engine
                .translate(&fr_str)?
                .into_iter()
                .map(|t| t.text)
                .collect(),
        )
    } else {
        None
    };
    let tr: Option<Vec<&str>> = translations
        .as_ref()
        .map(|v| v.iter().map(|s| s.as_str()).collect());

    let params = Params {
        max_side: args.max_bead as usize,
        ..Params::default()
    };
    let beads = align::align(&fr_str, &en_str, tr.as_deref(), lexicon.as_ref(), &params);
    let mut pairs = align::beads_to_pairs(&beads, &fr_text, &fr, &en_text, &en);
    let total = pairs.len();
    pairs.retain(|p| {
        p.score >= args.min_score
            && !(args.drop_unaligned && (p.source_ids.is_empty() || p.target_ids.is_empty()))
    });
    for (k, p) in pairs.iter_mut().enumerate() {
        p.id = k + 1;
    }
    let source_name = if args.fr == "-" {
        "stdin".to_string()
    } else {
        args.fr.clone()
    };
    let meta = Meta::new("bitext align", &source_name);
    write_pairs(args.format, &pairs, args.output.as_deref(), &meta)?;

    let one_one = beads
        .iter()
        .filter(|b| b.fr.len() == 1 && b.en.len() == 1)
        .count();
    let unaligned = beads
        .iter()
        .filter(|b| b.fr.is_empty() || b.en.is_empty())
        .count();
    progress::note(
        args.quiet,
        &format!(
            "{} French and {} English sentences: {} beads ({} 1-1, {} with an empty side, {} other) in {:.2} s{}{}; {} written",
            fr.len(),
            en.len(),
            total,
            one_one,
            unaligned,
            total - one_one - unaligned,
            start.elapsed().as_secs_f64(),
            lexicon.as_ref().map(|l| format!(", dictionary {} ({} entries)", l.source, l.len())).unwrap_or_default(),
            if tr.is_some() { ", with translations" } else { "" },
            pairs.len()
        ),
    );
    Ok(())
}
