//! schema.org JSON-LD for document pages (DESIGN.md §2): the `@type` is the one the page's doc type declares
//! in site.toml (`Legislation`, `Event`, `HowTo`, `CreativeWork` …); the properties of a type-specific
//! block (`legislationLegalForce`, `startDate`, `step` …) follow the block the page carries; translations
//! are linked by `workTranslation`.

use serde_json::{json, Map, Value};

use crate::markdown::Rendered;
use crate::site::PageId;

use super::frame::Frame;

/// The JSON-LD of a page, escaped for use inside a `<script>` element.
pub fn page_jsonld(frame: &Frame<'_>, id: PageId, body: &Rendered) -> String {
    let site = frame.site;
    let page = &site.pages[id];
    let front = page.front();
    let lang = frame.lang;
    let vocab = &site.config.vocabularies;
    let mut object = Map::new();
    object.insert("@context".into(), json!("https://schema.org"));
    object.insert("@type".into(), json!(site.config.doc_types.get(page.doc_type()).schema_org.name()));
    object.insert("@id".into(), json!(frame.permalink(&page.dir_url)));
    object.insert("url".into(), json!(frame.permalink(&page.dir_url)));
    object.insert("name".into(), json!(page.title()));
    object.insert("inLanguage".into(), json!(lang));
    if let Some(summary) = &front.summary {
        object.insert("description".into(), json!(summary));
    }
    if let Some(date) = front.date {
        object.insert("datePublished".into(), json!(date.to_string()));
    }
    if let Some(updated) = front.updated {
        object.insert("dateModified".into(), json!(updated.to_string()));
    }
    let publisher = site.config.publisher.get(lang);
    if !publisher.is_empty() {
        object.insert("publisher".into(), json!({"@type": "Organization", "name": publisher}));
    }
    if !front.topics.is_empty() {
        object.insert(
            "about".into(),
            json!(front.topics.iter().map(|t| vocab.topics.label(t, lang)).collect::<Vec<_>>()),
        );
    }
    if !front.sources.is_empty() {
        object.insert("isBasedOn".into(), json!(front.sources.iter().map(|s| s.url.as_str()).collect::<Vec<_>>()));
    }
    if !page.translations.is_empty() {
        let translations: Vec<Value> = page
            .translations
            .iter()
            .map(|&t| json!({"@id": frame.permalink(&site.pages[t].dir_url), "inLanguage": site.pages[t].lang()}))
            .collect();
        object.insert("workTranslation".into(), Value::Array(translations));
    }
    add_type_fields(&mut object, frame, id, body);
    escape_for_script(&Value::Object(object).to_string())
}

/// JSON made safe inside `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`, `\u003e`
/// and `\u0026`, so no `</script>` or `<!--` (which changes how the HTML parser ends the element) can appear,
/// and U+2028 and U+2029 become `\u2028` and `\u2029` for JavaScript parsers that reject them in strings.
/// These characters only occur inside JSON strings, so the result is the same JSON value.
pub fn escape_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(c),
        }
    }
    out
}

fn legal_force(status: &str) -> &'static str {
    match status {
        "in-force" => "https://schema.org/InForce",
        "partially-in-force" => "https://schema.org/PartiallyInForce",
        _ => "https://schema.org/NotInForce",
    }
}

fn add_type_fields(object: &mut Map<String, Value>, frame: &Frame<'_>, id: PageId, body: &Rendered) {
    let page = &frame.site.pages[id];
    let front = page.front();
    if let Some(instrument) = &front.instrument {
        object.insert("legislationLegalForce".into(), json!(legal_force(&instrument.status)));
        object.insert("legislationDate".into(), json!(instrument.adopted.date.to_string()));
        object.insert("alternateName".into(), json!(instrument.full_title));
        if let Some(parent) = page.parent_instrument {
            object.insert("isPartOf".into(), json!({"@id": frame.permalink(&frame.site.pages[parent].dir_url)}));
        }
    }
    if let Some(law) = &front.law {
        object.insert("legislationLegalForce".into(), json!(legal_force(&law.legal_force)));
        object.insert("legislationDate".into(), json!(law.adopted.to_string()));
        object.insert("legislationIdentifier".into(), json!(law.number));
        object.insert("legislationPassedBy".into(), json!({"@type": "Organization", "name": law.issuer}));
        object.insert("legislationJurisdiction".into(), json!("KZ"));
        object.insert("sameAs".into(), json!(law.official_url));
    }
    if let Some(event) = &front.event {
        if let Some(date) = event.date {
            object.insert("startDate".into(), json!(date.to_string()));
        }
        let place =
            [event.venue.as_deref(), event.city.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
        if !place.is_empty() {
            object.insert("location".into(), json!({"@type": "Place", "name": place}));
        }
        if !event.speakers.is_empty() {
            let speakers: Vec<Value> =
                event.speakers.iter().map(|s| json!({"@type": "Person", "name": s.name})).collect();
            object.insert("performer".into(), Value::Array(speakers));
        }
        if !event.organisers.is_empty() {
            let organisers: Vec<Value> =
                event.organisers.iter().map(|o| json!({"@type": "Organization", "name": o})).collect();
            object.insert("organizer".into(), Value::Array(organisers));
        }
    }
    if front.guide.is_some() {
        let steps: Vec<Value> = body
            .toc
            .iter()
            .filter(|entry| entry.level == 2)
            .map(|entry| json!({"@type": "HowToStep", "name": entry.title, "url": format!("{}#{}", frame.permalink(&page.dir_url), entry.id)}))
            .collect();
        if !steps.is_empty() {
            object.insert("step".into(), Value::Array(steps));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonld_escapes_what_could_end_its_script_element() {
        let title = "Конвенция <!--<script>alert(1)</script> & «вода»\u{2028}\u{2029}>";
        let value = json!({ "name": title, "list": ["</script>", "a&b"] });
        let escaped = escape_for_script(&value.to_string());
        for forbidden in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(!escaped.contains(forbidden), "{forbidden:?} in {escaped}");
        }
        assert!(escaped.contains(r"\u003c!--\u003cscript\u003e"), "{escaped}");
        assert!(escaped.contains(r"\u0026 «вода»\u2028\u2029\u003e"), "{escaped}");
        let parsed: Value = serde_json::from_str(&escaped).expect("still JSON");
        assert_eq!(parsed, value);
    }
}
