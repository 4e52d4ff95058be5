//! `ecolib serve`: the live preview (see `serve`).

use std::time::Duration;

use crate::cli::ServeArgs;
use crate::serve::{serve, ServeOptions};

pub fn run(args: &ServeArgs) -> anyhow::Result<bool> {
    let options = ServeOptions {
        root: args.site.root.clone(),
        include_drafts: args.site.drafts,
        port: args.port,
        poll: args.poll,
        debounce: Duration::from_millis(args.debounce_ms),
        lang: args.lang,
    };
    if args.open {
        open_browser(&format!("http://127.0.0.1:{}/", args.port));
    }
    serve(&options).map(|()| true)
}

/// Best effort: the preview works without it.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "windows") {
        ("cmd", vec!["/c", "start", url])
    } else if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else {
        ("xdg-open", vec![url])
    };
    let _ = std::process::Command::new(opener.0).args(opener.1).spawn();
}
