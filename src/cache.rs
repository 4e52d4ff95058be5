//! Memory between rebuilds in one process (`serve`): results of pure steps, keyed by a hash of everything
//! they read, so that a rebuild after one saved page redoes only what that page changed. Nothing is guessed
//! about dependencies: a key covers the whole input of its step, so a cached result is exactly what the
//! step would compute again, and the served site equals a clean build.
//!
//! Each cache keeps two generations: entries used by the current build and entries from the previous one.
//! [`BuildCache::finish_build`], called after every build, failed or not, drops what the last build did not
//! use, so memory follows the site's size; a cache the build never reached (it failed before that step)
//! is kept whole for the fix.

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use xxhash_rust::xxh3::Xxh3;

use crate::markdown::Rendered;
use crate::search::analyzer::IndexToken;

/// A 128-bit content hash: collisions are out of the question for a site's few hundred thousand entries.
pub type Key = u128;

/// Builds a [`Key`] from strings and numbers (and, through `io::Write`, any serialized value).
#[derive(Default)]
pub struct Fingerprint(Xxh3);

impl Fingerprint {
    pub fn new() -> Self {
        Fingerprint(Xxh3::new())
    }

    /// Adds a string with its length, so that ("ab", "c") and ("a", "bc") differ.
    pub fn str(mut self, s: &str) -> Self {
        self.0.update(&(s.len() as u64).to_le_bytes());
        self.0.update(s.as_bytes());
        self
    }

    pub fn number(mut self, n: u128) -> Self {
        self.0.update(&n.to_le_bytes());
        self
    }

    pub fn finish(&self) -> Key {
        self.0.digest128()
    }
}

impl std::io::Write for Fingerprint {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({:032x})", self.finish())
    }
}

/// One cache: key → value, in two generations.
struct Memo<V> {
    current: HashMap<Key, V>,
    previous: HashMap<Key, V>,
    /// Whether this build used the cache at all: a build that failed before this step keeps it whole.
    used: bool,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo { current: HashMap::new(), previous: HashMap::new(), used: false }
    }
}

impl<V: Clone> Memo<V> {
    fn get(&mut self, key: Key) -> Option<V> {
        self.used = true;
        if let Some(v) = self.current.get(&key) {
            return Some(v.clone());
        }
        let v = self.previous.remove(&key)?;
        self.current.insert(key, v.clone());
        Some(v)
    }

    fn insert(&mut self, key: Key, value: V) {
        self.used = true;
        self.current.insert(key, value);
    }

    /// Forgets what the build that just ended did not use, if it used this cache at all.
    fn rotate(&mut self) {
        if std::mem::take(&mut self.used) {
            self.previous = std::mem::take(&mut self.current);
        }
    }
}

/// A rendered Markdown body and the link resolutions it was rendered with, in the order the renderer
/// asked for them. The body can be reused when the same text resolves every link the same way again.
#[derive(Clone)]
pub struct CachedBody {
    pub rendered: Rendered,
    pub resolutions: Vec<Resolution>,
}

/// One link the renderer resolved: destination, file line, and the outcome.
pub type Resolution =
    (String, usize, Result<crate::markdown::ResolvedLink, (crate::diagnostics::Message, crate::diagnostics::Message)>);

/// The caches `serve` keeps between rebuilds. Shared by the rendering threads.
#[derive(Default)]
pub struct BuildCache {
    bodies: Mutex<Memo<Arc<CachedBody>>>,
    pages: Mutex<Memo<Arc<[u8]>>>,
    analyses: Mutex<Memo<Arc<[Vec<IndexToken>; crate::search::index::FIELD_COUNT]>>>,
    hits: AtomicUsize,
    misses: AtomicUsize,
    /// (hits, misses) of the last finished build.
    last: Mutex<(usize, usize)>,
}

impl fmt::Debug for BuildCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BuildCache").finish_non_exhaustive()
    }
}

impl BuildCache {
    pub fn new() -> Self {
        BuildCache::default()
    }

    /// A rendered body stored under `key`.
    pub fn body(&self, key: Key) -> Option<Arc<CachedBody>> {
        self.get(&self.bodies, key)
    }

    pub fn store_body(&self, key: Key, body: CachedBody) {
        store(&self.bodies, key, Arc::new(body));
    }

    /// A template's output stored under `key` (template texts and the whole context).
    pub fn page(&self, key: Key) -> Option<Arc<[u8]>> {
        self.get(&self.pages, key)
    }

    pub fn store_page(&self, key: Key, html: &[u8]) {
        store(&self.pages, key, Arc::from(html));
    }

    /// A document's analyzed fields stored under `key` (analyzer and the four texts).
    pub fn analysis(&self, key: Key) -> Option<Arc<[Vec<IndexToken>; crate::search::index::FIELD_COUNT]>> {
        self.get(&self.analyses, key)
    }

    pub fn store_analysis(&self, key: Key, fields: [Vec<IndexToken>; crate::search::index::FIELD_COUNT]) {
        store(&self.analyses, key, Arc::new(fields));
    }

    /// Looks `key` up in one cache, counting the hit or miss.
    fn get<V: Clone>(&self, memo: &Mutex<Memo<V>>, key: Key) -> Option<V> {
        let found = memo.lock().ok()?.get(key);
        let counter = if found.is_some() { &self.hits } else { &self.misses };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    /// Ends a build: forgets entries it did not use in the caches it used; returns (hits, misses) since the
    /// previous call.
    pub fn finish_build(&self) -> (usize, usize) {
        rotate(&self.bodies);
        rotate(&self.pages);
        rotate(&self.analyses);
        let counts = (self.hits.swap(0, Ordering::Relaxed), self.misses.swap(0, Ordering::Relaxed));
        if let Ok(mut last) = self.last.lock() {
            *last = counts;
        }
        counts
    }

    /// (hits, misses) of the last finished build.
    pub fn last_build(&self) -> (usize, usize) {
        self.last.lock().map(|l| *l).unwrap_or_default()
    }
}

fn store<V: Clone>(memo: &Mutex<Memo<V>>, key: Key, value: V) {
    if let Ok(mut memo) = memo.lock() {
        memo.insert(key, value);
    }
}

fn rotate<V: Clone>(memo: &Mutex<Memo<V>>) {
    if let Ok(mut memo) = memo.lock() {
        memo.rotate();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_separate_their_parts() {
        let a = Fingerprint::new().str("ab").str("c").finish();
        let b = Fingerprint::new().str("a").str("bc").finish();
        assert_ne!(a, b);
        assert_eq!(a, Fingerprint::new().str("ab").str("c").finish());
    }

    #[test]
    fn a_cache_a_build_did_not_reach_is_kept() {
        let cache = BuildCache::new();
        cache.store_page(1, b"one");
        cache.store_body(7, CachedBody { rendered: Rendered::default(), resolutions: Vec::new() });
        cache.finish_build();
        // A build that failed after the bodies, before any page was rendered.
        assert!(cache.body(7).is_some());
        cache.finish_build();
        assert_eq!(cache.page(1).as_deref(), Some(&b"one"[..]), "pages were not reached: kept");
    }

    #[test]
    fn entries_unused_by_a_build_are_dropped() {
        let cache = BuildCache::new();
        cache.store_page(1, b"one");
        cache.store_page(2, b"two");
        cache.finish_build();
        // The next build uses only page 1.
        assert_eq!(cache.page(1).as_deref(), Some(&b"one"[..]));
        assert_eq!(cache.finish_build(), (1, 0));
        assert_eq!(cache.page(1).as_deref(), Some(&b"one"[..]));
        assert!(cache.page(2).is_none(), "page 2 was not used by the previous build");
    }
}
