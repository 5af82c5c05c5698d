//! east-asia-explainers: embeddable, interactive explainers about East Asian security and
//! Japanese diplomacy, as custom elements.
//!
//! Pure logic (attribute parsing, term matching, popover placement) lives in plain
//! modules with native tests; components are thin views over it; [`runtime`] is the
//! glue that the stable `explainers.js` loader calls to mount, update and unmount
//! element instances.

pub mod attrs;
pub mod content;
pub mod glossary;
pub mod map;
pub mod model;
pub mod runtime;
pub mod slider;
pub mod style;
pub mod ui_text;
