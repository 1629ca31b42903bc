//! Fuzz the segmenter: no panic on any input; spans tile the input; streaming gives the
//! same sentences as whole-string segmentation; bad bytes are errors, not panics.
//! Run: RUSTC_BOOTSTRAP=1 cargo fuzz run segment (from the repository root).
#![no_main]
#![allow(dead_code, unused_imports)]

#[path = "../../src/segment/mod.rs"]
mod segment;
#[path = "../../src/text/mod.rs"]
mod text;

use libfuzzer_sys::fuzz_target;
use text::Lang;

fn check(text: &str, lang: Lang) {
    let out = segment::segment(text, lang);
    let mut pos = 0;
    let mut par = 0;
    for s in &out {
        assert!(s.span.start >= pos && s.span.start < s.span.end);
        assert!(text[pos..s.span.start].chars().all(char::is_whitespace));
        let t = s.span.of(text);
        assert_eq!(t, t.trim());
        assert!(s.paragraph >= par);
        par = s.paragraph;
        pos = s.span.end;
    }
    assert!(text[pos..].chars().all(char::is_whitespace));
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks the language and the streaming soft limit.
    let (head, body) = match data.split_first() {
        Some((h, b)) => (*h, b),
        None => (0, data),
    };
    let lang = if head & 1 == 0 { Lang::Fr } else { Lang::En };
    let soft = 1 + (head as usize >> 1);
    match std::str::from_utf8(body) {
        Ok(text) => {
            check(text, lang);
            if !text.contains('\0') {
                let streamed: Vec<_> = segment::segment_reader(body, lang)
                    .map(|r| r.expect("valid text streams without error"))
                    .collect();
                let whole = segment::segment(text, lang);
                assert_eq!(streamed.len(), whole.len());
                for (a, b) in streamed.iter().zip(&whole) {
                    assert_eq!(a.sentence, *b);
                }
                // A small soft limit: the same sentences.
                let pieces: Vec<_> =
                    segment::SentenceReader::with_limits(body, lang, soft, 1 << 20)
                        .map(|r| r.expect("valid text streams without error").sentence)
                        .collect();
                assert_eq!(pieces, whole);
                // Small limits both: still a tiling, never a panic.
                let mut pos = 0;
                for r in segment::SentenceReader::with_limits(body, lang, soft, soft * 4) {
                    let s = r.expect("valid text");
                    assert!(s.sentence.span.start >= pos);
                    assert!(text[pos..s.sentence.span.start]
                        .chars()
                        .all(char::is_whitespace));
                    assert_eq!(&text[s.sentence.span.start..s.sentence.span.end], s.text);
                    pos = s.sentence.span.end;
                }
            }
        }
        Err(_) => {
            // Invalid UTF-8: the reader must stop with an error, not panic.
            let mut saw_error = false;
            for r in segment::segment_reader(body, lang) {
                if r.is_err() {
                    saw_error = true;
                }
            }
            assert!(saw_error);
        }
    }
});
