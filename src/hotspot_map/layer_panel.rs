//! The map's layers in the view: the panel under the map (a checkbox per layer, the
//! legends of the layers drawn, a status line that announces each change) and the
//! drawings in the map's SVG (a group `.hm-drawn`), over [`use_layers`]'s state.
//!
//! Every piece of markup here is built at build time (the panel comes with the map's
//! words, each legend with its layer's file) and one effect adds it to the map and keeps
//! it current, with one listener: no reactive type of its own, since
//! each would be code in the map's wasm (issue 22's budget: the map-only page grows by
//! at most about 1 KB).

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::data::LAYERS;
use super::layers::{is_on, layer_index, LayerSet};
use super::use_layers::{changed, Layers, Slot};
use super::words::MapWords;
use crate::attrs::Lang;
use crate::hooks::effect;

/// The drawings of the layers drawn that have arrived, in [`LAYERS`] order (in whichever
/// language their file came: a drawing is the same in every language).
fn drawings(set: LayerSet, files: &[Slot]) -> String {
    let mut out = String::new();
    for (i, slot) in files.iter().enumerate() {
        if let (true, Some((_, Some(Ok((svg, _)))))) = (is_on(set, i), slot) {
            out.push_str(svg);
        }
    }
    out
}

/// Layer `i`'s legend (build-time HTML) if it is drawn, or a hint while it is on its
/// way (`loading`) or when it cannot be had (`unavailable`; both from the panel's
/// markup, in its language); empty when it is not drawn.
fn legend(on: bool, lang: Lang, slot: &Slot, (loading, unavailable): (&str, &str)) -> String {
    if !on {
        return String::new();
    }
    let hint = match slot {
        Some((l, Some(Ok((_, legend))))) if *l == lang => return legend.clone(),
        Some((l, Some(Err(())))) if *l == lang => unavailable,
        _ => loading,
    };
    ["<p class=\"hm-hint\">", hint, "</p>"].concat()
}

/// Sets `el`'s HTML to `html` unless `shown` says it is that already.
fn show(el: Option<Element>, html: String, shown: &mut String) {
    if html != *shown {
        if let Some(el) = el {
            el.set_inner_html(&html);
            *shown = html;
        }
    }
}

/// The element of `within` that `selector` finds.
fn find(within: &Element, selector: &str) -> Option<Element> {
    within.query_selector(selector).ok().flatten()
}

/// Adds the places the layers go to `map`, built with DOM calls, not HTML (no
/// string-to-HTML sink where a DOM call does: Trusted Types, issue 24): the drawings'
/// group in its SVG, under the hotspots' areas, and the panel's row under the map
/// (beside nothing: the card keeps the map's height). Returns the one listener for
/// every layer's checkbox (the panel's and the cards'), which writes a reader's change.
fn add_places(map: &Element, layers: &Layers) -> EventListener {
    if let Some(regions) = find(map, ".hm-regions") {
        let g = regions
            .namespace_uri()
            .and_then(|ns| map.owner_document()?.create_element_ns(Some(&ns), "g").ok());
        if let Some(g) = g {
            let _ = g.set_attribute("class", "hm-drawn");
            let _ = regions.before_with_node_1(&g);
        }
    }
    if let Some(column) = find(map, ".hm-map") {
        if let Some(div) = map
            .owner_document()
            .and_then(|d| d.create_element("div").ok())
        {
            div.set_class_name("hm-panel");
            let _ = column.after_with_node_1(&div);
        }
    }
    let (at, state) = (map.clone(), layers.clone());
    EventListener::new(map, "change", move |ev| changed(ev, &at, &state))
}

/// Checks each layer's checkbox in `map` (the panel's and the cards') whose layer is in
/// `set`, and unchecks the others.
fn check_boxes(map: &Element, set: LayerSet) {
    let Ok(inputs) = map.query_selector_all("input[value]") else {
        return;
    };
    for k in 0..inputs.length() {
        let Some(input) = inputs.item(k).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let on = input
            .get_attribute("value")
            .as_deref()
            .and_then(layer_index)
            .is_some_and(|i| is_on(set, i));
        let _ = js_sys::Reflect::set(
            &input,
            &JsValue::from_str("checked"),
            &JsValue::from_bool(on),
        );
    }
}

/// Shows in `panel` the legend of each layer in `set` (or its hint: loading,
/// unavailable), in `lang`; `listed` holds what each slot shows.
fn show_legends(panel: &Element, set: LayerSet, lang: Lang, files: &[Slot], listed: &mut [String]) {
    let Some(list) = find(panel, ".hm-legends") else {
        return;
    };
    let hint = |name: &str| list.get_attribute(name).unwrap_or_default();
    let hints = (hint("data-loading"), hint("data-unavailable"));
    for (i, (id, shown)) in LAYERS.iter().zip(listed.iter_mut()).enumerate() {
        let html = legend(
            is_on(set, i),
            lang,
            files.get(i).unwrap_or(&None),
            (&hints.0, &hints.1),
        );
        show(
            find(&list, &["[data-slot=\"", id, "\"]"].concat()),
            html,
            shown,
        );
    }
}

/// The layers on the map `map` (its root), kept current: the panel under the map
/// (markup built at build time, with the map's words: a checkbox per layer, a status
/// line, the legends of the layers drawn), each checkbox showing whether its layer is
/// drawn, and the drawings in a group of the map's SVG. One effect adds it all, and its
/// listener goes with the map.
pub fn layer_panel(map: Element, layers: Layers, lang: Memo<Lang>, words: Memo<MapWords>) {
    let (mut panel, mut drawn) = (String::new(), String::new());
    // Each layer's legend as last shown in its slot: a slot changes only with its layer.
    let mut listed = vec![String::new(); LAYERS.len()];
    let mut listener = None::<EventListener>;
    effect(move || {
        if listener.is_none() {
            listener = Some(add_places(&map, &layers));
        }
        let Some(el) = find(&map, ".hm-panel") else {
            return;
        };
        words.with(|w| {
            if w.layer_panel != panel {
                panel.clone_from(&w.layer_panel);
                el.set_inner_html(&panel);
                listed.iter_mut().for_each(String::clear);
            }
        });
        let set = layers.set();
        layers.arrived.track();
        check_boxes(&map, set);
        let (files, lang) = (layers.files.borrow(), lang.get());
        show_legends(&el, set, lang, &files, &mut listed);
        show(find(&map, ".hm-drawn"), drawings(set, &files), &mut drawn);
    });
}
