//! The glue between the stable `explainers.js` loader and the Rust widgets.
//!
//! The loader defines the custom elements at once; when the first one connects it
//! loads the wasm and, for each element, attaches an open shadow root, adopts the
//! shared stylesheet (the manifest's base CSS) and calls [`exports::mount`]. Attribute
//! changes go to [`exports::update`]; a disconnected element is unmounted with
//! [`exports::unmount`], which drops its view and reactive owner (the [`registry`]
//! holds the only handle, so nothing leaks). Which component an element mounts, and
//! how its attributes become the component's props, is the element's entry in the
//! [`registry`].

pub mod build;
pub mod dom;
pub mod elements;
pub mod exports;
pub mod host;
pub mod owned;
pub mod registry;
