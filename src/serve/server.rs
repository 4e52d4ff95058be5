//! The preview's HTTP server on 127.0.0.1: pages from the in-memory site with the live-reload script added,
//! attachments streamed from their source files, and the live-reload event streams. It must stay usable
//! whatever a client does, so a fixed pool of workers answers requests (a client that never reads its
//! 30 MB attachment holds one worker for a bounded time, not the server), connections wait in a bounded
//! queue, and only GET and HEAD for a local host name are answered: a page of a hostile web site that
//! rebinds its DNS name to 127.0.0.1 must not read drafts.

use std::borrow::Cow;
use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::events::{start_broadcaster, EventStreams};
use super::http::{read_request_head, refuse, refuse_unread, response_head, write_before, RequestHead, WRITE_TIMEOUT};
use super::live::{inject, EVENTS_PATH, SCRIPT, SCRIPT_PATH};
use super::Shared;
use crate::render::RenderedSite;

/// Threads answering requests; each serves one connection at a time.
const WORKERS: usize = 8;
/// Connections accepted but not yet picked up by a worker; one more is answered 503 at once.
const QUEUE: usize = 64;
/// Longest time one answer may take to send, however slowly the client reads.
const RESPONSE_DEADLINE: Duration = Duration::from_secs(120);

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
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => ServerError::PortInUse(port),
        _ => ServerError::Other(port, e.to_string()),
    })?;
    let address = listener.local_addr().map_err(|e| ServerError::Other(port, e.to_string()))?;
    let streams = Arc::new(EventStreams::default());
    start_broadcaster(streams.clone(), shared.clone());
    let (sender, receiver) = sync_channel::<TcpStream>(QUEUE);
    let receiver = Arc::new(Mutex::new(receiver));
    for _ in 0..WORKERS {
        let (receiver, shared, streams) = (receiver.clone(), shared.clone(), streams.clone());
        std::thread::spawn(move || work(&receiver, &shared, &streams));
    }
    std::thread::spawn(move || accept_connections(&listener, &sender));
    Ok(address)
}

/// Hands each new connection to the workers' queue, or answers 503 itself when the queue is full.
fn accept_connections(listener: &TcpListener, queue: &SyncSender<TcpStream>) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else {
            // Out of file descriptors, most likely: let the workers close some.
            std::thread::sleep(Duration::from_millis(50));
            continue;
        };
        match queue.try_send(stream) {
            Ok(()) => {}
            Err(TrySendError::Full(mut stream)) => {
                let head = response_head(503, &[("Retry-After", "1")], Some(0));
                let _ = stream.set_write_timeout(Some(Duration::from_millis(200)));
                let _ = std::io::Write::write_all(&mut stream, head.as_bytes());
            }
            Err(TrySendError::Disconnected(_)) => return,
        }
    }
}

/// A worker: takes connections from the queue, one at a time, for ever.
fn work(queue: &Mutex<Receiver<TcpStream>>, shared: &Shared, streams: &EventStreams) {
    loop {
        let next = match queue.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(stream) = next else { return };
        // A bug met by one request (its panic message is printed) must not take the worker away from all
        // later requests, as a panic in tiny_http's only thread did.
        let _ = std::panic::catch_unwind(AssertUnwindSafe(|| answer_connection(stream, shared, streams)));
    }
}

/// Whether a `Host` header names this machine's loopback (any port): `localhost`, `127.0.0.1`, `[::1]`.
fn is_local_host(host: &str) -> bool {
    let name = match host.rsplit_once(':') {
        Some((name, port)) if !name.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    };
    name.eq_ignore_ascii_case("localhost") || name == "127.0.0.1" || name == "[::1]"
}

/// Reads one request and answers it; the connection closes afterwards (or becomes an event stream).
fn answer_connection(mut stream: TcpStream, shared: &Shared, streams: &EventStreams) {
    let _ = stream.set_nodelay(true);
    let head = match read_request_head(&mut stream) {
        Ok(head) => head,
        Err(error) => {
            if let Some(status) = error.status() {
                refuse_unread(&mut stream, status);
            }
            return;
        }
    };
    if let Some(refused) = refusal(&head) {
        refuse(&mut stream, refused.status, refused.headers, refused.message);
        return;
    }
    let path = head.target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS_PATH && head.method == "GET" {
        if let Err(mut stream) = streams.admit(stream, shared) {
            let message = "Слишком много открытых вкладок предпросмотра. / Too many preview tabs are open.\n";
            refuse(&mut stream, 503, &[("Retry-After", "5")], message);
        }
        return;
    }
    let Some(file) = file_for(path) else {
        refuse(&mut stream, 400, &[], "Недопустимый путь. / Invalid path.\n");
        return;
    };
    let site = shared.0.lock().ok().and_then(|s| s.site.clone());
    let reply = match (path, &site) {
        (SCRIPT_PATH, _) => Reply::new(200, "js", Body::Bytes(Cow::Borrowed(SCRIPT.as_bytes()))),
        (_, None) => Reply::new(503, "html", Body::Bytes(Cow::Owned(inject(WAITING_PAGE.as_bytes())))),
        (_, Some(site)) => reply_from_site(site, file),
    };
    let _ = send(&mut stream, reply, head.method == "HEAD");
}

/// A request the preview does not answer, and how it says so.
struct Refusal {
    status: u16,
    headers: &'static [(&'static str, &'static str)],
    message: &'static str,
}

/// Refuses what the preview does not answer: other host names (DNS rebinding), other methods.
fn refusal(head: &RequestHead) -> Option<Refusal> {
    if !head.host.as_deref().is_some_and(is_local_host) {
        let message = "Предпросмотр отвечает только на localhost. / The preview answers only on localhost.\n";
        return Some(Refusal { status: 421, headers: &[], message });
    }
    if head.method != "GET" && head.method != "HEAD" {
        let message = "Только GET и HEAD. / Only GET and HEAD.\n";
        return Some(Refusal { status: 405, headers: &[("Allow", "GET, HEAD")], message });
    }
    None
}

/// Shown until the first build is done.
const WAITING_PAGE: &str = "<!doctype html><html lang=\"ru\"><meta charset=\"utf-8\"><title>ecolib</title>\
<body><p>Сайт собирается, страница откроется сама. / The site is being built; this page will reload by itself.</p>\
</body></html>";

/// An answer's body: bytes from the built site, or an attachment read from its source file as it is sent.
enum Body<'a> {
    Bytes(Cow<'a, [u8]>),
    File(std::fs::File, u64),
}

struct Reply<'a> {
    status: u16,
    content_type: &'static str,
    body: Body<'a>,
}

impl<'a> Reply<'a> {
    fn new(status: u16, extension: &str, body: Body<'a>) -> Reply<'a> {
        Reply { status, content_type: content_type(extension), body }
    }
}

/// The answer for an output file of the site (with the live-reload script in HTML), or its 404 page.
fn reply_from_site(site: &RenderedSite, file: String) -> Reply<'_> {
    let extension = |name: &str| name.rsplit('.').next().unwrap_or("").to_string();
    let page = |status: u16, name: &str, bytes: &[u8]| match extension(name).as_str() {
        "html" => Reply::new(status, "html", Body::Bytes(Cow::Owned(inject(bytes)))),
        other => Reply::new(status, other, Body::Bytes(Cow::Owned(bytes.to_vec()))),
    };
    if let Some(bytes) = site.files.get(&file) {
        return match extension(&file).as_str() {
            "html" => page(200, &file, bytes),
            other => Reply::new(200, other, Body::Bytes(Cow::Borrowed(bytes))),
        };
    }
    if let Some(source) = site.copies.get(&file) {
        let opened = std::fs::File::open(source).and_then(|f| Ok((f.metadata()?.len(), f)));
        if let Ok((length, opened)) = opened {
            return Reply::new(200, &extension(&file), Body::File(opened, length));
        }
    }
    let dir_index = format!("{file}/index.html");
    match site.files.get(&dir_index) {
        Some(bytes) if !file.ends_with(".html") => page(200, &dir_index, bytes),
        _ => page(404, "404.html", site.files.get("404.html").map_or(b"not found".as_slice(), Vec::as_slice)),
    }
}

/// Sends an answer (only its head for HEAD) within [`RESPONSE_DEADLINE`].
fn send(stream: &mut TcpStream, reply: Reply<'_>, head_only: bool) -> std::io::Result<()> {
    let deadline = Instant::now() + RESPONSE_DEADLINE;
    stream.set_write_timeout(Some(WRITE_TIMEOUT))?;
    let length = match &reply.body {
        Body::Bytes(bytes) => bytes.len() as u64,
        Body::File(_, length) => *length,
    };
    let headers = [("Content-Type", reply.content_type), ("Cache-Control", "no-store")];
    write_before(stream, response_head(reply.status, &headers, Some(length)).as_bytes(), deadline)?;
    if head_only {
        return Ok(());
    }
    match reply.body {
        Body::Bytes(bytes) => write_before(stream, &bytes, deadline),
        Body::File(file, length) => {
            // Exactly the announced length, even if the file grows meanwhile.
            let mut file = file.take(length);
            let mut chunk = vec![0u8; 64 * 1024];
            loop {
                let read = file.read(&mut chunk)?;
                if read == 0 {
                    return Ok(());
                }
                write_before(stream, &chunk[..read], deadline)?;
            }
        }
    }
}

fn content_type(extension: &str) -> &'static str {
    match extension {
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

/// The output file a URL path names: `/a/b/` → `a/b/index.html`; `None` for a path that tries to leave
/// the site (`..` or `.` segments, backslashes, NUL), also when percent-encoded. Malformed escapes never
/// panic: they stay as they are, and bytes that are not UTF-8 become U+FFFD (and match no file).
fn file_for(path: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(path.trim_start_matches('/')).decode_utf8_lossy();
    let leaves = decoded.split('/').any(|segment| segment == ".." || segment == ".");
    if leaves || decoded.contains(['\\', '\0']) {
        return None;
    }
    if decoded.is_empty() || decoded.ends_with('/') {
        Some(format!("{decoded}index.html"))
    } else {
        Some(decoded.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_map_to_output_files() {
        assert_eq!(file_for("/").as_deref(), Some("index.html"));
        assert_eq!(file_for("/en/conventions/").as_deref(), Some("en/conventions/index.html"));
        assert_eq!(file_for("/static/style.css").as_deref(), Some("static/style.css"));
        assert_eq!(file_for("/guides/%D1%84.pdf").as_deref(), Some("guides/ф.pdf"));
    }

    #[test]
    fn malformed_percent_escapes_do_not_panic() {
        assert_eq!(file_for("/%aформа.pdf").as_deref(), Some("%aформа.pdf"));
        assert_eq!(file_for("/%").as_deref(), Some("%"));
        assert_eq!(file_for("/a%4").as_deref(), Some("a%4"));
        assert_eq!(file_for("/%ff.pdf").as_deref(), Some("\u{fffd}.pdf"));
        assert_eq!(file_for("/%41").as_deref(), Some("A"), "an escape at the very end is decoded");
    }

    #[test]
    fn paths_leaving_the_site_are_refused() {
        for path in [
            "/../site.toml",
            "/a/../../site.toml",
            "/%2e%2e/site.toml",
            "/%2E%2E%2Fsite.toml",
            "/static/..%5c..%5csite.toml",
            "/static\\..\\site.toml",
            "/./index.html",
            "/a%00.html",
        ] {
            assert_eq!(file_for(path), None, "{path}");
        }
    }

    #[test]
    fn only_loopback_host_names_are_local() {
        for host in
            ["localhost", "localhost:1111", "LOCALHOST:80", "127.0.0.1", "127.0.0.1:1111", "[::1]", "[::1]:1111"]
        {
            assert!(is_local_host(host), "{host}");
        }
        for host in ["", "evil.example", "evil.example:1111", "localhost.evil.example", "127.0.0.2", "::1", "[::1]x"] {
            assert!(!is_local_host(host), "{host}");
        }
    }
}
