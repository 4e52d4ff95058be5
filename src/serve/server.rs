//! The preview's HTTP server (tiny_http) on 127.0.0.1: pages from the in-memory site with the live-reload
//! script added, and a server-sent event stream per open tab.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use tiny_http::{Header, Request, Response, Server};

use super::live::{inject, EVENTS_PATH, SCRIPT, SCRIPT_PATH};
use super::Shared;
use crate::site::urls::percent_decode;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("port {0} is in use: stop the other program or choose another port with --port {next}", next = .0 + 1)]
    PortInUse(u16),
    #[error("cannot listen on 127.0.0.1:{0}: {1}")]
    Other(u16, String),
}

/// Starts serving in background threads; returns the address.
pub fn start_server(port: u16, shared: Shared) -> Result<std::net::SocketAddr, ServerError> {
    let server = Server::http(("127.0.0.1", port)).map_err(|e| match e.downcast_ref::<std::io::Error>() {
        Some(io) if io.kind() == std::io::ErrorKind::AddrInUse => ServerError::PortInUse(port),
        _ => ServerError::Other(port, e.to_string()),
    })?;
    let address = server.server_addr().to_ip().ok_or_else(|| ServerError::Other(port, "no IP address".into()))?;
    let server = Arc::new(server);
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let shared = shared.clone();
            // Event streams stay open: each gets its own thread; pages are answered at once.
            if request.url().starts_with(EVENTS_PATH) {
                std::thread::spawn(move || stream_events(request, shared));
            } else {
                answer(request, &shared);
            }
        }
    });
    Ok(address)
}

/// Shown until the first build is done.
const WAITING_PAGE: &str = "<!doctype html><html lang=\"ru\"><meta charset=\"utf-8\"><title>ecolib</title>\
<body><p>Сайт собирается, страница откроется сама. / The site is being built; this page will reload by itself.</p>\
</body></html>";

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" | "csv" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// The output file a URL path names: `/a/b/` → `a/b/index.html`.
fn file_for(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path.trim_start_matches('/'));
    if decoded.is_empty() || decoded.ends_with('/') {
        format!("{decoded}index.html")
    } else {
        decoded
    }
}

fn answer(request: Request, shared: &Shared) {
    let url = request.url().to_string();
    if url.starts_with(SCRIPT_PATH) {
        let mut response = Response::from_string(SCRIPT);
        if let Some(h) = header("Content-Type", "text/javascript; charset=utf-8") {
            response.add_header(h);
        }
        let _ = request.respond(response);
        return;
    }
    let site = shared.0.lock().ok().and_then(|s| s.site.clone());
    let Some(site) = site else {
        // With the reload script: the tab reloads when the first build is done, or shows its errors.
        let page = inject(WAITING_PAGE.as_bytes());
        let mut response = Response::from_data(page).with_status_code(503);
        for h in [header("Content-Type", "text/html; charset=utf-8"), header("Cache-Control", "no-store")]
            .into_iter()
            .flatten()
        {
            response.add_header(h);
        }
        let _ = request.respond(response);
        return;
    };
    let mut file = file_for(&url);
    let mut bytes =
        site.files.get(&file).cloned().or_else(|| site.copies.get(&file).and_then(|p| std::fs::read(p).ok()));
    if bytes.is_none() && !file.ends_with(".html") {
        let dir_index = format!("{file}/index.html");
        if let Some(b) = site.files.get(&dir_index) {
            file = dir_index;
            bytes = Some(b.clone());
        }
    }
    let (status, file, bytes) = match bytes {
        Some(bytes) => (200, file, bytes),
        None => {
            (404, "404.html".to_string(), site.files.get("404.html").cloned().unwrap_or_else(|| b"not found".to_vec()))
        }
    };
    let body = if file.ends_with(".html") { inject(&bytes) } else { bytes };
    let mut response = Response::from_data(body).with_status_code(status);
    for h in [header("Content-Type", content_type(&file)), header("Cache-Control", "no-store")].into_iter().flatten() {
        response.add_header(h);
    }
    let _ = request.respond(response);
}

/// The event for the current state: the error if the last build failed, else (after a change) a reload.
fn event_for(state: &super::State, initial: bool) -> Option<String> {
    match &state.error {
        Some(text) => Some(format!("event: build-error\ndata: {}\n\n", serde_json::Value::from(text.as_str()))),
        None if initial => None,
        None => Some("event: reload\ndata: reload\n\n".to_string()),
    }
}

/// Streams server-sent events to one tab until it goes away. The connection is taken over from tiny_http
/// (which buffers response bodies) so that every event is flushed at once.
fn stream_events(request: Request, shared: Shared) {
    let mut response = Response::empty(200);
    for h in [header("Content-Type", "text/event-stream"), header("Cache-Control", "no-store")].into_iter().flatten() {
        response.add_header(h);
    }
    let mut stream = request.upgrade("ecolib-events", response);
    let (lock, wake) = &*shared;
    let Ok(state) = lock.lock() else { return };
    let mut seen = state.generation;
    let mut pending = format!("retry: 1000\n\n{}", event_for(&state, true).unwrap_or_default());
    drop(state);
    loop {
        if stream.write_all(pending.as_bytes()).and_then(|()| stream.flush()).is_err() {
            return;
        }
        let Ok(state) = lock.lock() else { return };
        let Ok((state, timeout)) = wake.wait_timeout_while(state, Duration::from_secs(15), |s| s.generation == seen)
        else {
            return;
        };
        pending = if timeout.timed_out() {
            ": keep-alive\n\n".to_string()
        } else {
            seen = state.generation;
            event_for(&state, false).unwrap_or_default()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_map_to_output_files() {
        assert_eq!(file_for("/"), "index.html");
        assert_eq!(file_for("/en/conventions/"), "en/conventions/index.html");
        assert_eq!(file_for("/a/b/index.html?q=x"), "a/b/index.html");
        assert_eq!(file_for("/static/style.css"), "static/style.css");
        assert_eq!(file_for("/guides/%D1%84.pdf"), "guides/ф.pdf");
    }
}
