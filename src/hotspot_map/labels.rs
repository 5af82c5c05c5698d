//! The place labels laid over the map (about 25 runs of text, markup from the map's
//! words file) at fixed pixel sizes, so they stay legible from 320 px to full width;
//! a disputed feature's marker among them selects its hotspot.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use super::select::parse_selected;
use super::use_selection::Selection;
use super::words::MapWords;
use crate::hooks::use_event_listener;
use crate::runtime::build::{bind_html_then, insert, set_style};
use crate::runtime::dom::target_closest;

/// Gives every label laid over the map its point: `data-x`/`data-y` become the CSS
/// custom properties `--x`/`--y`, set through the CSSOM (which a strict `style-src`
/// allows, unlike `style` attributes in markup).
fn place_labels(root: &Element) {
    let Ok(list) = root.query_selector_all("[data-x]") else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        for (attr, prop) in [("data-x", "--x"), ("data-y", "--y")] {
            if let Some(v) = el.get_attribute(attr) {
                set_style(&el, prop, &v);
            }
        }
    }
}

/// Adds the labels over the map to the map's frame `frame`, before `before` (the
/// hotspot buttons), hidden from assistive technology (the hotspot buttons and the
/// cards say what they say). Their markup changes with the language; it is placed
/// after every change.
pub fn labels(frame: &Element, before: Option<&Node>, words: Memo<MapWords>, selection: Selection) {
    let attrs = [("class", "hm-labels"), ("aria-hidden", "true")];
    let Some(div) = insert(frame, before, (None, "div"), &attrs) else {
        return;
    };
    bind_html_then(&div, move || words.with(|w| w.labels.clone()), place_labels);
    use_event_listener(&div, "click", move |ev| {
        let id = target_closest(ev, "[data-hotspot]").and_then(|e| e.get_attribute("data-hotspot"));
        if let Some(i) = parse_selected(id.as_deref()).index() {
            selection.choose(Some(i));
        }
    });
}
