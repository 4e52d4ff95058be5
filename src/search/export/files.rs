//! The files of the static index as the browser receives them: each a classic script that registers its
//! data, compressed (`deflate`, then as seven-bit text), under a name that carries the build's id.

use std::io::Write as _;

use flate2::write::ZlibEncoder;
use flate2::Compression;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::STATIC_DIR;

/// One data file before it is written: its name (without folder, id or `.js`) and its data.
#[derive(Clone)]
pub struct DataFile {
    pub name: String,
    pub data: Value,
    /// Binary pieces (blob files): then `data` is unused and the file registers the pieces' lengths.
    pub pieces: Option<Vec<Vec<u8>>>,
}

impl DataFile {
    pub fn new(name: impl Into<String>, data: Value) -> DataFile {
        DataFile { name: name.into(), data, pieces: None }
    }

    /// A file of binary pieces, compressed together: lists of varints compress well as bytes, not as base64.
    pub fn binary(name: impl Into<String>, pieces: Vec<Vec<u8>>) -> DataFile {
        DataFile { name: name.into(), data: Value::Null, pieces: Some(pieces) }
    }

    /// The script's arguments after the name: the payload, and for binary files the pieces' lengths.
    fn arguments(&self) -> String {
        match &self.pieces {
            None => format!("\"{}\"", payload(self.data.to_string().as_bytes())),
            Some(pieces) => {
                let lengths: Vec<usize> = pieces.iter().map(Vec::len).collect();
                format!("\"{}\", {}", payload(&pieces.concat()), Value::from(lengths))
            }
        }
    }
}

/// `bytes` compressed, as seven-bit text: the payload of a data file. Deterministic (fixed level).
fn payload(bytes: &[u8]) -> String {
    // Level 6 (zlib's default): level 9 took a third of a 10,000-page build's export for 2% smaller files.
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::new(6));
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    let bytes = encoder.finish().unwrap_or_default();
    super::seven_bit::encode(&bytes)
}

/// The raw size of a data file's JSON: what the targets for shard sizes are measured in.
pub fn json_size(data: &Value) -> usize {
    data.to_string().len()
}

/// A script that registers `arguments` under `name`.
fn script(name: &str, arguments: &str) -> Vec<u8> {
    format!("ecolibSearch.register({}, {arguments});\n", Value::from(name)).into_bytes()
}

/// The files by path under the output root: every data file as `search/<name>.<id>.js`, and the manifest
/// (which holds the id) as `search/manifest.js`. The id is a hash of all data files, so a web cache never
/// mixes two builds' shards: a new build's manifest names only new files.
pub fn write_files(files: Vec<DataFile>, mut manifest: Value) -> Vec<(String, Vec<u8>)> {
    use rayon::prelude::*;
    let payloads: Vec<(String, String)> = files.into_par_iter().map(|f| (f.arguments(), f.name)).collect();
    let mut hasher = Sha256::new();
    for (payload, name) in &payloads {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(payload.as_bytes());
        hasher.update([0]);
    }
    let id: String = hasher.finalize().iter().take(5).map(|b| format!("{b:02x}")).collect();
    manifest["id"] = Value::from(id.as_str());
    let mut out: Vec<(String, Vec<u8>)> = payloads
        .into_iter()
        .map(|(payload, name)| (format!("{STATIC_DIR}/{name}.{id}.js"), script(&name, &payload)))
        .collect();
    let manifest = DataFile::new("manifest", manifest).arguments();
    out.push((format!("{STATIC_DIR}/manifest.js"), script("manifest", &manifest)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_carry_one_id_and_the_manifest_knows_it() {
        let files = vec![DataFile::new("t-ru-0", json!({"a": 1})), DataFile::new("r-0", json!([1, 2]))];
        let out = write_files(files, json!({"version": 3}));
        let names: Vec<&str> = out.iter().map(|(p, _)| p.as_str()).collect();
        let id = names[0].strip_prefix("search/t-ru-0.").and_then(|s| s.strip_suffix(".js")).expect("id");
        assert_eq!(id.len(), 10);
        assert_eq!(names[1], format!("search/r-0.{id}.js"));
        assert_eq!(names[2], "search/manifest.js");
        let changed = write_files(vec![DataFile::new("t-ru-0", json!({"a": 2}))], json!({}));
        assert_ne!(changed[0].0, names[0], "another content, another id");
    }
}
