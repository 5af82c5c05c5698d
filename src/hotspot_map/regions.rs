//! The hotspots' areas on the map: one SVG path each, marked when selected or when its
//! button has focus; a click toggles it.

use leptos::prelude::*;
use web_sys::Element;

use super::data::HOTSPOTS;
use super::use_selection::Selection;
use crate::hooks::{on_change, use_event_listener};
use crate::runtime::build::{add_svg, toggle_class};

/// Adds the group of the hotspots' areas to the map's SVG `svg` and returns it.
pub fn regions(svg: &Element, selection: Selection) -> Option<Element> {
    let Selection { selected, hot, .. } = selection;
    let g = add_svg(svg, "g", &[("class", "hm-regions")])?;
    let mut paths = Vec::new();
    for (i, h) in HOTSPOTS.iter().enumerate() {
        let attrs = [("class", "hm-region"), ("d", h.region), ("data-id", h.id)];
        if let Some(path) = add_svg(&g, "path", &attrs) {
            // On the path itself: a click that does not bubble still toggles it.
            use_event_listener(&path, "click", move |_| selection.toggle(i));
            paths.push((i, path));
        }
    }
    on_change(
        move || (selected.get(), hot.get()),
        move |&(on, focused)| {
            for (i, p) in &paths {
                toggle_class(p, "hm-on", on == Some(*i));
                toggle_class(p, "hm-hot", focused == Some(*i));
            }
        },
    );
    Some(g)
}
