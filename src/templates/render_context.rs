//! The variables of one template render, kept so that `serve` can hash them and tell whether a page would
//! come out the same as in the previous build without rendering it (tera's own `Context` can be neither
//! read back nor hashed cheaply). Values shared by many renders carry a precomputed hash.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::cache::{Fingerprint, Key};

/// A value many renders share (the interface strings of a language), converted and hashed once.
#[derive(Debug, Clone)]
pub struct SharedValue {
    value: Value,
    key: Key,
}

impl SharedValue {
    pub fn new(value: &impl Serialize) -> SharedValue {
        let value = serde_json::to_value(value).unwrap_or(Value::Null);
        let key = hash_value(Fingerprint::new(), &value).finish();
        SharedValue { value, key }
    }
}

/// Template variables, and for the shared ones their precomputed hash.
#[derive(Debug, Default)]
pub struct RenderContext {
    map: Map<String, Value>,
    shared: Vec<(String, Key)>,
}

impl RenderContext {
    pub fn new() -> RenderContext {
        RenderContext::default()
    }

    /// Sets `key` to `value` (replacing an earlier value, as tera's `insert` does).
    pub fn insert<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        // Our views serialize without failing (no maps with non-string keys); a failure shows as null.
        let value = serde_json::to_value(value).unwrap_or(Value::Null);
        self.shared.retain(|(k, _)| k != key);
        self.map.insert(key.to_string(), value);
    }

    /// Sets `key` to a shared value, whose hash is already known.
    pub fn insert_shared(&mut self, key: &str, value: &SharedValue) {
        self.shared.retain(|(k, _)| k != key);
        self.shared.push((key.to_string(), value.key));
        self.map.insert(key.to_string(), value.value.clone());
    }

    /// A hash of all the variables (computed only when a cache asks: a plain build does not need it).
    pub fn key(&self) -> Key {
        let mut fingerprint = Fingerprint::new();
        for (name, value) in &self.map {
            fingerprint = fingerprint.str(name);
            fingerprint = match self.shared.iter().find(|(k, _)| k == name) {
                Some((_, key)) => fingerprint.number(*key),
                None => hash_value(fingerprint, value),
            };
        }
        fingerprint.finish()
    }

    pub fn into_tera(self) -> tera::Context {
        // An object always converts.
        tera::Context::from_value(Value::Object(self.map)).unwrap_or_default()
    }
}

/// Adds a JSON value to a fingerprint (its JSON text: unambiguous, and fast to write).
fn hash_value(mut fingerprint: Fingerprint, value: &Value) -> Fingerprint {
    // Writing into a hasher cannot fail.
    let _ = serde_json::to_writer(&mut fingerprint, value);
    fingerprint.str("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_follows_the_content() {
        let mut a = RenderContext::new();
        a.insert("title", "Тегеранская конвенция");
        let mut b = RenderContext::new();
        b.insert("title", "Тегеранская конвенция");
        assert_eq!(a.key(), b.key());
        b.insert("lang", "ru");
        assert_ne!(a.key(), b.key());
        let shared = SharedValue::new(&["a", "b"]);
        a.insert_shared("t", &shared);
        let mut c = RenderContext::new();
        c.insert("title", "Тегеранская конвенция");
        c.insert_shared("t", &SharedValue::new(&["a", "c"]));
        assert_ne!(a.key(), c.key());
        assert_eq!(a.into_tera().get("t"), Some(&serde_json::json!(["a", "b"])));
    }
}
