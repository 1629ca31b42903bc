//! The in-run translation cache, bounded so that memory stays flat on endless inputs.
//!
//! Two generations: lookups hit either, new entries go into the young one, and when the
//! young one is full the old one is dropped and the young one takes its place. A sentence
//! that keeps coming back (bylines, captions, "Lire aussi") is moved to the young generation
//! on each hit, so it stays; one seen once is forgotten after at most two generations.
//! Memory: at most `2 × capacity` entries.

use super::Translation;
use std::collections::HashMap;

pub struct TranslationCache {
    young: HashMap<String, Translation>,
    old: HashMap<String, Translation>,
    capacity: usize,
}

/// Entries per generation: 50k distinct sentences (about 20 MB at news sentence lengths).
pub const DEFAULT_CAPACITY: usize = 50_000;

impl Default for TranslationCache {
    fn default() -> Self {
        TranslationCache::with_capacity(DEFAULT_CAPACITY)
    }
}

impl TranslationCache {
    pub fn with_capacity(capacity: usize) -> Self {
        TranslationCache {
            young: HashMap::new(),
            old: HashMap::new(),
            capacity: capacity.max(1),
        }
    }

    pub fn get(&mut self, key: &str) -> Option<Translation> {
        if let Some(t) = self.young.get(key) {
            return Some(t.clone());
        }
        let (k, t) = self.old.remove_entry(key)?;
        self.insert(k, t.clone());
        Some(t)
    }

    pub fn insert(&mut self, key: String, t: Translation) {
        if self.young.len() >= self.capacity && !self.young.contains_key(&key) {
            self.old = std::mem::take(&mut self.young);
        }
        self.young.insert(key, t);
    }

    pub fn len(&self) -> usize {
        self.young.len() + self.old.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Translation {
        Translation {
            text: s.into(),
            score: 0.0,
        }
    }

    #[test]
    fn bounded_and_keeps_what_repeats() {
        let mut c = TranslationCache::with_capacity(10);
        c.insert("byline".into(), t("BYLINE"));
        for i in 0..1000 {
            c.insert(format!("s{i}"), t("x"));
            if i % 7 == 0 {
                assert_eq!(c.get("byline").unwrap().text, "BYLINE");
            }
            assert!(c.len() <= 20);
        }
        assert!(c.get("byline").is_some());
        assert!(c.get("s0").is_none());
        assert!(c.get("s999").is_some());
    }
}
