//! Translation: the [`Translator`] trait, the CTranslate2 engine behind it, translations
//! read from a file, and the model catalog with its fetch/import paths.

pub mod batch;
pub mod cache;
pub mod catalog;
pub mod engine;
pub mod fetch;
pub mod file;
pub mod model_dir;

use crate::error::Result;

pub use engine::{tune_allocator, Ct2Translator, EngineArgs, EngineOptions};
pub use file::FileTranslations;

/// CTranslate2's CPU matrix-multiplication backends in this build (`bitext --version`).
/// CTranslate2 picks at run time: Intel MKL on Intel CPUs, else oneDNN, else ruy.
pub const BACKEND: &str = match (
    cfg!(feature = "mkl"),
    cfg!(feature = "dnnl"),
    cfg!(feature = "ruy"),
) {
    (true, true, _) => "Intel MKL on Intel CPUs, oneDNN on others, OpenMP",
    (true, false, true) => "Intel MKL on Intel CPUs, ruy on others, OpenMP",
    (true, false, false) => "Intel MKL, OpenMP",
    (false, true, _) => "oneDNN, OpenMP",
    _ => "ruy",
};

/// One English output for one input sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Translation {
    pub text: String,
    /// Mean log-probability per target token (0 is certain; more negative is less sure).
    /// `f32::NAN` when the translation did not come from a model (e.g. a file).
    pub score: f32,
}

/// Anything that turns French sentences into English ones.
///
/// Implementations must return exactly one translation per input, in input order.
pub trait Translator {
    fn translate(&mut self, sentences: &[&str]) -> Result<Vec<Translation>>;

    /// A short description for logs and reports (model name, path).
    fn describe(&self) -> String;
}

/// Load the CTranslate2 engine for `--model` (fetching the default model on first use).
pub fn open_engine(args: &EngineArgs, quiet: bool) -> Result<Ct2Translator> {
    let opts = args.options()?;
    let located = fetch::resolve_model(args.model.as_deref(), true, quiet)?;
    Ct2Translator::load(located.dir, opts)
}

/// [`open_engine`] behind the [`Translator`] trait.
pub fn open_translator(args: &EngineArgs, quiet: bool) -> Result<Box<dyn Translator>> {
    Ok(Box::new(open_engine(args, quiet)?))
}
