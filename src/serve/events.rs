//! The live-reload event streams (server-sent events), bounded: at most [`EVENT_CLIENTS_MAX`] tabs listen at
//! once (one more gets 503), and one broadcaster thread writes to all of them through non-blocking sockets.
//! A thread per open tab let 6,000 connections take 12,006 threads and 747 MB.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::http::response_head;
use super::{Shared, State};

/// Most event streams open at once; a browser holds one per open tab of the preview.
pub const EVENT_CLIENTS_MAX: usize = 64;
/// How often the broadcaster looks for tabs that went away (so their places free up soon).
const TICK: Duration = Duration::from_millis(500);
/// A comment line this often keeps proxies and browsers from dropping a quiet stream.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// One listening tab: its socket (non-blocking) and the last build generation it was told about.
#[derive(Debug)]
struct Listener {
    stream: TcpStream,
    seen: u64,
}

/// The open event streams.
#[derive(Debug, Default)]
pub struct EventStreams {
    listeners: Mutex<Vec<Listener>>,
}

/// The event for the current state: the error if the last build failed, else (after a change) a reload.
fn event_for(state: &State, initial: bool) -> Option<String> {
    match &state.error {
        Some(text) => Some(format!("event: build-error\ndata: {}\n\n", serde_json::Value::from(text.as_str()))),
        None if initial => None,
        None => Some("event: reload\ndata: reload\n\n".to_string()),
    }
}

impl EventStreams {
    /// Takes over a connection that asked for the event stream: sends the headers and the current error if
    /// any, then leaves it to the broadcaster. Gives the connection back when all places are taken.
    pub fn admit(&self, mut stream: TcpStream, shared: &Shared) -> Result<(), TcpStream> {
        let Ok(mut listeners) = self.listeners.lock() else { return Err(stream) };
        if listeners.len() >= EVENT_CLIENTS_MAX {
            return Err(stream);
        }
        let (generation, first) = match shared.0.lock() {
            Ok(state) => (state.generation, event_for(&state, true).unwrap_or_default()),
            Err(_) => return Err(stream),
        };
        let headers = [("Content-Type", "text/event-stream"), ("Cache-Control", "no-store")];
        let opening = format!("{}retry: 1000\n\n{first}", response_head(200, &headers, None));
        let sent = stream.set_write_timeout(Some(Duration::from_secs(1))).and_then(|()| {
            stream.write_all(opening.as_bytes())?;
            stream.set_nonblocking(true)
        });
        if sent.is_ok() {
            listeners.push(Listener { stream, seen: generation });
        }
        Ok(())
    }

    /// Sends `event` to every listener that has not seen `generation`, or a keep-alive comment; drops the
    /// listeners that went away or stopped reading.
    fn send_round(&self, generation: u64, event: &str, keep_alive: bool) {
        let Ok(mut listeners) = self.listeners.lock() else { return };
        listeners.retain_mut(|listener| {
            let message = if listener.seen < generation {
                listener.seen = generation;
                event
            } else if keep_alive {
                ": keep-alive\n\n"
            } else {
                ""
            };
            is_open(&mut listener.stream)
                && (message.is_empty() || listener.stream.write_all(message.as_bytes()).is_ok())
        });
    }
}

/// Whether a non-blocking socket's peer is still there (a closed tab reads as end of file).
fn is_open(stream: &mut TcpStream) -> bool {
    let mut scratch = [0u8; 512];
    match stream.read(&mut scratch) {
        Ok(0) => false,
        Ok(_) => true,
        Err(e) => e.kind() == std::io::ErrorKind::WouldBlock,
    }
}

/// Starts the one thread that writes to every event stream: on each new build generation, and every
/// [`KEEP_ALIVE`].
pub fn start_broadcaster(streams: Arc<EventStreams>, shared: Shared) {
    std::thread::spawn(move || {
        let (lock, wake) = &*shared;
        let mut broadcast = lock.lock().map(|s| s.generation).unwrap_or(0);
        let mut next_keep_alive = Instant::now() + KEEP_ALIVE;
        loop {
            let Ok(state) = lock.lock() else { return };
            let Ok((state, _)) = wake.wait_timeout_while(state, TICK, |s| s.generation == broadcast) else { return };
            broadcast = state.generation;
            let event = event_for(&state, false).unwrap_or_default();
            drop(state);
            let keep_alive = Instant::now() >= next_keep_alive;
            if keep_alive {
                next_keep_alive = Instant::now() + KEEP_ALIVE;
            }
            streams.send_round(broadcast, &event, keep_alive);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_follow_the_build_state() {
        let mut state = State::default();
        assert_eq!(event_for(&state, true), None, "nothing to tell a new tab after a good build");
        assert_eq!(event_for(&state, false).as_deref(), Some("event: reload\ndata: reload\n\n"));
        state.error = Some("a.md:1: \"x\"\n".into());
        let expected = "event: build-error\ndata: \"a.md:1: \\\"x\\\"\\n\"\n\n";
        assert_eq!(event_for(&state, true).as_deref(), Some(expected));
        assert_eq!(event_for(&state, false).as_deref(), Some(expected));
    }
}
