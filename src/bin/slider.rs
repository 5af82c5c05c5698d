//! The slider variant (its features: its [[bin]] in Cargo.toml): the glossary and the
//! `<deterrence-slider>`, for pages with no map. The loader (`explainers.js`) picks it from
//! the tags on the page.
//! In wasm it has no `main`: the library's exports are all it is (Rust's start-up
//! code would run for nothing).
#![cfg_attr(target_arch = "wasm32", no_main)]

pub use explainers::runtime::exports::*;

/// Natively (clippy, tests) a binary needs a `main`; it does nothing.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
