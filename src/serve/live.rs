//! The preview's live-reload: a script injected into served HTML only (never into `build` output), that
//! listens to server-sent events and reloads the page or shows the build error as an overlay.

/// URL of the event stream.
pub const EVENTS_PATH: &str = "/__ecolib/events";
/// URL of the script.
pub const SCRIPT_PATH: &str = "/__ecolib/live.js";

/// The script: reload on `reload`, an overlay with file, line and message on `build-error`.
pub const SCRIPT: &str = r#"(function () {
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'ecolib-error-overlay';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;z-index:2147483647;' +
        'background:rgba(20,20,20,.95);color:#fff;overflow:auto;padding:1rem 1.5rem;font:14px/1.5 ui-monospace,monospace;' +
        'box-shadow:0 -4px 24px rgba(0,0,0,.4)';
      var close = document.createElement('button');
      close.textContent = '×';
      close.setAttribute('aria-label', 'Close / Закрыть');
      close.style.cssText = 'float:right;font:700 20px system-ui;background:none;color:#fff;border:0;cursor:pointer';
      close.onclick = function () { overlay.style.display = 'none'; };
      var title = document.createElement('h2');
      title.textContent = 'ecolib: на сайте ошибки — показана последняя рабочая версия / the site has errors, the last good version is shown';
      title.style.cssText = 'font:600 16px system-ui,sans-serif;margin:0 0 .75rem;color:#ffb4a8';
      var pre = document.createElement('pre');
      pre.style.whiteSpace = 'pre-wrap';
      overlay.appendChild(close);
      overlay.appendChild(title);
      overlay.appendChild(pre);
      document.body.appendChild(overlay);
    }
    overlay.style.display = 'block';
    overlay.querySelector('pre').textContent = text;
  }
  var events = new EventSource('/__ecolib/events');
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('build-error', function (e) { show(JSON.parse(e.data)); });
})();
"#;

/// Adds the script to an HTML page, before `</body>` (or at the end).
pub fn inject(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\"></script>");
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{tag}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_before_the_end_of_body() {
        let html = inject(b"<html><body><p>x</p></body></html>");
        assert_eq!(
            String::from_utf8(html).expect("utf-8"),
            "<html><body><p>x</p><script src=\"/__ecolib/live.js\"></script></body></html>"
        );
    }
}
