//! `ecolib serve` end to end: a real server on a free loopback port, its event stream, edits on disk, the
//! error overlay, and a stress test of rapid saves whose end state must equal a clean build.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

#[path = "integration/support/mod.rs"]
mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use support::{snapshot, SiteTest};

/// The server process; killed when dropped, so a failing test leaves nothing running.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

fn start(site: &SiteTest) -> Server {
    start_with(site, &[])
}

fn start_with(site: &SiteTest, extra: &[&str]) -> Server {
    let server = spawn(site, extra);
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if get(server.port, "/").is_some_and(|(status, _)| status == 200) {
            return server;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("ecolib serve did not answer on port {}", server.port);
}

/// Starts the server without waiting for a good build.
fn spawn(site: &SiteTest, extra: &[&str]) -> Server {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_ecolib"))
        .args(["serve", "--port", &port.to_string(), "--debounce-ms", "60"])
        .args(extra)
        .arg("--root")
        .arg(&site.root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start ecolib serve");
    Server { child, port }
}

/// GET over a plain socket: (status, body).
fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).ok()?;
    let split = response.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&response[..split]).to_lowercase();
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    let mut body = response[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = dechunk(&body)?;
    }
    Some((status, String::from_utf8_lossy(&body).into_owned()))
}

/// Decodes an HTTP chunked body.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size = usize::from_str_radix(std::str::from_utf8(&data[..line_end]).ok()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}

/// The event stream's `event:` lines, as they arrive.
fn events(port: u16) -> Receiver<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(stream, "GET /__ecolib/events HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("request");
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { return };
            if (line.starts_with("event:") || line.starts_with("data:")) && sender.send(line).is_err() {
                return;
            }
        }
    });
    receiver
}

/// Waits for an `event: <name>` line; returns the data line after it.
fn wait_for(events: &Receiver<String>, name: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match events.recv_timeout(left) {
            Ok(line) if line == format!("event: {name}") => {
                return events.recv_timeout(Duration::from_secs(5)).unwrap_or_default()
            }
            Ok(_) => continue,
            Err(_) => break,
        }
    }
    panic!("no «{name}» event within 30 s");
}

fn strip_live_script(html: &str) -> String {
    html.replace("<script src=\"/__ecolib/live.js\"></script>", "")
}

#[test]
fn edit_reload_error_overlay_and_fix() {
    let site = SiteTest::fixture("good-site");
    let server = start(&site);
    let events = events(server.port);
    let page = "content/guides/request.md";
    let original = std::fs::read_to_string(site.root.join(page)).expect("page");

    site.write(page, format!("{original}\nНовая строка о сроках.\n"));
    wait_for(&events, "reload");
    let (status, html) = get(server.port, "/guides/request/").expect("page");
    assert_eq!(status, 200);
    assert!(html.contains("Новая строка о сроках."), "{html}");
    assert!(html.contains("/__ecolib/live.js"), "the reload script is injected when serving");

    site.write(page, original.replacen("title: Как запросить информацию", "title: [не закрыто", 1));
    let data = wait_for(&events, "build-error");
    assert!(data.contains("content/guides/request.md"), "the overlay names the file: {data}");
    let (_, html) = get(server.port, "/guides/request/").expect("page");
    assert!(html.contains("Новая строка о сроках."), "the last good page is still served");

    site.write(page, &original);
    wait_for(&events, "reload");
    let (_, html) = get(server.port, "/guides/request/").expect("page");
    assert!(!html.contains("Новая строка о сроках."), "the fixed page is served");
    assert!(!site.exists("index.html"), "serve writes no output folder");
}

#[test]
fn a_site_broken_from_the_start_shows_its_errors_and_reloads_when_fixed() {
    let site = SiteTest::fixture("good-site");
    let page = "content/guides/request.md";
    let original = std::fs::read_to_string(site.root.join(page)).expect("page");
    site.write(page, original.replacen("title: Как запросить информацию", "title: [не закрыто", 1));
    let server = spawn(&site, &[]);
    let deadline = Instant::now() + Duration::from_secs(60);
    let (status, html) = loop {
        if let Some(answer) = get(server.port, "/") {
            break answer;
        }
        assert!(Instant::now() < deadline, "the server did not answer");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status, 503, "no good build yet: {html}");
    assert!(html.contains("/__ecolib/live.js"), "the waiting page listens for the build: {html}");
    let events = events(server.port);
    let data = wait_for(&events, "build-error");
    assert!(data.contains("content/guides/request.md"), "the overlay names the file: {data}");
    site.write(page, &original);
    wait_for(&events, "reload");
    let (status, _) = get(server.port, "/guides/request/").expect("page");
    assert_eq!(status, 200);
}

#[test]
fn russian_messages_and_a_port_in_use() {
    let site = SiteTest::fixture("good-site");
    let server = start_with(&site, &["--lang", "ru"]);
    let events = events(server.port);
    let page = "content/guides/request.md";
    let original = std::fs::read_to_string(site.root.join(page)).expect("page");
    site.write(page, original.replacen("---\n", "---\ntopics: [\n", 1));
    let data = wait_for(&events, "build-error");
    assert!(data.contains("content/guides/request.md"), "the overlay names the file: {data}");
    assert!(data.contains("ожидается текст") && data.contains("ошибка[E0115]: "), "the overlay is in Russian: {data}");

    // A second server on the same port stops at once with a hint, without building the site first.
    let started = Instant::now();
    let second = Command::new(env!("CARGO_BIN_EXE_ecolib"))
        .args(["serve", "--lang", "ru", "--port", &server.port.to_string(), "--root"])
        .arg(&site.root)
        .output()
        .expect("run a second serve");
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("порт {} занят", server.port)), "{stderr}");
    assert!(stderr.contains(&format!("--port {}", server.port + 1)), "{stderr}");
    assert!(!stderr.contains("пересобран"), "it must not build before finding the port taken: {stderr}");
    assert!(started.elapsed() < Duration::from_secs(20), "it stopped at once");
}

#[test]
fn rapid_saves_end_in_a_site_equal_to_a_clean_build() {
    let site = SiteTest::fixture("good-site");
    let page = |i: usize, n: usize| {
        format!("---\ntitle: Заметка {i}\nsummary: Версия {n}.\ndoc_type: page\n---\nТекст заметки {i}, версия {n}.\n")
    };
    for i in 0..20 {
        site.write(&format!("content/docs/note-{i:02}.md"), page(i, 0));
    }
    let server = start(&site);
    let events = events(server.port);
    for n in 1..=200 {
        let i = (n * 7) % 20;
        site.write(&format!("content/docs/note-{i:02}.md"), page(i, n));
        if n % 50 == 0 {
            std::thread::sleep(Duration::from_millis(30));
        }
    }
    // Quiet: the last reload, then nothing for two seconds.
    wait_for(&events, "reload");
    while events.recv_timeout(Duration::from_secs(2)).is_ok() {}
    assert!(get(server.port, "/").is_some(), "the server survived the burst");

    let clean = tempfile::tempdir().expect("tempdir");
    let output = Command::new(env!("CARGO_BIN_EXE_ecolib"))
        .args(["build", "--root"])
        .arg(&site.root)
        .arg("--output")
        .arg(clean.path().join("public"))
        .arg("--cache")
        .arg(clean.path().join("cache"))
        .output()
        .expect("clean build");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let files = snapshot(&clean.path().join("public"));
    let mut compared = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") && !path.ends_with(".xml") && !path.ends_with(".js") {
            continue;
        }
        let (status, body) = get(server.port, &format!("/{path}")).expect("served");
        assert_eq!(status, 200, "/{path}");
        assert!(strip_live_script(&body) == String::from_utf8_lossy(bytes), "/{path} differs from a clean build");
        compared += 1;
    }
    assert!(compared > 40, "only {compared} files compared");
}

// ---- Limits (issue 10, "safe by default"): no client can block, exhaust or trick the preview. ----

/// Sends raw bytes as a request: (status, head in lower case, body).
fn exchange(port: u16, request: &[u8]) -> Option<(u16, String, Vec<u8>)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    stream.write_all(request).ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).ok()?;
    let split = response.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&response[..split]).to_lowercase();
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, head, response[split + 4..].to_vec()))
}

fn status_of(port: u16, request: &[u8]) -> u16 {
    exchange(port, request).map_or(0, |(status, _, _)| status)
}

#[test]
fn a_client_that_never_reads_a_big_attachment_blocks_nobody() {
    let site = SiteTest::fixture("good-site");
    site.write("content/guides/template.txt", vec![b'x'; 30 * 1024 * 1024]);
    let server = start(&site);
    let mut stuck = Vec::new();
    for _ in 0..3 {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
        write!(stream, "GET /guides/template.txt HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("request");
        stuck.push(stream); // never read
    }
    std::thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    let (status, html) = get(server.port, "/guides/request/").expect("page");
    assert_eq!(status, 200, "{html}");
    assert!(started.elapsed() < Duration::from_secs(2), "a page took {:?}", started.elapsed());
    // And the attachment itself arrives whole for a client that reads.
    let (status, head, body) =
        exchange(server.port, b"GET /guides/template.txt HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("attachment");
    assert_eq!(status, 200);
    assert!(head.contains(&format!("content-length: {}", 30 * 1024 * 1024)), "{head}");
    assert_eq!(body.len(), 30 * 1024 * 1024);
}

#[test]
fn idle_connections_fill_a_bounded_queue_then_get_503_at_once() {
    let site = SiteTest::fixture("good-site");
    let server = start(&site);
    // 8 workers wait up to 5 s for each idle client's request; 64 more connections fill the queue.
    let idle: Vec<TcpStream> =
        (0..8 + 64).map(|_| TcpStream::connect(("127.0.0.1", server.port)).expect("connect")).collect();
    let mut late = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    late.set_read_timeout(Some(Duration::from_secs(3))).expect("timeout");
    let mut answer = String::new();
    let _ = late.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 503 "), "one connection too many: {answer:?}");
    drop(idle);
    // The workers drain the 72 closed connections first: a request that comes while the queue is still
    // full is refused at once (503, Retry-After: 1), as the late one was. A client that retries as told is
    // answered within the bound.
    let started = Instant::now();
    let mut status = None;
    while status != Some(200) && started.elapsed() < Duration::from_secs(8) {
        status = get(server.port, "/").map(|(s, _)| s);
        if status != Some(200) {
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    assert_eq!(status, Some(200), "the server recovered");
    assert!(started.elapsed() < Duration::from_secs(8), "recovery took {:?}", started.elapsed());
}

/// Opens an event stream and reads its status line.
fn open_events(port: u16) -> (TcpStream, u16) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    write!(stream, "GET /__ecolib/events HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("request");
    let mut line = String::new();
    BufReader::new(stream.try_clone().expect("clone")).read_line(&mut line).expect("status line");
    let status = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (stream, status)
}

/// The server's thread count (Linux).
fn threads_of(server: &Server) -> usize {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.child.id())).expect("status");
    let line = status.lines().find(|l| l.starts_with("Threads:")).expect("Threads line");
    line[8..].trim().parse().expect("number")
}

#[test]
fn event_streams_are_capped_and_share_one_thread() {
    let site = SiteTest::fixture("good-site");
    let server = start(&site);
    let before = cfg!(target_os = "linux").then(|| threads_of(&server));
    let mut open: Vec<TcpStream> = (0..64)
        .map(|i| {
            let (stream, status) = open_events(server.port);
            assert_eq!(status, 200, "stream {i}");
            stream
        })
        .collect();
    let (_, status) = open_events(server.port);
    assert_eq!(status, 503, "the 65th stream is refused");
    if let Some(before) = before {
        assert!(
            threads_of(&server) <= before,
            "no thread per stream: {before} threads before, {} after",
            threads_of(&server)
        );
    }
    assert_eq!(get(server.port, "/").map(|(s, _)| s), Some(200), "pages are still served");
    // A closed tab frees its place soon.
    drop(open.pop());
    let deadline = Instant::now() + Duration::from_secs(5);
    while open_events(server.port).1 != 200 {
        assert!(Instant::now() < deadline, "the closed stream's place was not freed");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_long_request_line_gets_414_and_big_headers_get_431() {
    let site = SiteTest::fixture("good-site");
    let server = start(&site);
    let line = format!("GET /{} HTTP/1.1\r\nHost: localhost\r\n\r\n", "a".repeat(20 * 1024));
    assert_eq!(status_of(server.port, line.as_bytes()), 414);
    // Without an end of line: the server must stop reading long before a megabyte.
    let endless = vec![b'a'; 1024 * 1024];
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    let _ = stream.write_all(b"GET /");
    let _ = stream.write_all(&endless);
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 414 "), "{answer}");
    let headers =
        format!("GET / HTTP/1.1\r\nHost: localhost\r\n{}\r\n", "X-Filler: yyyyyyyyyyyyyyyyyyyyyyyy\r\n".repeat(3000));
    assert_eq!(status_of(server.port, headers.as_bytes()), 431);
    assert_eq!(get(server.port, "/").map(|(s, _)| s), Some(200));
}

#[test]
fn only_local_host_names_are_answered() {
    let site = SiteTest::fixture("good-site");
    let server = start(&site);
    let port = server.port;
    for host in [
        "localhost",
        &format!("localhost:{port}"),
        "127.0.0.1",
        &format!("127.0.0.1:{port}"),
        "[::1]",
        &format!("[::1]:{port}"),
    ] {
        let request = format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n");
        assert_eq!(status_of(port, request.as_bytes()), 200, "{host}");
    }
    for host in ["evil.example", &format!("evil.example:{port}"), "localhost.evil.example", "192.168.1.5"] {
        let request = format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n");
        assert_eq!(status_of(port, request.as_bytes()), 421, "{host}");
    }
    assert_eq!(status_of(port, b"GET / HTTP/1.1\r\n\r\n"), 421, "no Host header");
    assert_eq!(status_of(port, b"GET /__ecolib/events HTTP/1.1\r\nHost: evil.example\r\n\r\n"), 421);
}

#[test]
fn only_get_and_head_are_answered() {
    let site = SiteTest::fixture("good-site");
    let server = start(&site);
    for method in ["POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH"] {
        let request = format!("{method} / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello");
        let (status, head, _) = exchange(server.port, request.as_bytes()).expect("answer");
        assert_eq!(status, 405, "{method}");
        assert!(head.contains("\r\nallow: get, head"), "{method}: {head}");
    }
    let (status, get_head, body) = exchange(server.port, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("GET");
    assert_eq!(status, 200);
    let (status, head, nothing) = exchange(server.port, b"HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("HEAD");
    assert_eq!(status, 200);
    assert!(nothing.is_empty(), "HEAD has no body");
    assert!(head.contains(&format!("content-length: {}", body.len())), "{head}\n---\n{get_head}");
}

#[test]
fn paths_leaving_the_site_and_malformed_escapes_are_refused_without_a_panic() {
    let site = SiteTest::fixture("good-site");
    let server = start(&site);
    let secret = std::fs::read_to_string(site.root.join("site.toml")).expect("site.toml");
    let probe = secret.lines().find(|l| !l.trim().is_empty()).expect("a line");
    for path in
        ["/../site.toml", "/%2e%2e/site.toml", "/%2E%2E%2Fsite.toml", "/..%5csite.toml", "/guides\\..\\..\\site.toml"]
    {
        let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        let (status, _, body) = exchange(server.port, request.as_bytes()).expect("answer");
        assert_ne!(status, 200, "{path}");
        assert!(!String::from_utf8_lossy(&body).contains(probe), "{path} leaked site.toml");
    }
    // `%a` then a multibyte letter made the old decoder slice inside a character and panic.
    for path in ["/%aформа.pdf", "/%", "/guides/%ф", "/%ff%fe"] {
        let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assert_eq!(status_of(server.port, request.as_bytes()), 404, "{path}");
    }
    assert_eq!(get(server.port, "/guides/request/").map(|(s, _)| s), Some(200), "the server survived");
}

#[cfg(target_os = "linux")]
#[test]
fn sigint_stops_the_server_within_a_second() {
    let site = SiteTest::fixture("good-site");
    site.write("content/guides/template.txt", vec![b'x'; 30 * 1024 * 1024]);
    let port = free_port();
    // Started as a script's background job is: with SIGINT ignored (`trap "" INT` is inherited across
    // exec). serve installs its own handler, so Ctrl-C and `kill -INT` stop it all the same.
    let child = Command::new("sh")
        .arg("-c")
        .arg("trap '' INT; exec \"$0\" serve --port \"$1\" --root \"$2\"")
        .arg(env!("CARGO_BIN_EXE_ecolib"))
        .arg(port.to_string())
        .arg(&site.root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start ecolib serve");
    let mut server = Server { child, port };
    let deadline = Instant::now() + Duration::from_secs(60);
    while get(port, "/").is_none_or(|(status, _)| status != 200) {
        assert!(Instant::now() < deadline, "ecolib serve did not answer");
        std::thread::sleep(Duration::from_millis(100));
    }
    // Busy workers and an open event stream must not hold the process.
    let (_events, _) = open_events(port);
    let mut stuck = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(stuck, "GET /guides/template.txt HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("request");
    std::thread::sleep(Duration::from_millis(300));
    let started = Instant::now();
    let killed = Command::new("kill").args(["-INT", &server.child.id().to_string()]).status().expect("kill");
    assert!(killed.success());
    loop {
        if server.child.try_wait().expect("wait").is_some() {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(1), "still running 1 s after SIGINT");
        std::thread::sleep(Duration::from_millis(20));
    }
}
