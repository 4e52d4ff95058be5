//! File and folder names: names that FAT32/exFAT sticks refuse, names that differ only in case, very long
//! paths, and names (Cyrillic, capitals, spaces) that the site silently turns into a different, Latin
//! address.

use std::collections::BTreeMap;
use std::path::Path;

use crate::content::CONTENT_DIR;
use crate::diagnostics::{codes, msg, Diagnostic};
use crate::site::urls::{is_clean_segment, slugify};
use crate::site::Site;

/// Longest path under `content/` that copies safely to every stick and archive tool.
pub const MAX_PATH_CHARS: usize = 200;
/// Characters FAT32 and exFAT do not allow in names.
const FORBIDDEN: &[char] = &['<', '>', ':', '"', '\\', '|', '?', '*'];

/// Names that FAT32/exFAT sticks refuse, names that differ only in case, and very long paths.
pub(super) fn unsafe_file_names(root: &Path, out: &mut Vec<Diagnostic>) {
    let content = root.join(CONTENT_DIR);
    let mut by_lower: BTreeMap<String, String> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&content).sort_by_file_name().into_iter().filter_map(Result::ok) {
        let Ok(rel) = entry.path().strip_prefix(root) else { continue };
        let shown = rel.to_string_lossy().replace('\\', "/");
        let name = entry.file_name().to_string_lossy();
        if name.chars().any(|c| FORBIDDEN.contains(&c) || c.is_control()) || name.ends_with('.') || name.ends_with(' ')
        {
            out.push(
                Diagnostic::error(&shown, codes::NAME_NOT_FAT.arg("name", name.as_ref()))
                    .with_help(msg("help-fat-names")),
            );
        }
        if is_reserved_on_windows(&name) {
            out.push(
                Diagnostic::error(&shown, codes::NAME_RESERVED_ON_WINDOWS.arg("name", name.as_ref()))
                    .with_help(msg("help-windows-names")),
            );
        }
        if shown.chars().count() > MAX_PATH_CHARS {
            out.push(
                Diagnostic::error(
                    &shown,
                    codes::PATH_TOO_LONG.arg("count", shown.chars().count()).arg("max", MAX_PATH_CHARS),
                )
                .with_help(msg("help-shorten-path")),
            );
        }
        let lower = shown.to_lowercase();
        match by_lower.get(&lower) {
            Some(first) if *first != shown => out.push(
                Diagnostic::error(&shown, codes::CASE_CLASH.arg("first", first)).with_help(msg("help-case-clash")),
            ),
            _ => {
                by_lower.insert(lower, shown);
            }
        }
    }
}

/// Device names Windows keeps for itself in any case and with any extension (`con.md`, `Nul.txt`,
/// `com1.pdf`): such a file cannot be copied to or opened on a Windows computer.
fn is_reserved_on_windows(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ').to_ascii_uppercase();
    match stem.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => stem
            .strip_prefix("COM")
            .or_else(|| stem.strip_prefix("LPT"))
            .is_some_and(|digit| matches!(digit.as_bytes(), [b'1'..=b'9'])),
    }
}

/// Pages and folders whose names are not Latin URL names: the site writes them under a transliterated
/// address (`как-подать-запрос.md` → `kak-podat-zapros/`), which the editor should see and choose.
pub(super) fn transliterated_names(site: &Site, out: &mut Vec<Diagnostic>) {
    let address = |dir_url: &str| format!("{}/{dir_url}", site.config.base_url);
    for page in &site.pages {
        let stem = page.doc.key.rsplit('/').next().unwrap_or(&page.doc.key);
        if is_clean_segment(stem) || page.front().slug.is_some() {
            continue;
        }
        let ascii = slugify(stem);
        let suffix =
            if page.lang() == site.config.default_language { String::new() } else { format!(".{}", page.lang()) };
        out.push(
            Diagnostic::warning(
                &page.doc.display_path,
                codes::FILE_NAME_NOT_SLUG.arg("name", stem).arg("address", address(&page.dir_url)),
            )
            .with_help(msg("help-rename-file").arg("file", format!("{ascii}{suffix}.md")).arg("slug", ascii)),
        );
    }
    for section in site.sections.iter().filter(|s| s.own_doc && s.lang == site.config.default_language) {
        let name = section.key.rsplit('/').next().unwrap_or(&section.key);
        if name.is_empty() || is_clean_segment(name) {
            continue;
        }
        out.push(
            Diagnostic::warning(
                &section.doc.display_path,
                codes::FOLDER_NAME_NOT_SLUG.arg("name", name).arg("address", address(&section.dir_url)),
            )
            .with_help(msg("help-rename-folder").arg("name", slugify(name))),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_device_names_are_reserved_in_any_case_with_any_extension() {
        for name in ["con.md", "CON", "nul.txt", "Aux.tar.gz", "prn", "com1.pdf", "LPT9", "lpt1.md", "con .md"] {
            assert!(is_reserved_on_windows(name), "{name}");
        }
        for name in [
            "console.md",
            "com10.md",
            "com0.md",
            "lpt.md",
            "icon.md",
            "nullable.txt",
            "comments",
            "com",
            "кон.md",
            "cот",
        ] {
            assert!(!is_reserved_on_windows(name), "{name}");
        }
    }
}
