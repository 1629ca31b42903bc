//! `bitext translate`: French text in, one aligned pair per French sentence out.

use bitext::format::{Format, Meta, PairSink};
use bitext::segment::segment;
use bitext::translate::{open_engine, EngineArgs, Translator};
use bitext::{io, progress, Lang, Pair, Result};
use std::path::PathBuf;
use std::time::Instant;

/// Sentences handed to the engine at a time: output is written as it goes.
const CHUNK_SENTENCES: usize = 2000;

/// A "sentence" longer than this is not running text (a binary blob, a minified file, a
/// table dumped on one line): refuse it rather than spend hours translating it.
const MAX_SENTENCE_BYTES: usize = 200_000;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  bitext translate samples/haut-karabakh-2023-09.fr.txt -o pairs.tsv
  bitext translate article.fr.txt --format jsonl > pairs.jsonl
  cat article.fr.txt | bitext translate - --format tmx -o article.tmx
  bitext translate article.fr.txt --format moses -o corpus/article   # corpus/article.fr + .en
  bitext translate article.fr.txt --model models/tiny-copy --beam-size 1

Without --model (or BITEXT_MODEL), the catalog's default model is used, and fetched from
the Hugging Face Hub the first time (see `bitext model list`).")]
pub struct Args {
    /// French text file (UTF-8), or - for standard input.
    pub input: String,
    /// Output file (Moses: prefix for PREFIX.fr and PREFIX.en); standard output if omitted.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Tsv)]
    pub format: Format,
    /// No progress bar or status messages on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

pub fn run(args: Args) -> Result<()> {
    if args.format == Format::Links {
        return Err(bitext::Error::usage(
            "--format links is for `bitext align`; translate writes tsv, jsonl, tmx or moses",
        ));
    }
    let text = io::read_text(&args.input)?;
    let sentences = segment(&text, Lang::Fr);
    if let Some(s) = sentences.iter().find(|s| s.span.len() > MAX_SENTENCE_BYTES) {
        return Err(bitext::Error::input(format!(
            "{}: the sentence at byte offset {} is {} bytes long (limit {MAX_SENTENCE_BYTES}); this is not running text: split it into sentences or lines first",
            args.input,
            s.span.start,
            s.span.len()
        )));
    }
    let source_name = if args.input == "-" {
        "stdin".to_string()
    } else {
        args.input.clone()
    };
    let meta = Meta::new("bitext translate", &source_name);
    // Open the output before the (slow) model so a bad path fails fast.
    let mut sink = PairSink::create(args.format, args.output.as_deref(), &meta)?;
    if sentences.is_empty() {
        return sink.finish();
    }
    let load_start = Instant::now();
    let mut engine = open_engine(&args.engine, args.quiet)?;
    let load_time = load_start.elapsed();
    let bar = progress::bar(sentences.len() as u64, "sentences", args.quiet);
    engine.set_progress(bar.clone());
    let start = Instant::now();
    for (chunk_no, chunk) in sentences.chunks(CHUNK_SENTENCES).enumerate() {
        let texts: Vec<&str> = chunk.iter().map(|s| s.span.of(&text)).collect();
        let translations = engine.translate(&texts)?;
        for (k, (s, t)) in chunk.iter().zip(translations).enumerate() {
            let pair = Pair {
                id: chunk_no * CHUNK_SENTENCES + k + 1,
                paragraph: s.paragraph + 1,
                source_span: s.span,
                source: s.span.of(&text).to_string(),
                target: t.text,
                score: t.score,
                target_span: None,
                source_ids: Vec::new(),
                target_ids: Vec::new(),
            };
            sink.write(&pair)?;
        }
    }
    bar.finish_and_clear();
    sink.finish()?;
    let st = engine.stats();
    let secs = start.elapsed().as_secs_f64();
    progress::note(
        args.quiet,
        &format!(
            "{} sentences translated in {:.2} s ({:.1} sentences/s; model loaded in {:.2} s); {} distinct sent to the engine, {} repeats served from cache, {} split for length",
            st.sentences,
            secs,
            st.sentences as f64 / secs.max(1e-9),
            load_time.as_secs_f64(),
            st.translated,
            st.cache_hits,
            st.split
        ),
    );
    if st.hit_decoding_limit > 0 {
        progress::note(
            args.quiet,
            &format!(
                "warning: {} translation(s) reached --max-decoding-length and may be cut short",
                st.hit_decoding_limit
            ),
        );
    }
    Ok(())
}
