//! The full variant: every widget and authors' own terms. The loader (`explainers.js`)
//! picks it when a page has a block widget and an author's term (`definition`) or
//! glossary (`<glossary-scope src>`).
//! In wasm it has no `main`: the library's exports are all it is (Rust's start-up
//! code would run for nothing).
#![cfg_attr(target_arch = "wasm32", no_main)]

pub use explainers::runtime::exports::*;

/// Natively (clippy, tests) a binary needs a `main`; it does nothing.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
