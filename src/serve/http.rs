//! Just enough HTTP/1.1 for the preview, with hard limits: a request head is read into a buffer that never
//! grows past 8 KiB for the request line and 64 KiB for the headers, within a few seconds, and every answer
//! closes its connection. tiny_http (used before) buffered a request line of any length (300 MB of it took
//! 1.6 GB) and spent a thread per connection, which no setting of it bounds.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Longest request line accepted (method, path, version); longer gets 414.
pub const REQUEST_LINE_MAX: usize = 8 * 1024;
/// Most bytes of header lines accepted after the request line; more gets 431.
pub const HEADERS_MAX: usize = 64 * 1024;
/// Most header lines accepted; more gets 431.
const HEADER_COUNT_MAX: usize = 100;
/// Time a client has to send its whole request head.
pub const HEAD_DEADLINE: Duration = Duration::from_secs(5);
/// Time one blocked write may take before the client counts as gone.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(5);

/// A parsed request head; only what the preview looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestHead {
    pub method: String,
    /// The request target as sent (origin form: starts with `/`).
    pub target: String,
    /// The `Host` header, if there was exactly one.
    pub host: Option<String>,
}

/// Why a request head was not accepted: each maps to the status that answers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadError {
    /// Malformed request line or header, or several `Host` headers: 400.
    Malformed,
    /// The head did not arrive in time: 408.
    TimedOut,
    /// Request line over [`REQUEST_LINE_MAX`]: 414.
    LineTooLong,
    /// Headers over [`HEADERS_MAX`] or [`HEADER_COUNT_MAX`]: 431.
    HeadersTooLarge,
    /// The client closed the connection or it failed: nothing to answer.
    Gone,
}

impl HeadError {
    /// The status to answer with; `None` when nobody is listening.
    pub fn status(self) -> Option<u16> {
        match self {
            HeadError::Malformed => Some(400),
            HeadError::TimedOut => Some(408),
            HeadError::LineTooLong => Some(414),
            HeadError::HeadersTooLarge => Some(431),
            HeadError::Gone => None,
        }
    }
}

/// How far a buffered head has come.
#[derive(Debug, PartialEq, Eq)]
enum Progress {
    /// The head ends after this many bytes.
    Complete(usize),
    NeedMore,
    Refused(HeadError),
}

/// Where the head in `buffer` ends (after an empty line), or why it can never be accepted. Pure, so the
/// limits are table-tested.
fn head_progress(buffer: &[u8]) -> Progress {
    let line_end = buffer.iter().position(|&b| b == b'\n');
    let headers_start = match line_end {
        None if buffer.len() > REQUEST_LINE_MAX => return Progress::Refused(HeadError::LineTooLong),
        Some(end) if end > REQUEST_LINE_MAX => return Progress::Refused(HeadError::LineTooLong),
        None => return Progress::NeedMore,
        Some(end) => end + 1,
    };
    let end = buffer.windows(2).position(|w| w == b"\n\n").map(|i| i + 2);
    let end_crlf = buffer.windows(3).position(|w| w == b"\n\r\n").map(|i| i + 3);
    match end.into_iter().chain(end_crlf).min() {
        Some(end) if end - headers_start > HEADERS_MAX => Progress::Refused(HeadError::HeadersTooLarge),
        Some(end) => Progress::Complete(end),
        None if buffer.len() - headers_start > HEADERS_MAX => Progress::Refused(HeadError::HeadersTooLarge),
        None => Progress::NeedMore,
    }
}

/// Reads one request head from `stream`, within [`HEAD_DEADLINE`] and the size limits.
pub fn read_request_head(stream: &mut TcpStream) -> Result<RequestHead, HeadError> {
    let deadline = Instant::now() + HEAD_DEADLINE;
    let mut buffer = Vec::with_capacity(2048);
    let mut chunk = [0u8; 4096];
    loop {
        let left = deadline.checked_duration_since(Instant::now()).filter(|d| !d.is_zero());
        let left = left.ok_or(HeadError::TimedOut)?;
        stream.set_read_timeout(Some(left)).map_err(|_| HeadError::Gone)?;
        let read = match stream.read(&mut chunk) {
            Ok(0) => return Err(HeadError::Gone),
            Ok(read) => read,
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return Err(HeadError::TimedOut)
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(HeadError::Gone),
        };
        buffer.extend_from_slice(&chunk[..read]);
        match head_progress(&buffer) {
            Progress::Complete(end) => return parse_head(&buffer[..end]),
            Progress::NeedMore => continue,
            Progress::Refused(error) => return Err(error),
        }
    }
}

/// Parses a complete head (request line, headers, empty line).
fn parse_head(head: &[u8]) -> Result<RequestHead, HeadError> {
    let text = std::str::from_utf8(head).map_err(|_| HeadError::Malformed)?;
    let mut lines = text.split('\n').map(|line| line.strip_suffix('\r').unwrap_or(line));
    let request_line = lines.next().ok_or(HeadError::Malformed)?;
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HeadError::Malformed);
    };
    let token =
        |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    if !token(method) || !target.starts_with('/') || !matches!(version, "HTTP/1.0" | "HTTP/1.1") {
        return Err(HeadError::Malformed);
    }
    let mut host = None;
    let mut hosts = 0;
    let mut count = 0;
    for line in lines.take_while(|line| !line.is_empty()) {
        count += 1;
        if count > HEADER_COUNT_MAX {
            return Err(HeadError::HeadersTooLarge);
        }
        let (name, value) = line.split_once(':').ok_or(HeadError::Malformed)?;
        if !token(name) {
            return Err(HeadError::Malformed); // also folded lines, which start with a space
        }
        if name.eq_ignore_ascii_case("host") {
            hosts += 1;
            host = Some(value.trim().to_string());
        }
    }
    if hosts > 1 {
        return Err(HeadError::Malformed);
    }
    Ok(RequestHead { method: method.to_string(), target: target.to_string(), host })
}

/// The reason phrase of the statuses the preview uses.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        414 => "URI Too Long",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// The status line and headers of an answer; `Connection: close` always, so no connection outlives its
/// request. `length` is `None` for an event stream.
pub fn response_head(status: u16, headers: &[(&str, &str)], length: Option<u64>) -> String {
    let mut head = format!("HTTP/1.1 {status} {}\r\nConnection: close\r\n", reason(status));
    if let Some(length) = length {
        head.push_str(&format!("Content-Length: {length}\r\n"));
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    head
}

/// Writes `bytes` in pieces, giving up when `deadline` passes (a client that reads a byte now and then
/// must not hold a worker for ever); each write may block for at most [`WRITE_TIMEOUT`].
pub fn write_before(stream: &mut TcpStream, bytes: &[u8], deadline: Instant) -> std::io::Result<()> {
    for piece in bytes.chunks(64 * 1024) {
        if Instant::now() > deadline {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        stream.write_all(piece)?;
    }
    Ok(())
}

/// Answers a refused request with a short plain-text body, then drops what the client already sent
/// (a request body), so that closing does not reset the connection before the answer is read.
pub fn refuse(stream: &mut TcpStream, status: u16, extra: &[(&str, &str)], message: &str) {
    if send_refusal(stream, status, extra, message) {
        drain(stream, Duration::ZERO);
    }
}

/// Answers a request whose head was refused before it was read whole: the client may still be sending,
/// so its bytes are dropped for a moment (at most 200 ms) before closing, for the answer to reach it.
pub fn refuse_unread(stream: &mut TcpStream, status: u16) {
    if send_refusal(stream, status, &[], &format!("{status}\n")) {
        drain(stream, Duration::from_millis(200));
    }
}

/// Sends the answer and ends the sending side; false when the client is gone.
fn send_refusal(stream: &mut TcpStream, status: u16, extra: &[(&str, &str)], message: &str) -> bool {
    let mut headers = vec![("Content-Type", "text/plain; charset=utf-8")];
    headers.extend_from_slice(extra);
    let head = response_head(status, &headers, Some(message.len() as u64));
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    let sent = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(message.as_bytes()));
    sent.is_ok() && stream.shutdown(std::net::Shutdown::Write).is_ok()
}

/// Reads and drops what the client sends, at most 1 MiB, waiting at most `wait` for more (with no wait,
/// only what has already arrived).
fn drain(stream: &mut TcpStream, wait: Duration) {
    let deadline = Instant::now() + wait;
    let mut chunk = [0u8; 16 * 1024];
    let mut budget: usize = 1024 * 1024;
    let ready = match wait.is_zero() {
        true => stream.set_nonblocking(true),
        false => Ok(()),
    };
    while budget > 0 && ready.is_ok() {
        if !wait.is_zero() {
            let left = deadline.checked_duration_since(Instant::now()).filter(|d| !d.is_zero());
            if left.is_none() || stream.set_read_timeout(left).is_err() {
                return;
            }
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(read) => budget = budget.saturating_sub(read),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_progress_table() {
        let long_line = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(REQUEST_LINE_MAX));
        let many_headers = format!("GET / HTTP/1.1\r\n{}", "X-A: b\r\n".repeat(HEADERS_MAX / 8 + 2));
        let cases: Vec<(&[u8], Progress)> = vec![
            (b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n", Progress::Complete(35)),
            (b"GET / HTTP/1.1\nHost: localhost\n\n", Progress::Complete(32)),
            (b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\nbody", Progress::Complete(35)),
            (b"GET / HTTP/1.1\r\nHost: local", Progress::NeedMore),
            (b"GET / HT", Progress::NeedMore),
            (long_line.as_bytes(), Progress::Refused(HeadError::LineTooLong)),
            (&long_line.as_bytes()[..REQUEST_LINE_MAX + 1], Progress::Refused(HeadError::LineTooLong)),
            (many_headers.as_bytes(), Progress::Refused(HeadError::HeadersTooLarge)),
        ];
        for (buffer, expected) in cases {
            assert_eq!(head_progress(buffer), expected, "{}", String::from_utf8_lossy(&buffer[..buffer.len().min(60)]));
        }
    }

    #[test]
    fn parse_head_table() {
        let ok = |method: &str, target: &str, host: Option<&str>| {
            Ok(RequestHead { method: method.into(), target: target.into(), host: host.map(str::to_string) })
        };
        let cases: Vec<(&str, Result<RequestHead, HeadError>)> = vec![
            ("GET / HTTP/1.1\r\nHost: localhost:1111\r\n\r\n", ok("GET", "/", Some("localhost:1111"))),
            ("HEAD /a/%D1%84.pdf HTTP/1.0\r\n\r\n", ok("HEAD", "/a/%D1%84.pdf", None)),
            ("DELETE /x HTTP/1.1\r\nhOsT:  127.0.0.1 \r\n\r\n", ok("DELETE", "/x", Some("127.0.0.1"))),
            ("GET http://evil.example/ HTTP/1.1\r\n\r\n", Err(HeadError::Malformed)),
            ("GET / HTTP/2.0\r\n\r\n", Err(HeadError::Malformed)),
            ("GET  / HTTP/1.1\r\n\r\n", Err(HeadError::Malformed)),
            ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", Err(HeadError::Malformed)),
            ("GET / HTTP/1.1\r\nNo colon\r\n\r\n", Err(HeadError::Malformed)),
            ("GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n", Err(HeadError::Malformed)),
        ];
        for (head, expected) in cases {
            assert_eq!(parse_head(head.as_bytes()), expected, "{head}");
        }
        let too_many = format!("GET / HTTP/1.1\r\n{}\r\n", "X: y\r\n".repeat(HEADER_COUNT_MAX + 1));
        assert_eq!(parse_head(too_many.as_bytes()), Err(HeadError::HeadersTooLarge));
    }

    #[test]
    fn response_heads_close_the_connection() {
        assert_eq!(
            response_head(405, &[("Allow", "GET, HEAD")], Some(3)),
            "HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 3\r\nAllow: GET, HEAD\r\n\r\n"
        );
    }
}
