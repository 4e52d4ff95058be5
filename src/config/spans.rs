//! Where a key stands in a TOML file (site.toml, a theme's i18n strings), from the TOML parser's spans
//! rather than from searching the text for the key's name: `[topics.oil-spills]`, `oil-spills = {…}` inside
//! `[topics]` and `topics.oil-spills.ru = "…"` are the same key to the parser.

use crate::diagnostics::line_col;

/// The 1-based line of the key at `path` (`["languages", "ru"]`), when the text parses and has it.
pub fn toml_key_line(text: &str, path: &[&str]) -> Option<usize> {
    let document = toml_edit::ImDocument::parse(text).ok()?;
    let (last, parents) = path.split_last()?;
    let mut table: &dyn toml_edit::TableLike = document.as_table();
    for name in parents {
        table = table.get(name)?.as_table_like()?;
    }
    let (key, item) = table.get_key_value(last)?;
    let span = key.span().or_else(|| item.span())?;
    Some(line_col(text, span.start).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_however_they_are_written() {
        let text = "title = { ru = \"Т\" }\n# topics.oil-spills in a comment\n[topics]\nsturgeon = { ru = \"О\" }\n\n[topics.oil-spills]\nru = \"Р\"\n\n[languages.ru]\nlabel = \"Рус\"\n";
        assert_eq!(toml_key_line(text, &["title"]), Some(1));
        assert_eq!(toml_key_line(text, &["topics", "sturgeon"]), Some(4));
        assert_eq!(toml_key_line(text, &["topics", "oil-spills"]), Some(6));
        assert_eq!(toml_key_line(text, &["languages", "ru"]), Some(9));
        assert_eq!(toml_key_line(text, &["languages", "kk"]), None);
        assert_eq!(toml_key_line("not = [toml", &["not"]), None);
    }
}
