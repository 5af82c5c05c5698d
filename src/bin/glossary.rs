//! The glossary-only variant (no features; trunk builds it): `<glossary-term>`, for
//! articles with terms and nothing else (a scope needs the `scope` variant). The loader
//! (`explainers.js`) picks it from the tags on the page.
//! In wasm it has no `main`: the library's exports are all it is (Rust's start-up
//! code would run for nothing).
#![cfg_attr(target_arch = "wasm32", no_main)]

pub use explainers::runtime::exports::*;

/// Natively (clippy, tests) a binary needs a `main`; it does nothing.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
