//! Command-line interface: argument parsing and dispatch only; the work is in the library.

use bitext::Result;
use clap::{Parser, Subcommand};

pub mod align;
pub mod eval;
pub mod model;
pub mod quotes;
pub mod segment;
pub mod translate;

const AFTER_HELP: &str = "\
Examples:
  bitext translate samples/haut-karabakh-2023-09.fr.txt -o pairs.tsv
  bitext translate article.fr.txt --format jsonl > pairs.jsonl
  cat article.fr.txt | bitext translate - --format tmx -o article.tmx
  bitext align book.fr.txt book.en.txt -o book.tsv
  bitext segment article.fr.txt --format jsonl
  bitext quotes article.fr.txt --against statement.en.txt --translations quotes.en.txt
  bitext model list

Exit codes: 0 success, 1 other failure, 2 usage error, 3 unusable input,
4 model missing/incomplete/corrupt, 5 network failure while fetching a model.";

/// `bitext --version`: the version and CTranslate2's CPU backends in this build.
pub fn long_version() -> String {
    let mut v = format!(
        "{} (CTranslate2 CPU backend: {})",
        env!("CARGO_PKG_VERSION"),
        bitext::translate::BACKEND
    );
    if bitext::translate::BACKEND == "ruy" && cfg!(target_arch = "x86_64") {
        v.push_str("\nOn x86-64, the oneDNN/MKL build is 2-5x faster: see README, Throughput.");
    }
    v
}

/// French text to English and to parallel text, locally (CTranslate2 + SentencePiece).
#[derive(Parser, Debug)]
#[command(name = "bitext", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Translate French text into English, one aligned pair per French sentence.
    Translate(translate::Args),
    /// Align a French document with its English version: sentence beads with confidences.
    Align(align::Args),
    /// Manage translation models: list, fetch, import, info.
    Model(model::Args),
    /// List quotations with speakers and translations; check them against English sources.
    Quotes(quotes::Args),
    /// Split text into sentences: one a line, or JSONL with byte spans and paragraphs.
    Segment(segment::Args),
    /// Measure a stage against gold data (segment: boundary precision/recall/F1).
    Eval(eval::Args),
}

pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Translate(a) => translate::run(a),
        Command::Align(a) => align::run(a),
        Command::Model(a) => model::run(a),
        Command::Quotes(a) => quotes::run(a),
        Command::Segment(a) => segment::run(a),
        Command::Eval(a) => eval::run(a),
    }
}
