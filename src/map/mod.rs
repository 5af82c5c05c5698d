//! `<hotspot-map>`: a vector map of East Asia (Natural Earth) with the four hotspots of
//! seed-004 and a dated, sourced card for each.
//!
//! [`projection`] is shared with the geometry tool and the build step, which project
//! everything ahead of time; [`data`] is the compiled content; [`select`] is the pure
//! logic (the `selected` attribute, keyboard order); [`view`] is the thin view.

pub mod data;
pub mod projection;
pub mod select;
pub mod text;
pub mod view;
