//! Streaming output: pairs are written as they come, to temporary files that are renamed
//! into place only by [`PairSink::finish`]; dropping an unfinished sink removes them.

use super::{
    links_line, moses_line, write_jsonl_row, write_text_piece, write_tsv_header, write_tsv_row,
    Format, Meta,
};
use crate::error::{Error, Result};
use crate::text::Pair;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

struct TempFile {
    tmp: PathBuf,
    target: PathBuf,
    w: BufWriter<fs::File>,
}

impl TempFile {
    fn create(target: &Path) -> Result<TempFile> {
        let tmp = crate::io::temp_path_for(target)?;
        let f = fs::File::create(&tmp)
            .map_err(|e| Error::other(format!("cannot create {}: {e}", tmp.display())))?;
        Ok(TempFile {
            tmp,
            target: target.to_path_buf(),
            w: BufWriter::new(f),
        })
    }
}

enum Dest {
    Stdout(BufWriter<io::Stdout>),
    Files(Vec<TempFile>),
}

/// A writer of pairs in one format, to standard output or atomically to file(s).
pub struct PairSink {
    format: Format,
    meta: Meta,
    dest: Dest,
    finished: bool,
    count: usize,
    last_paragraph: Option<usize>,
    /// Standard output was closed by the reader (`| head`): stop writing, quietly.
    pipe_closed: bool,
}

fn io_err(e: io::Error) -> Error {
    Error::other(format!("cannot write output: {e}"))
}

impl PairSink {
    /// `output`: `None` or `-` for standard output, else a file (Moses: a prefix for
    /// `PREFIX.fr` and `PREFIX.en`).
    pub fn create(format: Format, output: Option<&Path>, meta: &Meta) -> Result<PairSink> {
        let file = output.filter(|p| p.as_os_str() != "-");
        let dest = match (format, file) {
            (Format::Moses, None) => {
                return Err(Error::usage(
                    "--format moses writes two files: give an output prefix with -o PREFIX (writes PREFIX.fr and PREFIX.en)",
                ))
            }
            (Format::Moses, Some(prefix)) => {
                let (fr, en) = super::moses_paths(prefix, meta);
                Dest::Files(vec![TempFile::create(&fr)?, TempFile::create(&en)?])
            }
            (_, Some(p)) => Dest::Files(vec![TempFile::create(p)?]),
            (_, None) => Dest::Stdout(BufWriter::new(io::stdout())),
        };
        let mut sink = PairSink {
            format,
            meta: meta.clone(),
            dest,
            finished: false,
            count: 0,
            last_paragraph: None,
            pipe_closed: false,
        };
        sink.begin()?;
        Ok(sink)
    }

    fn main(&mut self) -> &mut dyn Write {
        match &mut self.dest {
            Dest::Stdout(w) => w,
            Dest::Files(f) => &mut f[0].w,
        }
    }

    fn begin(&mut self) -> Result<()> {
        match self.format {
            Format::Tsv => {
                let r = write_tsv_header(self.main());
                self.settle(r)
            }
            Format::Tmx => {
                let meta = self.meta.clone();
                let r = super::tmx::write_header(self.main(), &meta);
                self.settle(r)
            }
            _ => Ok(()),
        }
    }

    /// A closed standard output is the reader's choice (`| head`), not an error.
    fn settle(&mut self, r: io::Result<()>) -> Result<()> {
        match r {
            Err(e)
                if e.kind() == io::ErrorKind::BrokenPipe
                    && matches!(self.dest, Dest::Stdout(_)) =>
            {
                self.pipe_closed = true;
                Ok(())
            }
            r => r.map_err(io_err),
        }
    }

    pub fn write(&mut self, p: &Pair) -> Result<()> {
        self.count += 1;
        if self.pipe_closed {
            return Ok(());
        }
        let r = match self.format {
            Format::Tsv => write_tsv_row(self.main(), p),
            Format::Jsonl => write_jsonl_row(self.main(), p),
            Format::Tmx => {
                let meta = self.meta.clone();
                super::tmx::write_tu(self.main(), p, &meta)
            }
            Format::Links => writeln!(self.main(), "{}", links_line(p)),
            Format::Text => {
                let last = self.last_paragraph.replace(p.paragraph);
                write_text_piece(self.main(), p, last)
            }
            Format::Moses => match &mut self.dest {
                Dest::Files(f) => writeln!(f[0].w, "{}", moses_line(&p.source))
                    .and_then(|_| writeln!(f[1].w, "{}", moses_line(&p.target))),
                Dest::Stdout(_) => unreachable!("moses needs files"),
            },
        };
        self.settle(r)
    }

    /// Whether the reader of standard output has gone away (there is no point going on).
    pub fn is_closed(&self) -> bool {
        self.pipe_closed
    }

    /// Number of pairs written so far.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Close the output: footer, flush, sync, and rename the temporary file(s) into place.
    pub fn finish(mut self) -> Result<()> {
        if !self.pipe_closed && self.format == Format::Tmx {
            let r = super::tmx::write_footer(self.main());
            self.settle(r)?;
        }
        if !self.pipe_closed && self.format == Format::Text && self.last_paragraph.is_some() {
            let r = writeln!(self.main());
            self.settle(r)?;
        }
        self.finished = true;
        match std::mem::replace(&mut self.dest, Dest::Files(Vec::new())) {
            Dest::Stdout(mut w) => match w.flush() {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(io_err(e)),
                _ => Ok(()),
            },
            Dest::Files(files) => {
                let mut synced = Vec::new();
                for f in files {
                    let tmp = f.tmp.clone();
                    let target = f.target.clone();
                    let r =
                        f.w.into_inner()
                            .map_err(|e| e.into_error())
                            .and_then(|file| file.sync_all());
                    if let Err(e) = r {
                        let _ = fs::remove_file(&tmp);
                        for (t, _) in &synced {
                            let _ = fs::remove_file(t);
                        }
                        return Err(io_err(e));
                    }
                    synced.push((tmp, target));
                }
                for (tmp, target) in &synced {
                    if let Err(e) = fs::rename(tmp, target) {
                        for (t, _) in &synced {
                            let _ = fs::remove_file(t);
                        }
                        return Err(Error::other(format!(
                            "cannot write {}: {e}",
                            target.display()
                        )));
                    }
                }
                Ok(())
            }
        }
    }
}

impl Drop for PairSink {
    fn drop(&mut self) {
        if !self.finished {
            if let Dest::Files(files) = &self.dest {
                for f in files {
                    let _ = fs::remove_file(&f.tmp);
                }
            }
        }
    }
}
