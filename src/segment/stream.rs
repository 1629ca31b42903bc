//! Streaming segmentation: read a `BufRead` paragraph by paragraph with bounded memory.
//!
//! The reader holds at most one paragraph. A paragraph longer than a soft limit (256 KiB) is
//! handled in pieces: everything but its last sentence is given out and the last sentence
//! is kept to be decided again with more text, so the sentences are the same as
//! [`segment`](super::segment) gives on the whole input. Only a single sentence longer than
//! the hard limit (4 MiB) is cut where the limit falls (at a space when there is one).

use super::{is_blank, split_paragraph};
use crate::text::{Lang, Sentence, Span};
use std::collections::VecDeque;
use std::io::{self, BufRead, Read};

const READ_LIMIT: u64 = 64 * 1024;
const SOFT_LIMIT: usize = 256 << 10;
const HARD_LIMIT: usize = 4 << 20;

/// A sentence read from a stream: its place in the whole input and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnedSentence {
    /// Byte span in the whole input and 0-based paragraph number, as [`segment`](super::segment) gives.
    pub sentence: Sentence,
    pub text: String,
}

/// Iterator over the sentences of a stream; see [`segment_reader`].
pub struct SentenceReader<R> {
    reader: R,
    lang: Lang,
    /// Bytes of the current paragraph not given out yet.
    buf: Vec<u8>,
    /// Offset of `buf[0]` in the whole input.
    base: usize,
    /// `buf[..valid]` is known to be valid UTF-8.
    valid: usize,
    /// Where the line being read starts in `buf`.
    line_start: usize,
    dq_open: bool,
    paragraph: usize,
    paragraph_has_sentence: bool,
    ready: VecDeque<OwnedSentence>,
    done: bool,
    soft_limit: usize,
    hard_limit: usize,
    /// Buffer size at which to try the long-paragraph split again: it doubles after a try
    /// that found no sentence to give out, so a long sentence costs linear time.
    next_try: usize,
    spans: Vec<(usize, usize)>,
}

/// Segment a stream: sentences come out as soon as their paragraph (or, in a very long
/// paragraph, the next sentence) has been read. Offsets are relative to the whole input.
/// Invalid UTF-8 or a NUL byte gives an `InvalidData` error naming the byte offset, after
/// which the iterator ends.
pub fn segment_reader<R: BufRead>(reader: R, lang: Lang) -> SentenceReader<R> {
    SentenceReader::with_limits(reader, lang, SOFT_LIMIT, HARD_LIMIT)
}

impl<R: BufRead> SentenceReader<R> {
    /// Like [`segment_reader`] with other memory limits: a paragraph longer than
    /// `soft_limit` bytes is given out in pieces (same sentences), and a single sentence
    /// longer than `hard_limit` bytes is cut.
    pub fn with_limits(reader: R, lang: Lang, soft_limit: usize, hard_limit: usize) -> Self {
        SentenceReader {
            reader,
            lang,
            buf: Vec::new(),
            base: 0,
            valid: 0,
            line_start: 0,
            dq_open: false,
            paragraph: 0,
            paragraph_has_sentence: false,
            ready: VecDeque::new(),
            done: false,
            soft_limit: soft_limit.max(1),
            hard_limit: hard_limit.max(soft_limit).max(1),
            next_try: soft_limit.max(1),
            spans: Vec::new(),
        }
    }

    fn bad_data(&self, at: usize, what: &str) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{what} at byte offset {}", self.base + at),
        )
    }

    /// Read one line (or a piece of a long one) and give out what it completes.
    fn step(&mut self) -> io::Result<()> {
        let before = self.buf.len();
        let n = (&mut self.reader)
            .take(READ_LIMIT.min(self.soft_limit as u64))
            .read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            if self.valid < self.buf.len() {
                return Err(self.bad_data(self.valid, "invalid UTF-8"));
            }
            self.emit_upto(self.buf.len());
            self.done = true;
            return Ok(());
        }
        if let Some(i) = self.buf[before..].iter().position(|&b| b == 0) {
            return Err(self.bad_data(before + i, "NUL byte"));
        }
        let complete = self.buf.last() == Some(&b'\n');
        match std::str::from_utf8(&self.buf[self.valid..]) {
            Ok(_) => self.valid = self.buf.len(),
            Err(e) if e.error_len().is_none() && !complete => self.valid += e.valid_up_to(),
            Err(e) => return Err(self.bad_data(self.valid + e.valid_up_to(), "invalid UTF-8")),
        }
        if complete {
            let line = std::str::from_utf8(&self.buf[self.line_start..]).unwrap_or("x");
            if is_blank(line) {
                let end = self.line_start;
                self.emit_upto(end);
                if self.paragraph_has_sentence {
                    self.paragraph += 1;
                    self.paragraph_has_sentence = false;
                }
                self.drop_front(self.buf.len());
                self.dq_open = false;
                self.next_try = self.soft_limit;
                return Ok(());
            }
            self.line_start = self.buf.len();
        }
        if self.buf.len() >= self.next_try {
            self.flush_long(complete);
        }
        Ok(())
    }

    /// A long paragraph: give out all its sentences but the last.
    fn flush_long(&mut self, complete: bool) {
        let text = std::str::from_utf8(&self.buf[..self.valid]).unwrap_or("");
        // Decide only up to a whitespace, so that every token looked at is whole.
        let limit = if complete {
            text.len()
        } else {
            text.rfind(char::is_whitespace).map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            })
        };
        self.spans.clear();
        let end = split_paragraph(&text[..limit], self.lang, self.dq_open, &mut self.spans);
        // Keep the last sentence the punctuation rules found (and what the enumeration
        // rule made of it): it is decided again when more text has come.
        let count = self
            .spans
            .iter()
            .take_while(|s| s.0 < end.last_piece)
            .count();
        if count > 0 {
            self.give_out(count, end.last_piece, end.dq_at_last_piece);
            self.next_try = self.soft_limit.max(self.buf.len().saturating_mul(2));
        } else if self.buf.len() >= self.hard_limit {
            let cut = if limit > 0 { limit } else { self.valid };
            self.emit_upto(cut);
            self.next_try = self.soft_limit;
        } else {
            self.next_try = self.buf.len().saturating_mul(2).min(self.hard_limit);
        }
    }

    /// Give out the first `count` spans of `self.spans` and drop `buf[..keep]`, where the
    /// straight-quote state is `dq_open`.
    fn give_out(&mut self, count: usize, keep: usize, dq_open: bool) {
        let text = std::str::from_utf8(&self.buf[..keep]).unwrap_or("");
        for &(a, z) in &self.spans[..count] {
            self.ready.push_back(OwnedSentence {
                sentence: Sentence {
                    span: Span::new(self.base + a, self.base + z),
                    paragraph: self.paragraph,
                },
                text: text[a..z].to_string(),
            });
        }
        if count > 0 {
            self.paragraph_has_sentence = true;
        }
        self.dq_open = dq_open;
        self.drop_front(keep);
    }

    /// Segment `buf[..end]` as a whole, give out its sentences and drop those bytes.
    fn emit_upto(&mut self, end: usize) {
        if end == 0 {
            return;
        }
        let Ok(text) = std::str::from_utf8(&self.buf[..end]) else {
            return;
        };
        self.spans.clear();
        let pass = split_paragraph(text, self.lang, self.dq_open, &mut self.spans);
        let count = self.spans.len();
        self.give_out(count, end, pass.dq_end);
    }

    fn drop_front(&mut self, end: usize) {
        self.buf.drain(..end);
        self.base += end;
        self.valid -= end.min(self.valid);
        self.line_start = self.line_start.saturating_sub(end);
    }
}

impl<R: BufRead> Iterator for SentenceReader<R> {
    type Item = io::Result<OwnedSentence>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(s) = self.ready.pop_front() {
                return Some(Ok(s));
            }
            if self.done {
                return None;
            }
            if let Err(e) = self.step() {
                self.done = true;
                return Some(Err(e));
            }
        }
    }
}
