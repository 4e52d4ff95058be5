//! The pack as one ZIP for download: the start pages at the root, the site and its manifest under the pack
//! folder. Deterministic, so two packs of one build are byte-identical: entries in path order, one fixed
//! timestamp (SOURCE_DATE_EPOCH, else 1980-01-01), fixed permissions, deflate at a fixed level.

use std::io::Write;
use std::path::Path;

use ::zip::write::SimpleFileOptions;
use ::zip::{CompressionMethod, DateTime, ZipWriter};

use super::copy::TEMP_PREFIX;
use super::PackError;

/// The deflate level every entry is written with.
const DEFLATE_LEVEL: i64 = 6;

/// One entry: its name in the ZIP (with `/`) and where its bytes come from.
pub enum ZipSource<'a> {
    File(&'a Path),
    Bytes(&'a [u8]),
}

/// The ZIP timestamp for SOURCE_DATE_EPOCH (seconds, UTC), clamped to what ZIP can hold; 1980-01-01 when
/// there is none.
pub fn zip_time(epoch: Option<i64>) -> DateTime {
    let fallback = DateTime::default();
    let Some(time) = epoch.and_then(|secs| chrono::DateTime::from_timestamp(secs, 0)) else {
        return fallback;
    };
    use chrono::{Datelike, Timelike};
    let year = time.year().clamp(1980, 2107) as u16;
    DateTime::from_date_and_time(
        year,
        time.month() as u8,
        time.day() as u8,
        time.hour() as u8,
        time.minute() as u8,
        time.second() as u8,
    )
    .unwrap_or(fallback)
}

/// Writes `entries` (sorted here) into the ZIP at `target`, through a temporary file renamed at the end.
pub fn write_zip(target: &Path, mut entries: Vec<(String, ZipSource<'_>)>, time: DateTime) -> Result<(), PackError> {
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = target.with_file_name(format!("{TEMP_PREFIX}{name}"));
    let zip_error = |source| PackError::Zip { path: target.to_path_buf(), source };
    let io_error = |source| PackError::Write { path: temporary.clone(), source };
    let file = std::fs::File::create(&temporary).map_err(io_error)?;
    let mut zip = ZipWriter::new(std::io::BufWriter::new(file));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(DEFLATE_LEVEL))
        .last_modified_time(time)
        .unix_permissions(0o644)
        .large_file(false);
    for (entry_name, source) in &entries {
        zip.start_file(entry_name.as_str(), options).map_err(zip_error)?;
        match source {
            ZipSource::Bytes(bytes) => zip.write_all(bytes).map_err(io_error)?,
            ZipSource::File(path) => {
                let mut from =
                    std::fs::File::open(path).map_err(|source| PackError::Read { path: path.to_path_buf(), source })?;
                std::io::copy(&mut from, &mut zip).map_err(io_error)?;
            }
        }
    }
    let writer = zip.finish().map_err(zip_error)?;
    let file = writer.into_inner().map_err(|err| io_error(err.into_error()))?;
    file.sync_all().map_err(io_error)?;
    drop(file);
    std::fs::rename(&temporary, target).map_err(|source| PackError::Write { path: target.to_path_buf(), source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_entries_in_any_order_give_the_same_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let (one, two) = (dir.path().join("one.zip"), dir.path().join("two.zip"));
        let time = zip_time(Some(1_765_000_000));
        let entries = || vec![("b.html".to_string(), ZipSource::Bytes(b"bbb")), ("a/x".into(), ZipSource::Bytes(b"x"))];
        write_zip(&one, entries(), time).unwrap();
        write_zip(&two, entries().into_iter().rev().collect(), time).unwrap();
        assert_eq!(std::fs::read(&one).unwrap(), std::fs::read(&two).unwrap());
        let mut archive = ::zip::ZipArchive::new(std::fs::File::open(&one).unwrap()).unwrap();
        assert_eq!(archive.by_index(0).unwrap().name().unwrap(), "a/x");
        assert_eq!(archive.by_index(0).unwrap().last_modified(), Some(time));
    }

    #[test]
    fn no_epoch_means_1980() {
        assert_eq!(zip_time(None), DateTime::default());
        assert_eq!(zip_time(Some(0)), DateTime::from_date_and_time(1980, 1, 1, 0, 0, 0).unwrap());
    }
}
