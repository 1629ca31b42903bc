//! Batching helpers: splitting over-long token sequences and grouping sequences into
//! length-sorted batches under a token budget. Pure functions, so they are easy to test.

/// SentencePiece's word-start marker.
const WORD_START: char = '\u{2581}';

/// Split a token sequence into chunks of at most `limit` tokens (never truncates).
///
/// Cuts prefer, in order: after a sentence-internal punctuation token (`, ; : ) » …`) at a
/// word start, then any word start, then anywhere; always in the second half of the window
/// so chunks stay reasonably long.
pub fn split_tokens(tokens: &[String], limit: usize) -> Vec<Vec<String>> {
    let limit = limit.max(1);
    let mut chunks = Vec::new();
    let mut start = 0;
    while tokens.len() - start > limit {
        let window_end = start + limit; // exclusive: the chunk may end at most here
        let lo = start + limit / 2;
        let starts_word = |i: usize| tokens[i].starts_with(WORD_START);
        let after_punct = |i: usize| {
            let prev = tokens[i - 1].trim_end_matches(WORD_START);
            prev.ends_with([',', ';', ':', ')', '»', '"', '.', '!', '?', '…', '—', '–'])
        };
        let mut cut = None;
        for i in (lo.max(start + 1)..=window_end).rev() {
            if i < tokens.len() && starts_word(i) && after_punct(i) {
                cut = Some(i);
                break;
            }
        }
        if cut.is_none() {
            cut = (lo.max(start + 1)..=window_end)
                .rev()
                .find(|&i| i < tokens.len() && starts_word(i));
        }
        let cut = cut.unwrap_or(window_end);
        chunks.push(tokens[start..cut].to_vec());
        start = cut;
    }
    chunks.push(tokens[start..].to_vec());
    chunks
}

/// Group sequence indices into batches, longest first, so that each batch's padded size
/// (longest sequence × number of sequences) stays within `budget` tokens; a sequence longer
/// than the budget gets a batch of its own. With `by_tokens == false` the budget counts
/// sequences instead. Every index appears exactly once.
pub fn plan_batches(lengths: &[usize], budget: usize, by_tokens: bool) -> Vec<Vec<usize>> {
    let budget = budget.max(1);
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by(|&a, &b| lengths[b].cmp(&lengths[a]).then(a.cmp(&b)));
    let mut batches: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut longest = 0;
    for i in order {
        let len = lengths[i].max(1);
        let new_longest = longest.max(len);
        let cost = if by_tokens {
            new_longest * (current.len() + 1)
        } else {
            current.len() + 1
        };
        if !current.is_empty() && cost > budget {
            batches.push(std::mem::take(&mut current));
            longest = len;
        } else {
            longest = new_longest;
        }
        current.push(i);
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn short_sequences_are_not_split() {
        let t = toks("▁a ▁b ▁c");
        assert_eq!(split_tokens(&t, 3), vec![t.clone()]);
    }

    #[test]
    fn split_never_loses_tokens_and_respects_limit() {
        let t: Vec<String> = (0..1000)
            .map(|i| {
                if i % 3 == 0 {
                    format!("▁w{i}")
                } else {
                    format!("x{i}")
                }
            })
            .collect();
        for limit in [1, 2, 7, 50, 999, 1000] {
            let chunks = split_tokens(&t, limit);
            assert!(chunks.iter().all(|c| !c.is_empty() && c.len() <= limit));
            assert_eq!(chunks.concat(), t);
        }
    }

    #[test]
    fn split_prefers_clause_boundaries() {
        let t = toks("▁un ▁deux , ▁trois ▁quatre ▁cinq ▁six");
        let chunks = split_tokens(&t, 5);
        assert_eq!(chunks[0], toks("▁un ▁deux ,"));
    }

    #[test]
    fn batches_cover_all_and_stay_in_budget() {
        let lengths = vec![5, 50, 3, 3, 40, 7, 200, 1, 0];
        let batches = plan_batches(&lengths, 100, true);
        let mut seen: Vec<usize> = batches.concat();
        seen.sort();
        assert_eq!(seen, (0..lengths.len()).collect::<Vec<_>>());
        for b in &batches {
            let longest = b.iter().map(|&i| lengths[i].max(1)).max().unwrap();
            assert!(b.len() == 1 || longest * b.len() <= 100, "{b:?}");
        }
        // Longest first.
        assert_eq!(batches[0], vec![6]);
    }

    #[test]
    fn batches_by_examples() {
        let batches = plan_batches(&[1, 2, 3, 4, 5], 2, false);
        assert_eq!(batches.len(), 3);
    }
}
