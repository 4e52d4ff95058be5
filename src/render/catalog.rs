//! `catalog.json` and `catalog.csv`: every page's metadata, for people and programs that want the library
//! as data (the ECOLEX/InforMEA export feature).

use serde::Serialize;

use crate::content::schema::{Date, SourceRef};
use crate::site::Site;

#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    lang: &'a str,
    title: &'a str,
    summary: &'a str,
    doc_type: &'a str,
    date: Option<Date>,
    updated: Option<Date>,
    review_by: Option<Date>,
    topics: &'a [String],
    pillars: &'a [String],
    geography: &'a [String],
    tags: &'a [String],
    authors: &'a [String],
    status: Option<&'a str>,
    adopted: Option<Date>,
    in_force: Option<Date>,
    kz_ratification: Option<String>,
    law_number: Option<&'a str>,
    /// Root-relative path of the page's folder.
    path: &'a str,
    url: String,
    translations: Vec<&'a str>,
    sources: &'a [SourceRef],
    unconfirmed: &'a [String],
    source_file: String,
}

/// Both catalog files.
pub fn render_catalog(site: &Site) -> Result<Vec<(String, Vec<u8>)>, csv::Error> {
    let records: Vec<Record<'_>> = site
        .pages
        .iter()
        .map(|page| {
            let front = page.front();
            let instrument = front.instrument.as_ref();
            Record {
                id: &page.doc.key,
                lang: page.lang(),
                title: page.title(),
                summary: front.summary.as_deref().unwrap_or_default(),
                doc_type: page.doc_type(),
                date: front.date,
                updated: front.updated,
                review_by: front.review_by,
                topics: &front.topics,
                pillars: &front.pillars,
                geography: &front.geography,
                tags: &front.tags,
                authors: &front.authors,
                status: instrument.map(|i| i.status.as_str()).or(front.law.as_ref().map(|l| l.legal_force.as_str())),
                adopted: instrument.map(|i| i.adopted.date).or(front.law.as_ref().map(|l| l.adopted)),
                in_force: instrument.and_then(|i| i.in_force).or(front.law.as_ref().and_then(|l| l.in_force)),
                kz_ratification: instrument
                    .and_then(|i| i.kz_ratification.as_ref())
                    .map(|r| format!("{} № {} ({})", r.act, r.number, r.date)),
                law_number: front.law.as_ref().map(|l| l.number.as_str()),
                path: &page.dir_url,
                url: format!("{}/{}", site.config.base_url, page.dir_url),
                translations: page.translations.iter().map(|&t| site.pages[t].lang()).collect(),
                sources: &front.sources,
                unconfirmed: &front.unconfirmed,
                source_file: page.doc.display_path.to_string_lossy().replace('\\', "/"),
            }
        })
        .collect();
    let mut json = serde_json::to_vec_pretty(&records).map_err(|e| csv::Error::from(std::io::Error::other(e)))?;
    json.push(b'\n');
    // A byte-order mark, so spreadsheet programs read the Cyrillic text as UTF-8.
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record([
        "id",
        "lang",
        "title",
        "doc_type",
        "date",
        "updated",
        "review_by",
        "topics",
        "pillars",
        "geography",
        "tags",
        "status",
        "adopted",
        "in_force",
        "kz_ratification",
        "law_number",
        "url",
        "translations",
        "sources",
        "unconfirmed",
        "summary",
    ])?;
    for r in &records {
        writer.write_record(csv_row(r).map(neutralize_formula))?;
    }
    let csv = writer.into_inner().map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))?;
    Ok(vec![("catalog.json".into(), json), ("catalog.csv".into(), csv)])
}

/// A record's cells, in the order of the header.
fn csv_row(r: &Record<'_>) -> [String; 21] {
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        r.id.to_string(),
        r.lang.to_string(),
        r.title.to_string(),
        r.doc_type.to_string(),
        date(r.date),
        date(r.updated),
        date(r.review_by),
        r.topics.join(";"),
        r.pillars.join(";"),
        r.geography.join(";"),
        r.tags.join(";"),
        r.status.unwrap_or_default().to_string(),
        date(r.adopted),
        date(r.in_force),
        r.kz_ratification.clone().unwrap_or_default(),
        r.law_number.unwrap_or_default().to_string(),
        r.url.clone(),
        r.translations.join(";"),
        r.sources.iter().map(|s| s.url.as_str()).collect::<Vec<_>>().join(" "),
        r.unconfirmed.len().to_string(),
        r.summary.to_string(),
    ]
}

/// A cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return: `=HYPERLINK(…)` in a title would run when the catalog is opened) gets a leading `'`, which
/// spreadsheets take as "this is text". catalog.json keeps the text as it is.
pub fn neutralize_formula(cell: String) -> String {
    match cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{cell}"),
        false => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_csv_cells_that_look_like_formulas_start_with_a_quote() {
        for (cell, expected) in [
            ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
            ("+7 727", "'+7 727"),
            ("-1+2", "'-1+2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("Тегеранская конвенция", "Тегеранская конвенция"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(neutralize_formula(cell.to_string()), expected, "{cell:?}");
        }
    }
}
