//! The map's own interface words, in both languages, from
//! `widgets/hotspot-map/text.toml` (generated: see [`crate::ui_text`]). The content
//! (names, cards) is in `widgets/hotspot-map/`, and the cards' fixed headings, in the same
//! `text.toml`, are rendered with them at build time; these are the labels around the
//! live view.

pub use crate::ui_text::hotspot_map::*;
