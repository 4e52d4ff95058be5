//! Where `ecolib new` may write: the section and slug come from the command line and become a file path,
//! so they are checked as names before any path is made from them. Each part must be a URL-safe slug
//! (lowercase Latin letters, digits, hyphens; no leading hyphen; at most 80 characters): that rules out
//! `..`, `.`, empty parts, absolute paths and backslashes, so the page always lands inside `content/`.

use crate::diagnostics::{msg, Message};
use crate::site::urls::slugify;

/// Longest section or slug part, in characters: a page's file name and address stay well below the file
/// system's limit (255 bytes) and the USB path limit `check` enforces.
pub const MAX_NAME_CHARS: usize = 80;

/// Why a part of `<section>/<slug>` cannot be a name in the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// The path starts with `/`.
    Absolute,
    /// The path has a `\`.
    Backslash,
    /// `a//b`, or nothing at all.
    Empty,
    /// `.` or `..`: the page would leave its folder.
    Dots(String),
    LeadingHyphen(String),
    TooLong(String, usize),
    /// Characters a URL slug does not have.
    NotSlug(String),
    /// The title has no letter or digit to make a slug from.
    NoSlugInTitle,
}

impl NameProblem {
    /// What is wrong, as a catalog message.
    pub fn describe(&self) -> Message {
        match self {
            NameProblem::Absolute => msg("name-absolute").into(),
            NameProblem::Backslash => msg("name-backslash").into(),
            NameProblem::Empty => msg("name-empty").into(),
            NameProblem::Dots(part) => msg("name-dots").arg("part", part),
            NameProblem::LeadingHyphen(part) => msg("name-leading-hyphen").arg("part", part),
            NameProblem::TooLong(part, chars) => {
                msg("name-too-long").arg("part", part).arg("count", *chars).arg("max", MAX_NAME_CHARS)
            }
            NameProblem::NotSlug(part) => msg("name-not-slug").arg("part", part),
            NameProblem::NoSlugInTitle => msg("name-no-slug-in-title").into(),
        }
    }
}

/// The section (`guides`, `docs/sub`) and the slug a page is written to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub section: String,
    pub slug: String,
}

/// Splits `<section>/<slug>` (or `<section>` with the slug made from `title`) and checks every part.
/// `Ok(None)` when there is no slug and no title to make one from.
pub fn parse_place(path: &str, title: Option<&str>) -> Result<Option<Place>, NameProblem> {
    if path.starts_with('/') {
        return Err(NameProblem::Absolute);
    }
    if path.contains('\\') {
        return Err(NameProblem::Backslash);
    }
    let path = path.trim_end_matches('/');
    let place = match (path.rsplit_once('/'), title) {
        (Some((section, slug)), _) => {
            Place { section: section.to_string(), slug: slug.strip_suffix(".md").unwrap_or(slug).to_string() }
        }
        (None, Some(title)) => {
            let slug = slug_from_title(title);
            if slug.is_empty() {
                return Err(NameProblem::NoSlugInTitle);
            }
            Place { section: path.to_string(), slug }
        }
        (None, None) => {
            check_name(path)?;
            return Ok(None);
        }
    };
    for part in place.section.split('/').chain([place.slug.as_str()]) {
        check_name(part)?;
    }
    Ok(Some(place))
}

/// One part of a section path, or a slug.
fn check_name(part: &str) -> Result<(), NameProblem> {
    let chars = part.chars().count();
    if part.is_empty() {
        Err(NameProblem::Empty)
    } else if part == "." || part == ".." {
        Err(NameProblem::Dots(part.to_string()))
    } else if part.starts_with('-') {
        Err(NameProblem::LeadingHyphen(part.to_string()))
    } else if chars > MAX_NAME_CHARS {
        Err(NameProblem::TooLong(part.to_string(), chars))
    } else if !part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        Err(NameProblem::NotSlug(part.to_string()))
    } else {
        Ok(())
    }
}

/// The slug of a title (Cyrillic transliterated), cut after the last whole word that fits in
/// [`MAX_NAME_CHARS`]: a long title once made a file name the file system refused.
pub fn slug_from_title(title: &str) -> String {
    let slug = slugify(title);
    // slugify gives ASCII only, so byte positions are character positions.
    if slug.len() <= MAX_NAME_CHARS {
        return slug;
    }
    let head = &slug[..=MAX_NAME_CHARS];
    let cut = head.rfind('-').unwrap_or(MAX_NAME_CHARS);
    slug[..cut].trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(section: &str, slug: &str) -> Option<Place> {
        Some(Place { section: section.into(), slug: slug.into() })
    }

    #[test]
    fn accepts_sections_and_slugs_that_are_url_names() {
        assert_eq!(parse_place("guides/complaint", None), Ok(place("guides", "complaint")));
        assert_eq!(parse_place("guides/complaint.md", None), Ok(place("guides", "complaint")));
        assert_eq!(parse_place("docs/sub/x-1/", None), Ok(place("docs/sub", "x-1")));
        assert_eq!(parse_place("guides", Some("Как подать жалобу")), Ok(place("guides", "kak-podat-zhalobu")));
        assert_eq!(parse_place("guides", None), Ok(None));
    }

    #[test]
    fn refuses_paths_that_leave_content_or_are_not_url_names() {
        let long = "a".repeat(MAX_NAME_CHARS + 1);
        let cases = [
            ("../../elsewhere/pwn", NameProblem::Dots("..".into())),
            ("../x", NameProblem::Dots("..".into())),
            ("guides/./x", NameProblem::Dots(".".into())),
            ("guides/..", NameProblem::Dots("..".into())),
            ("/etc/x", NameProblem::Absolute),
            ("guides\\x", NameProblem::Backslash),
            ("guides//x", NameProblem::Empty),
            ("/x", NameProblem::Absolute),
            ("guides/-x", NameProblem::LeadingHyphen("-x".into())),
            ("-guides/x", NameProblem::LeadingHyphen("-guides".into())),
            ("guides/X", NameProblem::NotSlug("X".into())),
            ("guides/a b", NameProblem::NotSlug("a b".into())),
            ("guides/жалоба", NameProblem::NotSlug("жалоба".into())),
            ("guides/a.b", NameProblem::NotSlug("a.b".into())),
            ("C:/x", NameProblem::NotSlug("C:".into())),
        ];
        for (path, problem) in cases {
            assert_eq!(parse_place(path, None), Err(problem), "{path}");
        }
        assert_eq!(parse_place(&format!("guides/{long}"), None), Err(NameProblem::TooLong(long.clone(), 81)));
        assert_eq!(parse_place("..", Some("Title")), Err(NameProblem::Dots("..".into())));
        assert_eq!(parse_place("", Some("Title")), Err(NameProblem::Empty));
        assert_eq!(parse_place("guides", Some("!!!")), Err(NameProblem::NoSlugInTitle));
    }

    #[test]
    fn a_long_title_makes_a_slug_cut_at_a_word_boundary() {
        let title = "Конвенция о доступе к информации, участии общественности в процессе принятия решений и доступе к правосудию по вопросам, касающимся окружающей среды";
        let slug = slug_from_title(title);
        assert!(slug.len() <= MAX_NAME_CHARS, "{slug}");
        assert_eq!(slug, "konventsiya-o-dostupe-k-informatsii-uchastii-obshchestvennosti-v-protsesse");
        assert!(slugify(title).starts_with(&format!("{slug}-")), "cut between words");
        // One word longer than the limit is cut at the limit.
        assert_eq!(slug_from_title(&"x".repeat(200)), "x".repeat(MAX_NAME_CHARS));
        // A hyphen right at the limit: the words before it are kept whole.
        let exact = format!("{}-tail", "a".repeat(MAX_NAME_CHARS));
        assert_eq!(slug_from_title(&exact), "a".repeat(MAX_NAME_CHARS));
        assert_eq!(slug_from_title("Короткий"), "korotkii");
    }
}
