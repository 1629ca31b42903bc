//! Translations given in a file, one line per sentence, for users with their own MT.

use super::{Translation, Translator};
use crate::error::{Error, Result};

/// Reads translations from a file: line `i` is the translation of the `i`-th sentence asked
/// for (across calls, in order). Asking for more sentences than the file has is an error.
pub struct FileTranslations {
    name: String,
    lines: Vec<String>,
    cursor: usize,
}

impl FileTranslations {
    /// Open `path` (`-` for standard input). With `expected`, the line count must match.
    pub fn open(path: &str, expected: Option<usize>) -> Result<FileTranslations> {
        let text = crate::io::read_line_file(path)?;
        let lines: Vec<String> = text
            .lines()
            .map(|l| l.trim_end_matches('\r').to_string())
            .collect();
        if let Some(n) = expected {
            if lines.len() != n {
                return Err(Error::input(format!(
                    "{path} has {} lines but {n} translations are needed (one line per sentence)",
                    lines.len()
                )));
            }
        }
        Ok(FileTranslations {
            name: path.to_string(),
            lines,
            cursor: 0,
        })
    }

    pub fn from_lines(name: &str, lines: Vec<String>) -> FileTranslations {
        FileTranslations {
            name: name.to_string(),
            lines,
            cursor: 0,
        }
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }
}

impl Translator for FileTranslations {
    fn translate(&mut self, sentences: &[&str]) -> Result<Vec<Translation>> {
        let end = self.cursor + sentences.len();
        if end > self.lines.len() {
            return Err(Error::input(format!(
                "{} has {} lines, fewer than the {} sentences to translate",
                self.name,
                self.lines.len(),
                end
            )));
        }
        let out = self.lines[self.cursor..end]
            .iter()
            .map(|l| Translation {
                text: l.clone(),
                score: f32::NAN,
            })
            .collect();
        self.cursor = end;
        Ok(out)
    }

    fn describe(&self) -> String {
        format!("translations from {}", self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_lines_in_order_and_refuses_overrun() {
        let mut t = FileTranslations::from_lines("t", vec!["a".into(), "b".into(), "c".into()]);
        assert_eq!(t.translate(&["x", "y"]).unwrap()[1].text, "b");
        assert_eq!(t.translate(&["z"]).unwrap()[0].text, "c");
        assert!(t.translate(&["w"]).is_err());
    }
}
