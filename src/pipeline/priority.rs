//! While the index stage runs, the templates render on threads of lower priority. The index is one long
//! chain (analysis → tantivy → export) that decides when the build ends; the templates are many small jobs
//! that can fill whatever CPU the chain leaves. On two cores at equal priority the chain got half a core
//! while the templates rendered, and then ran on alone with the other core idle.

/// How much lower than the process the rendering threads run (a nice increment).
#[cfg(target_os = "linux")]
const LOWER_BY: i32 = 5;

/// Runs `work` on a thread pool of lower priority (its own, so the global pool's threads keep theirs).
pub fn behind_the_index<R: Send>(work: impl FnOnce() -> R + Send) -> R {
    let pool = rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("ecolib-render-{i}"))
        .start_handler(|_| lower_this_thread())
        .build();
    match pool {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
    }
}

#[cfg(target_os = "linux")]
fn lower_this_thread() {
    use rustix::process::{getpriority_process, setpriority_process};
    // On Linux a thread id names one thread for these calls. Best effort: at worst the old scheduling.
    let thread = Some(rustix::thread::gettid());
    if let Ok(nice) = getpriority_process(thread) {
        let _ = setpriority_process(thread, (nice + LOWER_BY).min(19));
    }
}

#[cfg(not(target_os = "linux"))]
fn lower_this_thread() {}
