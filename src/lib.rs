//! bitext: French text to English and to parallel text, locally.
//!
//! The flow is one direction: [`segment`] splits text into sentences (byte spans into the
//! input), [`translate`] turns French sentences into English with a local CTranslate2 model,
//! [`align`] pairs sentences of two documents, [`quotes`] checks quotations against English
//! sources, and [`format`] writes the result. The binary (`src/main.rs`, `src/cli/`) only
//! parses arguments and wires these stages together.

#[cfg(not(any(feature = "ruy", feature = "dnnl", feature = "mkl")))]
compile_error!(
    "bitext needs a CTranslate2 CPU backend: build with the default features (ruy), \
     or with `--no-default-features --features dnnl` / `--features mkl,dnnl`"
);

pub mod align;
pub mod error;
pub mod format;
pub mod io;
pub mod progress;
pub mod quotes;
pub mod segment;
pub mod text;
pub mod translate;

pub use error::{Error, ErrorKind, Result};
pub use text::{Bead, Lang, Pair, Sentence, Span};
