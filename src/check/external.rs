//! `check --external`: are the links to other sites (in texts and in `sources:`) still alive? Checked with
//! a timeout, several at a time, and remembered for a week in the cache folder, so that a daily check
//! does not hammer the official sites. Only with `--external`: the rest of ecolib never goes online.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::diagnostics::{codes, msg, Diagnostic};

/// How long a checked link is trusted.
pub const CACHE_DAYS: u64 = 7;
/// How long one request may take.
pub const TIMEOUT: Duration = Duration::from_secs(15);

/// One link to another site, where it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExternalLink {
    pub url: String,
    pub path: PathBuf,
    pub line: Option<usize>,
}

/// What a check found.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct Checked {
    /// HTTP status, or 0 when the site did not answer.
    status: u16,
    error: Option<String>,
    date: NaiveDate,
}

fn cache_file(cache: &Path) -> PathBuf {
    cache.join("external-links.json")
}

/// Checks every distinct URL (from the cache when fresh) and reports the dead ones at each place.
pub fn check_external_links(links: &[ExternalLink], cache: &Path, today: NaiveDate) -> Vec<Diagnostic> {
    let mut known: BTreeMap<String, Checked> =
        std::fs::read(cache_file(cache)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
    let fresh = |c: &Checked| c.date + chrono::Days::new(CACHE_DAYS) > today && c.date <= today;
    let mut urls: Vec<&str> = links.iter().map(|l| l.url.as_str()).collect();
    urls.sort_unstable();
    urls.dedup();
    let to_check: Vec<&str> = urls.into_iter().filter(|u| !known.get(*u).is_some_and(fresh)).collect();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .user_agent("ecolib link check")
        .build()
        .into();
    let results: Vec<(String, Checked)> =
        to_check.par_iter().map(|url| (url.to_string(), check_one(&agent, url, today))).collect();
    // No answer from any site at all means no network, not hundreds of dead links.
    if results.len() > 1 && results.iter().all(|(_, c)| c.error.is_some()) {
        let message = codes::OFFLINE.arg("count", results.len());
        return vec![Diagnostic::warning("content", message).with_help(msg("help-go-online"))];
    }
    let mut session: BTreeMap<String, Checked> = BTreeMap::new();
    for (url, checked) in results {
        // Only answers are remembered: a timeout or a DNS failure is asked again next time.
        if checked.error.is_none() {
            known.insert(url.clone(), checked.clone());
        }
        session.insert(url, checked);
    }
    if let Ok(json) = serde_json::to_vec_pretty(&known) {
        // Best effort: without a cache the next check simply asks again.
        let _ = std::fs::create_dir_all(cache).and_then(|()| std::fs::write(cache_file(cache), json));
    }
    links
        .iter()
        .filter_map(|link| {
            let checked = session.get(&link.url).or_else(|| known.get(&link.url))?;
            let problem = match (&checked.error, checked.status) {
                (Some(error), _) => codes::EXTERNAL_LINK_NO_ANSWER.arg("url", &link.url).arg("detail", error),
                (None, status) if status >= 400 => {
                    codes::EXTERNAL_LINK_STATUS.arg("url", &link.url).arg("status", status.to_string())
                }
                _ => return None,
            };
            Some(Diagnostic::warning(&link.path, problem).with_help(msg("help-new-address")).at_line_opt(link.line))
        })
        .collect()
}

fn check_one(agent: &ureq::Agent, url: &str, today: NaiveDate) -> Checked {
    // HEAD first; some servers refuse it, then GET.
    let head = agent.head(url).call();
    let response = match head {
        Ok(r) if r.status() != 405 && r.status() != 501 && r.status() != 403 => Ok(r),
        _ => agent.get(url).call(),
    };
    match response {
        Ok(r) => Checked { status: r.status().as_u16(), error: None, date: today },
        Err(e) => Checked { status: 0, error: Some(e.to_string()), date: today },
    }
}
