//! The widgets' own interface words (buttons, headings, hints), in both languages. Each
//! is written once in `widgets/<widget>/text.toml`; `build.rs` checks them and generates
//! one module per widget (`ui_text::glossary`, `ui_text::deterrence_slider`,
//! `ui_text::hotspot_map`), one [`Bi`] constant per key. Content (definitions, cards)
//! lives in the widgets' other files; these are the few fixed labels around it.

use crate::content::{Bi, Template};

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

/// The glossary popover's words (`ui_text::MORE`, …), from `widgets/glossary/text.toml`.
pub use glossary::*;
