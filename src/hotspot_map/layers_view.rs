//! The map's layers in the view ([`use_layer_panel`]): the panel under the map (a
//! checkbox per layer, the legends of the layers drawn, a status line that announces
//! each change) and the drawing in the map's SVG (a group `.hm-drawn`). Each layer's data file (its drawing and its
//! legend, rendered at build time) is fetched when the layer is first drawn in a
//! language, so a map with no layer on fetches nothing.
//!
//! Every piece of markup here is built at build time (the panel comes with the map's
//! words, each legend with its layer's file) and one effect adds it to the map and keeps
//! it current, with one listener: no view code and no reactive type of its own (the
//! files are plain state, announced through a `bool` signal), since each would be code
//! in the map's wasm (issue 22's budget: the map-only page grows by at most about 1 KB).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use leptos::html::Ul;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::data::{LAYERS, LAYER_KIND};
use super::layers::{is_on, layer_index, layer_set, layers_value, with_layer, LayerSet};
use super::words::MapWords;
use crate::attrs::Lang;
use crate::data::{request, text};
use crate::hooks::effect;
use crate::runtime::elements::hotspot_map::attr;
use crate::runtime::host::{AttrSignal, Host};

/// One layer's file: never asked for (`None`), or asked for in a language and then, once
/// it has arrived, its SVG drawing and its legend (`Err`: it could not be had).
type Slot = Option<(Lang, Option<Result<(String, String), ()>>)>;

/// The layers' state: the element (whose `layers` attribute is the one source of truth),
/// every layer's file, and a signal that flips whenever a file arrives.
#[derive(Clone)]
pub struct Layers {
    /// The element: its `layers` attribute, read and written.
    host: Host,
    /// The `layers` attribute's signal.
    raw: AttrSignal,
    /// Every layer's file, in [`LAYERS`] order.
    files: Rc<RefCell<Vec<Slot>>>,
    /// Flips when a file arrives (a `bool` signal, a type the map has already).
    arrived: RwSignal<bool>,
}

impl Layers {
    /// The layers drawn (tracked).
    pub fn set(&self) -> LayerSet {
        self.raw.with(|r| layer_set(r.as_deref()))
    }

    /// The layers drawn (untracked).
    pub fn set_untracked(&self) -> LayerSet {
        self.raw.with_untracked(|r| layer_set(r.as_deref()))
    }
}

/// The layers' state over `host`'s `layers` attribute; their files are fetched whenever
/// a drawn layer lacks its file in `lang`, and a failure goes to `on_warn` once.
pub fn use_layers(host: Host, lang: Memo<Lang>, on_warn: Callback<String>) -> Layers {
    let layers = Layers {
        raw: host.attr(attr::LAYERS),
        host,
        files: Rc::new(RefCell::new(vec![None; LAYERS.len()])),
        arrived: RwSignal::new(false),
    };
    let state = layers.clone();
    effect(move || {
        let (set, lang) = (state.set(), lang.get());
        for (i, id) in LAYERS.iter().enumerate() {
            let asked = state
                .files
                .borrow()
                .get(i)
                .cloned()
                .flatten()
                .map(|(l, _)| l);
            if !is_on(set, i) || asked == Some(lang) {
                continue;
            }
            if let Some(slot) = state.files.borrow_mut().get_mut(i) {
                *slot = Some((lang, None));
            }
            let (files, arrived) = (state.files.clone(), state.arrived);
            request(LAYER_KIND, lang.tag(), id, move |answer| {
                let file = answer
                    .map(|obj| (text(&obj, "svg"), text(&obj, "legend")))
                    .map_err(|why| {
                        on_warn.run([why.as_str(), "; the layer is not drawn."].concat())
                    });
                if let Some(slot) = files.borrow_mut().get_mut(i) {
                    if *slot == Some((lang, None)) {
                        *slot = Some((lang, Some(file)));
                    }
                }
                arrived.try_update(|a| *a = !*a);
            });
        }
    });
    layers
}

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

/// A layer's checkbox changed (the panel's or a card's): says what was turned on or off
/// in the panel's status line (the box's own `data-on` or `data-off`) and writes the new
/// set to the element's `layers` attribute (its one source of truth, [`Host::write`]).
fn changed(ev: &web_sys::Event, map: &Element, layers: &Layers) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Some(i) = input
        .get_attribute("value")
        .as_deref()
        .and_then(layer_index)
    else {
        return;
    };
    let on =
        js_sys::Reflect::get(&input, &JsValue::from_str("checked")).is_ok_and(|v| v.is_truthy());
    if let Some(status) = find(map, ".hm-layers [role=status]") {
        status.set_text_content(
            input
                .get_attribute(if on { "data-on" } else { "data-off" })
                .as_deref(),
        );
    }
    let value = layers_value(with_layer(layers.set_untracked(), i, on));
    layers.host.write(attr::LAYERS, Some(&value));
}

/// Adds the layers to the map whose hotspot list is `anchor` (once it is built and
/// `start` is set) and keeps them current: the panel under the map (markup built at build time, with the
/// map's words: a checkbox per layer, a status line, the legends of the layers drawn),
/// each checkbox (the panel's and the cards') showing whether its layer is drawn, the
/// drawings in a group of the map's SVG, and one listener for every checkbox (a reader's
/// change is written to `layers`), removed with the map.
pub fn use_layer_panel(
    (anchor, start): (NodeRef<Ul>, RwSignal<bool>),
    layers: Layers,
    (lang, words): (Memo<Lang>, Memo<MapWords>),
) {
    let (mut panel, mut drawn) = (String::new(), String::new());
    // Each layer's legend as last shown in its slot: a slot changes only with its layer.
    let mut listed = vec![String::new(); LAYERS.len()];
    let mut listener = None::<EventListener>;
    effect(move || {
        // Not before `start`: a step of its own after the map's first screen.
        if !start.get() {
            return;
        }
        let Some(map) = anchor
            .get()
            .and_then(|list| list.closest(".hm").ok().flatten())
        else {
            return;
        };
        if listener.is_none() {
            // Built with DOM calls, not HTML (no string-to-HTML sink where a DOM
            // call does: Trusted Types, issue 24).
            if let Some(regions) = find(&map, ".hm-regions") {
                let g = regions
                    .namespace_uri()
                    .and_then(|ns| map.owner_document()?.create_element_ns(Some(&ns), "g").ok());
                if let Some(g) = g {
                    let _ = g.set_attribute("class", "hm-drawn");
                    let _ = regions.before_with_node_1(&g);
                }
            }
            // Under the map, beside nothing: a row of its own (the card keeps the map's
            // height).
            if let Some(column) = find(&map, ".hm-map") {
                if let Some(div) = map
                    .owner_document()
                    .and_then(|d| d.create_element("div").ok())
                {
                    div.set_class_name("hm-panel");
                    let _ = column.after_with_node_1(&div);
                }
            }
            let (at, state) = (map.clone(), layers.clone());
            listener = Some(EventListener::new(&map, "change", move |ev| {
                changed(ev, &at, &state)
            }));
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
        if let Ok(inputs) = map.query_selector_all("input[value]") {
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
        let (files, lang) = (layers.files.borrow(), lang.get());
        if let Some(list) = find(&el, ".hm-legends") {
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
        show(find(&map, ".hm-drawn"), drawings(set, &files), &mut drawn);
    });
}
