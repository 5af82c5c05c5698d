//! The place labels laid over the map (about 25 runs of text, markup from the map's
//! words file) at fixed pixel sizes, so they stay legible from 320 px to full width;
//! a disputed feature's marker among them selects its hotspot.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, MouseEvent};

use super::select::parse_selected;
use super::use_selection::Selection;
use super::words::MapWords;
use crate::hooks::effect;

/// Gives every label laid over the map its point: `data-x`/`data-y` become the CSS
/// custom properties `--x`/`--y`, set through the CSSOM (which a strict `style-src`
/// allows, unlike `style` attributes in markup).
fn place_labels(root: &HtmlElement) {
    let Ok(list) = root.query_selector_all("[data-x]") else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let style = el.style();
        for (attr, prop) in [("data-x", "--x"), ("data-y", "--y")] {
            if let Some(v) = el.get_attribute(attr) {
                let _ = style.set_property(prop, &v);
            }
        }
    }
}

/// The labels over the map, hidden from assistive technology (the hotspot buttons and
/// the cards say what they say).
#[component]
pub fn Labels(
    /// The map's words, which carry the labels.
    words: Memo<MapWords>,
    /// The map's selection (a disputed feature's marker selects its hotspot).
    selection: Selection,
) -> impl IntoView {
    // The labels' markup changes with the language; place it after every change.
    let labels = NodeRef::<Div>::new();
    effect(move || {
        words.track();
        if let Some(el) = labels.get() {
            place_labels(&el);
        }
    });
    let on_click = move |ev: MouseEvent| {
        let id = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("[data-hotspot]").ok().flatten())
            .and_then(|e| e.get_attribute("data-hotspot"));
        if let Some(i) = parse_selected(id.as_deref()).index() {
            selection.choose(Some(i));
        }
    };
    view! {
        <div
            class="hm-labels"
            aria-hidden="true"
            node_ref=labels
            inner_html=move || words.with(|w| w.labels.clone())
            on:click=on_click
        ></div>
    }
}
