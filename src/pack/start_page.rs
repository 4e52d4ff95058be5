//! The page a person sees first on the stick (`ОТКРОЙТЕ-МЕНЯ.html`, and `START.html` for systems that
//! mangle Cyrillic names): what this is and how to open it, in Russian, Kazakh and English, with a
//! relative link into the pack. Plain HTML with inline CSS and no script, so it opens anywhere.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::manifest::Manifest;

/// The start pages' file names at the stick's root (or the ZIP's).
pub const START_PAGE_NAMES: [&str; 2] = ["ОТКРОЙТЕ-МЕНЯ.html", "START.html"];

/// The line that marks a start page as ecolib's: only such a file is ever replaced at the stick's root.
pub const START_PAGE_MARK: &str = r#"<meta name="generator" content="ecolib pack">"#;

/// Whether the file at `path` may be (re)written as a start page: it is not there, or ecolib wrote it.
pub fn is_replaceable_start_page(path: &std::path::Path) -> bool {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).contains(START_PAGE_MARK),
        Err(err) => err.kind() == std::io::ErrorKind::NotFound,
    }
}

/// Characters kept as they are in a link's path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// The start page for a pack in the folder `pack_name`.
pub fn start_page_html(pack_name: &str, manifest: &Manifest) -> String {
    let href = format!("{}/index.html", utf8_percent_encode(pack_name, SEGMENT));
    let date = manifest.built_at.get(..10).unwrap_or(&manifest.built_at);
    let files = manifest.files.len();
    let megabytes = format!("{:.1}", manifest.total_bytes() as f64 / 1_048_576.0);
    let name = escape(pack_name);
    format!(
        r#"<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{mark}
<title>Экологическая библиотека — откройте меня</title>
<style>
body {{ font: 18px/1.5 system-ui, sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #1b1b1b; }}
a.open {{ display: inline-block; font-size: 1.3em; padding: .5em 1em; background: #1d5f3a; color: #fff;
  border-radius: .3em; text-decoration: none; }}
section {{ margin: 1.5em 0; }}
small {{ color: #555; }}
</style>
</head>
<body>
<p><a class="open" href="{href}">Открыть библиотеку · Кітапхананы ашу · Open the library</a></p>
<section lang="ru">
<h1>Экологическая библиотека</h1>
<p>Это копия сайта экологической библиотеки Орхусского центра для чтения без интернета. Нажмите кнопку выше
или откройте в браузере файл <code>{name}/index.html</code> в этой папке. Поиск работает и без сети.</p>
</section>
<section lang="kk">
<h2>Экологиялық кітапхана</h2>
<p>Бұл — Орхус орталығының экологиялық кітапхана сайтының интернетсіз оқуға арналған көшірмесі. Жоғарыдағы
батырманы басыңыз немесе осы қалтадағы <code>{name}/index.html</code> файлын браузерде ашыңыз. Іздеу желісіз де
жұмыс істейді.</p>
</section>
<section lang="en">
<h2>Environmental library</h2>
<p>This is a copy of the Aarhus Centre's environmental library website for reading without the internet. Press
the button above or open the file <code>{name}/index.html</code> in this folder with a web browser. Search
works offline too.</p>
</section>
<p><small>{date} · {files} files, {megabytes} MB · ecolib {version}</small></p>
</body>
</html>
"#,
        version = escape(&manifest.ecolib_version),
        mark = START_PAGE_MARK,
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_page_links_into_the_pack_folder_with_an_encoded_name() {
        let manifest = Manifest::new(Vec::new(), "2026-12-07T10:00:00Z".into(), None);
        let html = start_page_html("library", &manifest);
        assert!(html.contains(r#"href="library/index.html""#));
        assert!(html.contains("2026-12-07 · 0 files"));
        assert!(!html.contains("<script"));
        assert!(html.contains(START_PAGE_MARK));
        let html = start_page_html("эко библиотека", &manifest);
        assert!(html.contains(
            r#"href="%D1%8D%D0%BA%D0%BE%20%D0%B1%D0%B8%D0%B1%D0%BB%D0%B8%D0%BE%D1%82%D0%B5%D0%BA%D0%B0/index.html""#
        ));
    }
}
