//! The glossary with authors' own terms (its features: its [[bin]] in Cargo.toml):
//! for articles whose terms carry their own `definition`, or whose scope names an
//! author's glossary (`src`). The loader (`explainers.js`) picks it from the page.
//! In wasm it has no `main`: the library's exports are all it is (Rust's start-up
//! code would run for nothing).
#![cfg_attr(target_arch = "wasm32", no_main)]

pub use explainers::runtime::exports::*;

/// Natively (clippy, tests) a binary needs a `main`; it does nothing.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
