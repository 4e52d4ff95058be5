//! `ecolib search "query"`: queries the tantivy index that the last `ecolib build` wrote, with the same
//! query language and ranking as the browser client.

use std::io::Write;

use anyhow::Context;

use crate::cli::SearchArgs;
use crate::diagnostics::{msg, Lang};
use crate::search::{index_dir, open_index, parse_query, search, SearchOptions, CACHE_DIR};

pub fn run(args: &SearchArgs) -> anyhow::Result<bool> {
    let cache = args.cache.clone().unwrap_or_else(|| args.root.join(CACHE_DIR));
    // `--lang` keeps the results in a language and words the messages in it.
    let lang = args.lang.as_deref().map_or(Lang::En, Lang::from_code);
    let index = open_index(&index_dir(&cache)).with_context(|| lang.text("search-no-index"))?;
    let query = parse_query(&args.query, false);
    let options = SearchOptions {
        lang: args.lang.clone(),
        doc_type: args.doc_type.clone(),
        topic: args.topic.clone(),
        limit: args.limit,
    };
    let hits = search(&index, &query, &options).with_context(|| lang.text("search-failed"))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&hits)?)?;
        return Ok(true);
    }
    if hits.is_empty() {
        writeln!(out, "{}", lang.render(&msg("search-nothing-found").arg("query", &args.query)))?;
    }
    for (rank, hit) in hits.iter().enumerate() {
        writeln!(
            out,
            "{:>2}. {} [{} · {}{}] {:.4}",
            rank + 1,
            hit.title,
            hit.lang,
            hit.doc_type,
            hit.date.as_ref().map(|d| format!(" · {d}")).unwrap_or_default(),
            hit.score
        )?;
        writeln!(out, "    {}index.html", hit.url)?;
        writeln!(
            out,
            "    {}",
            hit.snippet
                .replace("<mark>", "[")
                .replace("</mark>", "]")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
        )?;
    }
    Ok(true)
}
