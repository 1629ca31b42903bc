//! `bitext translate`: French text in, one aligned pair per French sentence out.

use super::segment::{input_error, open_input};
use bitext::format::{Format, Meta, PairSink};
use bitext::segment::{segment_reader, OwnedSentence, SentenceReader};
use bitext::translate::{open_engine, EngineArgs, Translator};
use bitext::{progress, Lang, Pair, Result};
use std::io::BufRead;
use std::path::PathBuf;
use std::time::Instant;

/// Sentences handed to the engine at a time: the input is read and the output written a
/// chunk at a time, so memory stays bounded whatever the input size.
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
  bitext translate article.fr.txt --format text                      # just the English, to read
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
    // Options are checked before any input is read or output written.
    args.engine.options()?;
    // The input streams through: read, segment, translate and write a chunk at a time.
    let input_bytes = if args.input == "-" {
        None
    } else {
        std::fs::metadata(&args.input).ok().map(|m| m.len())
    };
    let mut reader = Chunks {
        sentences: segment_reader(open_input(&args.input)?, Lang::Fr),
        input: &args.input,
        read: 0,
        consumed: 0,
        done: false,
    };
    // The first chunk is read before anything else, so that bad input fails fast.
    let mut chunk = reader.next_chunk()?;
    let source_name = if args.input == "-" {
        "stdin".to_string()
    } else {
        args.input.clone()
    };
    let meta = Meta::new("bitext translate", &source_name);
    let open_sink = || PairSink::create(args.format, args.output.as_deref(), &meta);
    if chunk.is_empty() {
        return open_sink()?.finish();
    }
    // An output file is opened before the (slow) model so that a bad path fails fast;
    // standard output gets nothing (not even a header) until the model is ready, so a
    // model that cannot be loaded leaves it empty.
    let file_sink = args.output.is_some().then(open_sink).transpose()?;
    let load_start = Instant::now();
    let mut engine = open_engine(&args.engine, args.quiet)?;
    let load_time = load_start.elapsed();
    let mut sink = match file_sink {
        Some(sink) => sink,
        None => open_sink()?,
    };
    let bar = progress::bar(reader.estimate(input_bytes), "sentences", args.quiet);
    engine.set_progress(bar.clone());
    let start = Instant::now();
    let mut next_id = 1;
    while !chunk.is_empty() {
        let texts: Vec<&str> = chunk.iter().map(|s| s.text.as_str()).collect();
        let translations = engine.translate(&texts)?;
        for (s, t) in chunk.into_iter().zip(translations) {
            let pair = Pair {
                id: next_id,
                paragraph: s.sentence.paragraph + 1,
                source_span: s.sentence.span,
                source: s.text,
                target: t.text,
                score: t.score,
                target_span: None,
                source_ids: Vec::new(),
                target_ids: Vec::new(),
            };
            next_id += 1;
            sink.write(&pair)?;
        }
        if sink.is_closed() {
            // The reader of standard output has gone (`| head`): nothing more is wanted.
            break;
        }
        chunk = reader.next_chunk()?;
        bar.set_length(reader.estimate(input_bytes).max(bar.position()));
    }
    bar.finish_and_clear();
    sink.finish()?;
    let st = engine.stats();
    let secs = start.elapsed().as_secs_f64();
    progress::note(
        args.quiet,
        &format!(
            "{} sentences translated in {:.2} s ({:.1} sentences/s; model loaded in {:.2} s; {} backend); {} distinct sent to the engine, {} repeats served from cache, {} split for length",
            st.sentences,
            secs,
            st.sentences as f64 / secs.max(1e-9),
            load_time.as_secs_f64(),
            bitext::translate::BACKEND,
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

/// The input's sentences, a chunk at a time.
struct Chunks<'a, R> {
    sentences: SentenceReader<R>,
    input: &'a str,
    /// Sentences read so far, and input bytes they cover.
    read: u64,
    consumed: u64,
    done: bool,
}

impl<R: BufRead> Chunks<'_, R> {
    /// Up to CHUNK_SENTENCES sentences; empty at the end of the input.
    fn next_chunk(&mut self) -> Result<Vec<OwnedSentence>> {
        let mut chunk = Vec::new();
        while chunk.len() < CHUNK_SENTENCES {
            let Some(item) = self.sentences.next() else {
                self.done = true;
                break;
            };
            let s = item.map_err(|e| input_error(self.input, &e))?;
            if s.sentence.span.len() > MAX_SENTENCE_BYTES {
                return Err(bitext::Error::input(format!(
                    "{}: the sentence at byte offset {} is {} bytes long (limit {MAX_SENTENCE_BYTES}); this is not running text: split it into sentences or lines first",
                    self.input,
                    s.sentence.span.start,
                    s.sentence.span.len()
                )));
            }
            self.consumed = s.sentence.span.end as u64;
            chunk.push(s);
        }
        self.read += chunk.len() as u64;
        Ok(chunk)
    }

    /// Total sentences, exact at the end of the input, else extrapolated from the bytes
    /// read so far (for the progress bar's ETA; standard input: what was read so far).
    fn estimate(&self, input_bytes: Option<u64>) -> u64 {
        match input_bytes {
            Some(total) if !self.done && self.consumed > 0 => {
                (self.read as f64 * total as f64 / self.consumed as f64).ceil() as u64
            }
            _ => self.read,
        }
    }
}
