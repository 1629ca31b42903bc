//! The CTranslate2 engine (through ct2rs) with SentencePiece tokenization.

use super::batch::{plan_batches, split_tokens};
use super::cache::TranslationCache;
use super::model_dir::ModelDir;
use super::{Translation, Translator};
use crate::error::{Error, Result};
use ct2rs::sys::{self, BatchType, ComputeType, Config, TranslationOptions};
use indicatif::ProgressBar;
use sentencepiece::SentencePieceProcessor;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

/// Engine options on the command line, named as CTranslate2 names them.
#[derive(clap::Args, Clone, Debug)]
pub struct EngineArgs {
    /// Model: a CTranslate2 model directory or a catalog name (see `bitext model list`).
    /// Without it, the catalog's default model, fetched on first use.
    #[arg(long, env = "BITEXT_MODEL", value_name = "DIR|NAME")]
    pub model: Option<String>,
    /// Beam size (1 = greedy search).
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub beam_size: usize,
    /// Threads per translation worker (0 = CTranslate2's default).
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub intra_threads: usize,
    /// Translation workers running batches in parallel (each with intra_threads threads,
    /// sharing one copy of the model). With N cores, N workers of 1 thread are the fastest
    /// (about a third faster than 1 worker of 2 threads on 2 cores), at more memory.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub inter_threads: usize,
    /// Largest batch, in tokens or examples (see --batch-type).
    #[arg(long, default_value_t = 1024, value_name = "N")]
    pub max_batch_size: usize,
    /// What --max-batch-size counts.
    #[arg(long, value_enum, default_value_t = BatchTypeArg::Tokens)]
    pub batch_type: BatchTypeArg,
    /// Compute type: int8 (default on CPU), int8_float32, int16, float32, float16, bfloat16, auto, default.
    #[arg(long, default_value = "int8", value_name = "TYPE")]
    pub compute_type: String,
    /// Longest source sentence in tokens; longer ones are split at clause boundaries,
    /// translated in pieces and re-joined (never truncated).
    #[arg(long, default_value_t = 256, value_name = "TOKENS")]
    pub max_input_length: usize,
    /// Longest translation in tokens (default: the model's limit, or 512).
    #[arg(long, value_name = "TOKENS")]
    pub max_decoding_length: Option<usize>,
    /// Shortest translation in tokens (end of sentence forbidden before). For benchmarks:
    /// equal to --max-decoding-length it fixes the work per sentence.
    #[arg(
        long,
        default_value_t = 0,
        value_name = "TOKENS",
        hide_short_help = true
    )]
    pub min_decoding_length: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum BatchTypeArg {
    Tokens,
    Examples,
}

/// Resolved engine settings.
#[derive(Clone, Debug)]
pub struct EngineOptions {
    pub beam_size: usize,
    pub intra_threads: usize,
    pub inter_threads: usize,
    pub max_batch_size: usize,
    pub batch_by_tokens: bool,
    pub compute_type: ComputeType,
    pub max_input_length: usize,
    pub max_decoding_length: Option<usize>,
    pub min_decoding_length: usize,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            beam_size: 4,
            intra_threads: 0,
            inter_threads: 1,
            max_batch_size: 1024,
            batch_by_tokens: true,
            compute_type: ComputeType::INT8,
            max_input_length: 256,
            max_decoding_length: None,
            min_decoding_length: 0,
        }
    }
}

pub fn parse_compute_type(name: &str) -> Result<ComputeType> {
    Ok(match name.to_ascii_lowercase().as_str() {
        "default" => ComputeType::DEFAULT,
        "auto" => ComputeType::AUTO,
        "float32" | "float" => ComputeType::FLOAT32,
        "int8" => ComputeType::INT8,
        "int8_float32" => ComputeType::INT8_FLOAT32,
        "int8_float16" => ComputeType::INT8_FLOAT16,
        "int8_bfloat16" => ComputeType::INT8_BFLOAT16,
        "int16" => ComputeType::INT16,
        "float16" => ComputeType::FLOAT16,
        "bfloat16" => ComputeType::BFLOAT16,
        other => {
            return Err(Error::usage(format!(
                "unknown compute type '{other}' (int8, int8_float32, int8_float16, int8_bfloat16, int16, float32, float16, bfloat16, auto, default)"
            )))
        }
    })
}

impl EngineArgs {
    pub fn options(&self) -> Result<EngineOptions> {
        if self.beam_size == 0 {
            return Err(Error::usage("--beam-size must be at least 1"));
        }
        if self.max_batch_size == 0 {
            return Err(Error::usage("--max-batch-size must be at least 1"));
        }
        if self.inter_threads == 0 {
            return Err(Error::usage("--inter-threads must be at least 1"));
        }
        if self.max_decoding_length == Some(0) {
            return Err(Error::usage("--max-decoding-length must be at least 1"));
        }
        if self.max_input_length < 8 {
            return Err(Error::usage("--max-input-length must be at least 8 tokens"));
        }
        Ok(EngineOptions {
            beam_size: self.beam_size,
            intra_threads: self.intra_threads,
            inter_threads: self.inter_threads,
            max_batch_size: self.max_batch_size,
            batch_by_tokens: self.batch_type == BatchTypeArg::Tokens,
            compute_type: parse_compute_type(&self.compute_type)?,
            max_input_length: self.max_input_length,
            max_decoding_length: self.max_decoding_length,
            min_decoding_length: self.min_decoding_length,
        })
    }
}

/// Counters for the end-of-run report.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Sentences asked for.
    pub sentences: usize,
    /// Distinct sentences sent to the engine.
    pub translated: usize,
    /// Sentences served from the in-memory cache (repeats within the run).
    pub cache_hits: usize,
    /// Sentences longer than --max-input-length, split and re-joined.
    pub split: usize,
    /// Translations that reached --max-decoding-length (possibly cut short).
    pub hit_decoding_limit: usize,
    pub source_tokens: usize,
    pub target_tokens: usize,
}

/// CTranslate2 through ct2rs, with SentencePiece on both sides, batching by token budget,
/// splitting of over-long inputs and a cache of repeated sentences.
pub struct Ct2Translator {
    engine: sys::Translator,
    source_sp: SentencePieceProcessor,
    target_sp: SentencePieceProcessor,
    model: ModelDir,
    opts: EngineOptions,
    input_limit: usize,
    decoding_limit: usize,
    cache: TranslationCache,
    stats: Stats,
    progress: Option<ProgressBar>,
}

impl Ct2Translator {
    pub fn load(model: ModelDir, opts: EngineOptions) -> Result<Ct2Translator> {
        sys::set_log_level(sys::LogLevel::Error);
        let load_sp = |path: &std::path::Path| {
            SentencePieceProcessor::open(path).map_err(|e| {
                Error::model(format!(
                    "{} is not a usable SentencePiece model: {e}",
                    path.display()
                ))
            })
        };
        let source_sp = load_sp(&model.source_spm)?;
        let target_sp = load_sp(&model.target_spm)?;
        let config = Config {
            compute_type: opts.compute_type,
            num_threads_per_replica: opts.intra_threads,
            device_indices: vec![0; opts.inter_threads],
            ..Config::default()
        };
        let engine = sys::Translator::new(&model.path, &config).map_err(|e| {
            Error::model(format!(
                "cannot load the CTranslate2 model in {}: {e} (is model.bin complete and from CTranslate2 >= 3?)",
                model.path.display()
            ))
        })?;
        // Positions are shared by the source tokens and the end-of-sentence token.
        let input_limit = match model.max_positions {
            Some(p) => opts.max_input_length.min(p.saturating_sub(2)).max(1),
            None => opts.max_input_length,
        };
        let decoding_limit = opts
            .max_decoding_length
            .unwrap_or_else(|| model.max_positions.unwrap_or(512));
        Ok(Ct2Translator {
            engine,
            source_sp,
            target_sp,
            model,
            opts,
            input_limit,
            decoding_limit,
            cache: TranslationCache::default(),
            stats: Stats::default(),
            progress: None,
        })
    }

    /// Report progress (in sentences) on this bar.
    pub fn set_progress(&mut self, bar: ProgressBar) {
        self.progress = Some(bar);
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    pub fn model(&self) -> &ModelDir {
        &self.model
    }

    fn tokenize(&self, text: &str) -> Result<Vec<String>> {
        let pieces = self
            .source_sp
            .encode(text)
            .map_err(|e| Error::other(format!("SentencePiece could not encode a sentence: {e}")))?;
        let mut toks: Vec<String> = pieces.into_iter().map(|p| p.piece).collect();
        if self.model.append_source_eos {
            toks.push("</s>".into());
        }
        Ok(toks)
    }

    fn detokenize(&self, pieces: &[String]) -> Result<String> {
        self.target_sp
            .decode_pieces(pieces)
            // A target piece unknown to the target SentencePiece model keeps its word
            // marker; show it as the space it stands for.
            .map(|s| s.replace('\u{2581}', " "))
            .map_err(|e| Error::other(format!("SentencePiece could not decode a translation: {e}")))
    }

    /// Translate token sequences (already within the input limit), in any order; results
    /// come back in input order as (tokens, score).
    /// `unit_weight[i]` is how many input sentences unit `i` completes (for progress).
    fn run_engine(
        &mut self,
        units: &[Vec<String>],
        unit_weight: &[u64],
    ) -> Result<Vec<(Vec<String>, f32)>> {
        let options = TranslationOptions {
            beam_size: self.opts.beam_size,
            max_batch_size: self.opts.max_batch_size,
            batch_type: if self.opts.batch_by_tokens {
                BatchType::Tokens
            } else {
                BatchType::Examples
            },
            // We split long inputs ourselves: the engine must never truncate silently.
            max_input_length: 0,
            max_decoding_length: self.decoding_limit,
            min_decoding_length: self.opts.min_decoding_length.min(self.decoding_limit),
            return_scores: true,
            ..TranslationOptions::default()
        };
        let lengths: Vec<usize> = units.iter().map(|u| u.len()).collect();
        // Each engine call gets one batch (already length-sorted; CTranslate2 splits it by
        // max_batch_size). More batches per call kept more memory (peak RSS at beam 4, 200
        // sentences, oneDNN build: 4 batches a call 553 MiB, one call for everything 599 MiB,
        // one batch a call 492 MiB; bench/throughput/results.md). With several workers
        // (inter_threads), as many calls are in flight at once, one per worker, each from its
        // own thread: a worker that finishes takes the next batch at once instead of waiting
        // for the other worker's batch of the same call.
        let calls = plan_batches(
            &lengths,
            self.opts.max_batch_size,
            self.opts.batch_by_tokens,
        );
        let mut results: Vec<Option<(Vec<String>, f32)>> = vec![None; units.len()];
        let workers = self.opts.inter_threads.clamp(1, calls.len().max(1));
        let next = AtomicUsize::new(0);
        let failed = AtomicBool::new(false);
        let engine = &self.engine;
        let (tx, rx) = mpsc::channel();
        let outcome: Result<()> = std::thread::scope(|scope| {
            for _ in 0..workers {
                let tx = tx.clone();
                let (next, failed, calls, options) = (&next, &failed, &calls, &options);
                scope.spawn(move || loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    if k >= calls.len() || failed.load(Ordering::Relaxed) {
                        break;
                    }
                    let batch: Vec<Vec<String>> =
                        calls[k].iter().map(|&i| units[i].clone()).collect();
                    let out = engine.translate_batch(&batch, options, None);
                    release_free_memory();
                    if out.is_err() {
                        failed.store(true, Ordering::Relaxed);
                    }
                    if tx.send((k, out)).is_err() {
                        break;
                    }
                });
            }
            drop(tx);
            for (k, out) in rx {
                let call = &calls[k];
                let out =
                    out.map_err(|e| Error::other(format!("translation engine failed: {e}")))?;
                if out.len() != call.len() {
                    failed.store(true, Ordering::Relaxed);
                    return Err(Error::other(format!(
                        "translation engine returned {} results for {} inputs",
                        out.len(),
                        call.len()
                    )));
                }
                let mut finished = 0u64;
                for (&i, r) in call.iter().zip(out) {
                    finished += unit_weight[i];
                    let tokens = r.hypotheses.into_iter().next().unwrap_or_default();
                    let score = r.scores.first().copied().unwrap_or(f32::NAN);
                    if tokens.len() >= self.decoding_limit
                        && self.opts.min_decoding_length < self.decoding_limit
                    {
                        self.stats.hit_decoding_limit += 1;
                    }
                    results[i] = Some((tokens, score));
                }
                if let Some(pb) = &self.progress {
                    pb.inc(finished);
                }
            }
            Ok(())
        });
        outcome?;
        Ok(results
            .into_iter()
            .map(|r| r.expect("every unit translated"))
            .collect())
    }
}

impl Translator for Ct2Translator {
    fn translate(&mut self, sentences: &[&str]) -> Result<Vec<Translation>> {
        self.stats.sentences += sentences.len();
        let mut out: Vec<Option<Translation>> = vec![None; sentences.len()];
        // Distinct sentences not in the cache, with the positions that want them.
        let mut pending: Vec<(String, Vec<usize>)> = Vec::new();
        let mut pending_index: HashMap<&str, usize> = HashMap::new();
        let mut served = 0u64;
        for (i, s) in sentences.iter().enumerate() {
            let key = s.trim();
            if key.is_empty() {
                out[i] = Some(Translation {
                    text: String::new(),
                    score: 0.0,
                });
                served += 1;
            } else if let Some(t) = self.cache.get(key) {
                out[i] = Some(t);
                self.stats.cache_hits += 1;
                served += 1;
            } else if let Some(&p) = pending_index.get(key) {
                pending[p].1.push(i);
                self.stats.cache_hits += 1;
            } else {
                pending_index.insert(key, pending.len());
                pending.push((key.to_string(), vec![i]));
            }
        }
        if let Some(pb) = &self.progress {
            pb.inc(served);
        }
        // Tokenize, splitting what is longer than the input limit.
        let mut units: Vec<Vec<String>> = Vec::new();
        let mut owner_units: Vec<std::ops::Range<usize>> = Vec::new();
        for (text, _) in &pending {
            let toks = self.tokenize(text)?;
            self.stats.source_tokens += toks.len();
            let first = units.len();
            if toks.len() > self.input_limit {
                self.stats.split += 1;
                let eos = self.model.append_source_eos;
                let body = if eos {
                    &toks[..toks.len() - 1]
                } else {
                    &toks[..]
                };
                let limit = if eos {
                    self.input_limit - 1
                } else {
                    self.input_limit
                };
                for mut chunk in split_tokens(body, limit.max(1)) {
                    if eos {
                        chunk.push("</s>".into());
                    }
                    units.push(chunk);
                }
            } else {
                units.push(toks);
            }
            owner_units.push(first..units.len());
        }
        self.stats.translated += pending.len();
        let mut unit_weight = vec![0u64; units.len()];
        for ((_, positions), range) in pending.iter().zip(&owner_units) {
            unit_weight[range.end - 1] = positions.len() as u64;
        }
        let results = if units.is_empty() {
            Vec::new()
        } else {
            self.run_engine(&units, &unit_weight)?
        };
        for ((text, positions), range) in pending.into_iter().zip(owner_units) {
            let mut parts = Vec::new();
            let mut weighted = 0.0f32;
            let mut n_tokens = 0usize;
            for (tokens, score) in &results[range] {
                parts.push(self.detokenize(tokens)?);
                let n = tokens.len().max(1);
                weighted += score * n as f32;
                n_tokens += n;
                self.stats.target_tokens += tokens.len();
            }
            let translation = Translation {
                text: parts
                    .iter()
                    .map(|p| p.trim())
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" "),
                score: if n_tokens > 0 {
                    weighted / n_tokens as f32
                } else {
                    0.0
                },
            };
            for p in positions {
                out[p] = Some(translation.clone());
            }
            self.cache.insert(text, translation);
        }
        Ok(out
            .into_iter()
            .map(|t| t.expect("every sentence answered"))
            .collect())
    }

    fn describe(&self) -> String {
        self.model.path.display().to_string()
    }
}

/// Hand the heap pages freed by the last engine call back to the system (glibc), in the
/// oneDNN-only build.
///
/// There CTranslate2 allocates its buffers with glibc's malloc, and the freed buffers of one
/// batch fragment the heap for the next: peak memory grew with the number of batches, 492 MiB
/// against 431 MiB with this trim at beam 4 (bench/throughput/results.md). Builds with MKL
/// allocate through MKL's own buffer cache, and trimming there only adds page faults.
fn release_free_memory() {
    #[cfg(all(
        feature = "dnnl",
        not(feature = "mkl"),
        target_os = "linux",
        target_env = "gnu"
    ))]
    // SAFETY: malloc_trim only returns free memory of the allocator to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// glibc settings for the MKL + oneDNN build (the one measured), made once at program start,
/// before any thread: one arena, no mmap'd blocks, no trimming. The engine's per-batch buffers
/// (tens of MiB at beam 4) then come back from the same heap pages instead of fresh mappings
/// whose every page faults on first write: on the first 200 newstest lines at beam 4 /
/// 1 thread, minor page faults 939k -> 105k, system time 2.07 -> 0.34 s, wall 15.3 -> 13.0 s,
/// peak RSS 443 -> 421 MiB (Python's pipeline: 628k, 14.2 s, 427 MiB; bench/throughput/
/// results.md). Fixed thresholds alone faulted as much (949k), and no mmap without one arena
/// still 405k at 549 MiB: the threads' arenas map heaps of their own.
/// The default (ruy) build is left as it is: there the same settings raised peak memory at
/// beam 1 (306 -> 333 MiB) for no gain in time.
pub fn tune_allocator() {
    #[cfg(all(
        feature = "dnnl",
        feature = "mkl",
        target_os = "linux",
        target_env = "gnu"
    ))]
    // SAFETY: mallopt only changes glibc's allocation policy; called before any thread
    // starts (main), as glibc requires for M_ARENA_MAX to hold for every thread.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_MMAP_MAX, 0);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, i32::MAX);
    }
}
