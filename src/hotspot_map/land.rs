//! The land (Natural Earth, projected at build time: 23 paths, 20 KB of path data),
//! markup from the map's words file, in the map's SVG.

use leptos::prelude::*;
use web_sys::{Element, Node};

use super::words::MapWords;
use crate::runtime::build::{bind_html, insert, SVG_NS};

/// Adds the group of the land's paths (empty until the words have arrived) to the map's
/// SVG `svg`, before `before` (the hotspots' areas).
pub fn land(svg: &Element, before: Option<&Node>, words: Memo<MapWords>) {
    let attrs = [("class", "hm-land")];
    if let Some(g) = insert(svg, before, (Some(SVG_NS), "g"), &attrs) {
        bind_html(&g, move || words.with(|w| w.land.clone()));
    }
}
