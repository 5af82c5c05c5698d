//! east-asia-explainers: embeddable, interactive explainers about East Asian security and
//! Japanese diplomacy, as custom elements.
//!
//! Built in variants, the `[[bin]]`s of Cargo.toml, each with its Cargo features
//! (`scope`, `authors`, `deterrence-slider`, `hotspot-map`, all on by default): the
//! glossary's terms alone, with `<glossary-scope>`, with authors' own terms, with the
//! slider, with the map, with both, and everything (all but the first with the scope).
//! Pure logic (attribute parsing, term matching, popover placement) lives in plain
//! modules with native tests; components are short views over it, made of child
//! components and hooks ([`hooks`]: deferral among them); [`runtime`] is the
//! glue that the stable `explainers.js` loader calls to mount, update and unmount
//! element instances.

#![deny(missing_docs)]

/// The allocator on wasm: talc, whose code is smaller than the default dlmalloc's
/// (issue 25). Single-threaded wasm only (checked when it is compiled).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod attrs;
pub mod content;
pub mod data;
#[cfg(feature = "deterrence-slider")]
pub mod deterrence_slider;
pub mod glossary;
pub mod hooks;
#[cfg(feature = "hotspot-map")]
pub mod hotspot_map;
#[cfg(feature = "deterrence-slider")]
pub mod model;
pub mod num;
pub mod runtime;
pub mod style;
pub mod ui_text;
