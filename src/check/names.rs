//! File and folder names: names that FAT32/exFAT sticks refuse, names that differ only in case, very long
//! paths, and names (Cyrillic, capitals, spaces) that the site silently turns into a different, Latin
//! address.

use std::collections::BTreeMap;
use std::path::Path;

use crate::content::CONTENT_DIR;
use crate::diagnostics::Diagnostic;
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
                Diagnostic::error(&shown, format!("the name «{name}» cannot be copied to a USB stick (FAT32/exFAT)"))
                    .with_help(
                        "use Latin letters, digits and hyphens; no < > : \" \\ | ? *, no dot or space at the end",
                    ),
            );
        }
        if is_reserved_on_windows(&name) {
            out.push(
                Diagnostic::error(&shown, format!("the name «{name}» is reserved on Windows, whatever the extension"))
                    .with_help("rename it: Windows cannot copy or open CON, PRN, AUX, NUL, COM1–COM9 or LPT1–LPT9"),
            );
        }
        if shown.chars().count() > MAX_PATH_CHARS {
            out.push(
                Diagnostic::error(
                    &shown,
                    format!("the path is {} characters long, more than {MAX_PATH_CHARS}", shown.chars().count()),
                )
                .with_help("shorten the folder or file name"),
            );
        }
        let lower = shown.to_lowercase();
        match by_lower.get(&lower) {
            Some(first) if *first != shown => out.push(
                Diagnostic::error(&shown, format!("differs from {first} only in upper/lower case"))
                    .with_help("USB sticks do not tell such names apart: rename one of them"),
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
                format!("the file name «{stem}» is not in lowercase Latin letters, digits and hyphens: the page is published at {}", address(&page.dir_url)),
            )
            .with_help(format!(
                "rename the file to {ascii}{suffix}.md (and its other language versions alike), or add `slug: {ascii}` to its front matter"
            )),
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
                format!(
                    "the folder name «{name}» is not in lowercase Latin letters, digits and hyphens: the section is published at {}",
                    address(&section.dir_url)
                ),
            )
            .with_help(format!("rename the folder to {}", slugify(name))),
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
