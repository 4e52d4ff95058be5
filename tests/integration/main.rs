//! Every integration test of ecolib in one test binary (as mdBook does): the library is linked once, not
//! once per test file, which keeps a clean CI build and the disk it uses small. Each module is one feature;
//! `support` is the shared harness (a fixture site in a temporary folder, ecolib run on it).
//!
//! The serve tests are a binary of their own (tests/serve.rs): they time a real server's answers under
//! load, and sharing a process with the building tests made one of them flaky.
//!
//! Run one module with `cargo test --test integration <module>::`, for example
//! `cargo test --test integration search_quality::`.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

mod support;

mod bad_input;
mod build_cache;
mod build_site;
mod check;
mod command_languages;
mod custom_doc_types;
mod init;
mod kazakh_parity;
mod language_codes;
mod messages_ru;
mod new_page;
mod pack;
mod page_main;
mod properties;
mod real_site;
mod safety;
mod search_quality;
mod snapshots;
mod stemmer_parity;
