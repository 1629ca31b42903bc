//! Reading user input safely and writing output files atomically.

use crate::error::{Error, Result};
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Read a whole text input: a path, or `-` for standard input.
///
/// The text must be valid UTF-8 without NUL bytes; the error names the byte offset of the
/// first bad byte. A UTF-8 byte-order mark is kept (spans stay byte offsets of the file).
pub fn read_text(path: &str) -> Result<String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|e| Error::input(format!("cannot read standard input: {e}")))?;
        buf
    } else {
        check_input_file(path)?;
        fs::read(path).map_err(|e| Error::input(format!("cannot read {path}: {e}")))?
    };
    text_from_bytes(bytes, path)
}

/// Read a file of lines (translations, a lexicon, one sentence a line) like [`read_text`],
/// without a leading byte-order mark: its lines are data, not spans into a text, and the
/// mark would otherwise stick to the first one.
pub fn read_line_file(path: &str) -> Result<String> {
    let mut text = read_text(path)?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// Check that `path` is an existing file, not a directory, with one-line errors.
fn check_input_file(path: &str) -> Result<()> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::input(format!("{path}: no such file")),
        io::ErrorKind::PermissionDenied => Error::input(format!("{path}: permission denied")),
        _ => Error::input(format!("{path}: {e}")),
    })?;
    if meta.is_dir() {
        return Err(Error::input(format!(
            "{path} is a directory; give a text file (or - for standard input)"
        )));
    }
    Ok(())
}

/// Open a path (or `-`) for streaming, with the same one-line errors as [`read_text`].
pub fn open_input(path: &str) -> Result<Box<dyn io::BufRead>> {
    if path == "-" {
        return Ok(Box::new(io::BufReader::with_capacity(1 << 16, io::stdin())));
    }
    check_input_file(path)?;
    let file =
        fs::File::open(path).map_err(|e| Error::input(format!("cannot read {path}: {e}")))?;
    Ok(Box::new(io::BufReader::with_capacity(1 << 16, file)))
}

/// Validate bytes as text input (see [`read_text`]); `name` is used in error messages.
pub fn text_from_bytes(bytes: Vec<u8>, name: &str) -> Result<String> {
    let name = if name == "-" { "standard input" } else { name };
    match String::from_utf8(bytes) {
        Ok(s) => {
            if let Some(pos) = s.bytes().position(|b| b == 0) {
                return Err(Error::input(format!(
                    "{name}: NUL byte at byte offset {pos}; this looks like a binary file, not text"
                )));
            }
            Ok(s)
        }
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            Err(Error::input(format!(
                "{name}: invalid UTF-8 at byte offset {pos}; convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)"
            )))
        }
    }
}

/// Where output goes: a file written atomically, or standard output.
pub enum Output {
    Stdout,
    File(PathBuf),
}

impl Output {
    pub fn from_arg(arg: Option<&Path>) -> Output {
        match arg {
            None => Output::Stdout,
            Some(p) if p.as_os_str() == "-" => Output::Stdout,
            Some(p) => Output::File(p.to_path_buf()),
        }
    }
}

/// Write a file atomically: the content goes to a temporary file in the same directory,
/// which is renamed over `path` only when `write` succeeded and the data is flushed.
/// A failed run leaves no half-written output (and an older file at `path` untouched).
pub fn write_atomically<F>(path: &Path, write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let tmp = temp_path_for(path)?;
    let result = (|| -> io::Result<()> {
        let file = fs::File::create(&tmp)?;
        let mut w = io::BufWriter::new(file);
        write(&mut w)?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::other(format!(
            "cannot write {}: {e}",
            path.display()
        )));
    }
    Ok(())
}

/// Check that `path` can be written (its directory exists, it is not a directory) and
/// return the temporary file beside it that [`write_atomically`] and streaming writers
/// fill before renaming it over `path`.
pub fn temp_path_for(path: &Path) -> Result<PathBuf> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(Error::input(format!(
            "cannot write {}: directory {} does not exist",
            path.display(),
            dir.display()
        )));
    }
    if path.is_dir() {
        return Err(Error::input(format!(
            "cannot write {}: it is a directory",
            path.display()
        )));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let tmp = dir.join(format!(".{}.{}.tmp", file_name, std::process::id()));
    Ok(tmp)
}

/// Write to `out`: atomically to a file, or straight to standard output.
pub fn write_output<F>(out: &Output, write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    match out {
        Output::File(p) => write_atomically(p, write),
        Output::Stdout => {
            let stdout = io::stdout();
            let mut w = io::BufWriter::new(stdout.lock());
            match write(&mut w).and_then(|_| w.flush()) {
                Ok(()) => Ok(()),
                // A closed pipe (`| head`) is the reader's choice, not an error.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(Error::other(format!(
                    "cannot write to standard output: {e}"
                ))),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_offset() {
        let err = text_from_bytes(b"abc\xff".to_vec(), "f.txt").unwrap_err();
        assert!(err.message.contains("byte offset 3"), "{}", err.message);
    }

    #[test]
    fn nul_byte_is_rejected() {
        let err = text_from_bytes(b"ab\0c".to_vec(), "f.txt").unwrap_err();
        assert!(err.message.contains("NUL byte at byte offset 2"));
    }

    #[test]
    fn atomic_write_leaves_nothing_on_failure() {
        let dir = std::env::temp_dir().join(format!("bitext-io-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("out.txt");
        fs::write(&target, "old").unwrap();
        let r = write_atomically(&target, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::other("boom"))
        });
        assert!(r.is_err());
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            1,
            "temporary file left behind"
        );
        write_atomically(&target, |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn line_files_lose_their_byte_order_mark_and_texts_keep_it() {
        let dir = std::env::temp_dir().join(format!("bitext-io-bom-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.txt");
        fs::write(&path, "\u{feff}The first line\r\nThe second\n").unwrap();
        let p = path.display().to_string();
        assert_eq!(
            read_line_file(&p).unwrap(),
            "The first line\r\nThe second\n"
        );
        // A text keeps it: sentence spans are byte offsets of the file.
        assert!(read_text(&p).unwrap().starts_with('\u{feff}'));
        let t = crate::translate::FileTranslations::open(&p, Some(2)).unwrap();
        assert_eq!(t.lines(), ["The first line", "The second"]);
        fs::remove_dir_all(&dir).unwrap();
    }
}
