//! The SiteTest harness: a fixture site copied into a temporary folder, built with the real `ecolib`
//! binary, and read back. Modelled on mdBook's BookTest.

#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)] // test helpers panic on what they did not expect

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A site in a temporary folder.
pub struct SiteTest {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
}

/// The ecolib binary under test, its log quiet (only what a user sees).
pub fn ecolib_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ecolib"));
    command.env("ECOLIB_LOG", "error");
    command
}

/// What a run of `ecolib` did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Runs `command` (made by [`ecolib_command`]) to its end.
    pub fn of(command: &mut Command) -> Run {
        let output = command.output().expect("run ecolib");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    pub fn assert_ok(&self) -> &Self {
        assert_eq!(self.code, 0, "ecolib failed:\n{}", self.stderr);
        self
    }
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.expect("walk fixture");
        let rel = entry.path().strip_prefix(from).expect("inside");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

impl SiteTest {
    /// A copy of `tests/fixtures/<name>` with the repository's theme and, unless the fixture has its own,
    /// `tests/fixtures/base-site.toml` as site.toml.
    pub fn fixture(name: &str) -> SiteTest {
        let site = SiteTest::empty();
        let source = repo().join("tests/fixtures").join(name);
        assert!(source.is_dir(), "no fixture {}", source.display());
        copy_tree(&source, &site.root);
        site
    }

    /// An empty site: base site.toml and the repository's theme, no content.
    pub fn empty() -> SiteTest {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("site");
        std::fs::create_dir_all(&root).expect("mkdir");
        copy_tree(&repo().join("themes"), &root.join("themes"));
        std::fs::copy(repo().join("tests/fixtures/base-site.toml"), root.join("site.toml")).expect("site.toml");
        SiteTest { _dir: dir, root }
    }

    /// Lays a fixture's files over this site (used to break a good site in one place).
    pub fn overlay(&self, name: &str) -> &Self {
        copy_tree(&repo().join("tests/fixtures").join(name), &self.root);
        self
    }

    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) -> &Self {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
        self
    }

    pub fn remove(&self, rel: &str) -> &Self {
        std::fs::remove_file(self.root.join(rel)).expect("remove");
        self
    }

    /// Runs `ecolib <args> --root <site>`.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::of(ecolib_command().args(args).arg("--root").arg(&self.root))
    }

    pub fn build(&self) -> Run {
        self.run(&["build"])
    }

    pub fn public(&self) -> PathBuf {
        self.root.join("public")
    }

    /// A file of the output, as text.
    pub fn read(&self, rel: &str) -> String {
        let path = self.public().join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.public().join(rel).exists()
    }

    /// The `<main>` element of an output page.
    pub fn main_of(&self, rel: &str) -> String {
        let html = self.read(rel);
        let start = html.find("<main").unwrap_or_else(|| panic!("{rel} has no <main>"));
        let end = html.find("</main>").expect("</main>") + "</main>".len();
        html[start..end].to_string()
    }

    /// Every output file with its bytes.
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        snapshot(&self.public())
    }
}

/// Every file under `dir` with its bytes, by path relative to `dir`.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).expect("inside").to_string_lossy().replace('\\', "/");
            (rel, std::fs::read(e.path()).expect("read"))
        })
        .collect()
}

/// Writes `data` as JSON to a temporary file and runs `node <script> <file>` from the repository root,
/// for the tests that check the browser's JavaScript against the Rust code. A missing `node` fails the
/// test: CI installs it, and skipping would hide a broken client.
pub fn run_node_on_json(script: &str, data: &impl serde::Serialize) -> std::process::Output {
    use std::io::Write;
    let mut file = tempfile::Builder::new().prefix("ecolib-node-").suffix(".json").tempfile().expect("temp file");
    serde_json::to_writer(&mut file, data).expect("json");
    file.flush().expect("flush");
    match Command::new("node").arg(repo().join(script)).arg(file.path()).current_dir(repo()).output() {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            panic!("`node` was not found on PATH: this test runs the browser's JavaScript (CI installs Node.js; locally: apt-get install nodejs)")
        }
        Err(e) => panic!("could not run node {script}: {e}"),
    }
}
