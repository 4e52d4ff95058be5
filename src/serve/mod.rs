//! `ecolib serve`: a live preview for editors. Every change rebuilds the whole site into memory (no
//! guessing which pages depend on what: the served site always equals a clean build), the last good site
//! keeps being served, and a failed rebuild shows as an overlay in the browser as well as in the terminal.

mod events;
mod http;
mod live;
mod server;
pub mod watch;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::cache::BuildCache;
use crate::diagnostics::{msg, render_diagnostics_in, Lang};
use crate::pipeline::{run_pipeline_to, IndexTarget, PipelineOptions};
use crate::render::{MemoryOutput, RenderedSite};

pub use server::{start_server, ServerError};

/// What the server shows, and a counter that wakes the event streams.
#[derive(Debug, Default)]
pub struct State {
    pub site: Option<Arc<RenderedSite>>,
    /// The last build's errors, rendered; `None` when it succeeded.
    pub error: Option<String>,
    pub generation: u64,
}

/// State shared by the rebuild loop and the server threads.
pub type Shared = Arc<(Mutex<State>, Condvar)>;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub include_drafts: bool,
    pub port: u16,
    /// Poll the file system instead of native events (network drives, some containers).
    pub poll: bool,
    /// Quiet time after the last change before rebuilding.
    pub debounce: Duration,
    /// The language of the messages (terminal and overlay).
    pub lang: Lang,
}

/// Builds the site into memory, search index included, reusing what `cache` holds from earlier builds;
/// `Err` holds the rendered diagnostics.
pub fn build_in_memory(options: &ServeOptions, cache: &Arc<BuildCache>) -> Result<RenderedSite, String> {
    let result = build_with_cache(options, cache);
    // Also after a failed build: it rendered every page it could (to report every problem), and an editor
    // changing a template while the site has an error must not pile up renders.
    let (hits, misses) = cache.finish_build();
    tracing::debug!(hits, misses, "build cache");
    result
}

fn build_with_cache(options: &ServeOptions, cache: &Arc<BuildCache>) -> Result<RenderedSite, String> {
    let pipeline = PipelineOptions {
        root: options.root.clone(),
        include_drafts: options.include_drafts,
        base_url: None,
        offline_zip: None,
        cache: Some(cache.clone()),
        index: IndexTarget::Memory,
        config: None,
    };
    let output = MemoryOutput::default();
    let built = run_pipeline_to(&pipeline, &output)
        .map_err(|failed| render_diagnostics_in(&failed.diagnostics, &failed.sources, options.lang))?;
    let indexed = built.index.map_err(|failure| format!("search index: {failure}\n"))?;
    let t = built.timings;
    tracing::debug!(
        load_ms = t.load.as_millis() as u64,
        model_ms = t.model.as_millis() as u64,
        render_ms = t.render.as_millis() as u64,
        index_ms = t.index.as_millis() as u64,
        export_ms = t.export.as_millis() as u64,
        "rebuild stages"
    );
    let mut site = output.into_site();
    site.files.extend(indexed.files);
    Ok(site)
}

/// Rebuilds and publishes the result to the server; returns whether it succeeded.
fn rebuild(options: &ServeOptions, cache: &Arc<BuildCache>, shared: &Shared) -> bool {
    let started = Instant::now();
    let result = build_in_memory(options, cache);
    let (lock, wake) = &**shared;
    let Ok(mut state) = lock.lock() else { return false };
    state.generation += 1;
    let ok = result.is_ok();
    match result {
        Ok(site) => {
            let ms = started.elapsed().as_millis();
            eprintln!("{}", options.lang.render(&msg("serve-rebuilt").arg("ms", ms.to_string())));
            state.site = Some(Arc::new(site));
            state.error = None;
        }
        Err(text) => {
            eprint!("{text}");
            eprintln!("{}", options.lang.text("serve-has-errors"));
            state.error = Some(text);
        }
    }
    wake.notify_all();
    ok
}

/// Builds, serves on 127.0.0.1, watches, and rebuilds on every change until the process is stopped.
pub fn serve(options: &ServeOptions) -> anyhow::Result<()> {
    // A handler of our own: started from a script (`ecolib serve &`), SIGINT arrives ignored and Ctrl-C or
    // `kill -INT` would not stop the preview. Nothing is left to clean up: exit at once.
    if let Err(err) = ctrlc::set_handler(|| std::process::exit(130)) {
        tracing::warn!("cannot install the Ctrl-C handler: {err}");
    }
    let shared: Shared = Arc::new((Mutex::new(State::default()), Condvar::new()));
    // Listen first: a port in use is reported at once, not after a whole build.
    let address = start_server(options.port, shared.clone()).map_err(|e| match &e {
        ServerError::PortInUse(port) => anyhow::anyhow!(options
            .lang
            .render(&msg("serve-port-in-use").arg("port", port.to_string()).arg("next", (port + 1).to_string()))),
        _ => anyhow::Error::new(e),
    })?;
    eprintln!("{}", options.lang.render(&msg("serve-started").arg("address", format!("http://{address}/"))));
    let (sender, events) = std::sync::mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher: Box<dyn Watcher> = if options.poll {
        let config =
            notify::Config::default().with_poll_interval(Duration::from_millis(300)).with_compare_contents(true);
        Box::new(notify::PollWatcher::new(sender, config)?)
    } else {
        Box::new(notify::recommended_watcher(sender)?)
    };
    for name in ["content", "themes", "templates", "static", "site.toml"] {
        let path = options.root.join(name);
        if path.exists() {
            watcher.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    // Watching starts before the first build, so a file saved while it runs is not missed.
    let cache = Arc::new(BuildCache::new());
    rebuild(options, &cache, &shared);
    let output_dir = output_dir_name(&options.root);
    // Events carry absolute paths.
    let root = options.root.canonicalize().unwrap_or_else(|_| options.root.clone());
    // Reading files (as every rebuild does) raises access events: only changes count.
    let relevant = |event: &notify::Event| {
        matches!(event.kind, notify::EventKind::Create(_) | notify::EventKind::Modify(_) | notify::EventKind::Remove(_))
            && event.paths.iter().any(|p| watch::is_relevant(&root, p, &output_dir))
    };
    while let Ok(event) = events.recv() {
        if !event.as_ref().is_ok_and(&relevant) {
            continue;
        }
        // Bursts of saves (write to a temporary file, rename, touch) end in one rebuild.
        while let Ok(more) = events.recv_timeout(options.debounce) {
            let _ = more;
        }
        rebuild(options, &cache, &shared);
    }
    Ok(())
}

/// The output folder's name from site.toml, so its changes are ignored (default `public`).
fn output_dir_name(root: &Path) -> String {
    crate::config::Config::load(root).map(|(c, _)| c.output_dir).unwrap_or_else(|_| "public".to_string())
}
