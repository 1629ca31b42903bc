//! One error type for the whole tool: a one-line message and the exit code it maps to.

use std::fmt;

/// Documented exit codes (see README, "Exit codes").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// 1: anything else (I/O failure while writing, engine failure).
    Other,
    /// 2: bad command-line usage (clap uses 2 as well).
    Usage,
    /// 3: the input is not usable (missing file, directory, invalid UTF-8, NUL bytes, ...).
    Input,
    /// 4: the model is missing, incomplete or corrupt, or the catalog name is unknown.
    Model,
    /// 5: a network fetch failed (no connection, server error, interrupted download).
    Network,
}

impl ErrorKind {
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Other => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Input => 3,
            ErrorKind::Model => 4,
            ErrorKind::Network => 5,
        }
    }
}

#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }
    pub fn input(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Input, message)
    }
    pub fn model(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Model, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn network(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Network, message)
    }
    pub fn other(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Other, message)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Keep it to one line whatever the source said.
        let one_line = self.message.replace(['\n', '\r'], " ");
        f.write_str(one_line.trim())
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
