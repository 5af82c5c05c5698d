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
use super::layers::{is_on, layer_index, layer_set, LayerSet};
use super::text as t;
use super::words::MapWords;
use crate::attrs::Lang;
use crate::data::{request, text};
use crate::hooks::effect;
use crate::runtime::host::AttrSignal;

/// One layer's file: never asked for (`None`), or asked for in a language and then, once
/// it has arrived, its SVG drawing and its legend (`Err`: it could not be had).
type Slot = Option<(Lang, Option<Result<(String, String), ()>>)>;

/// The layers' state: the `layers` attribute (the one source of truth), every layer's
/// file, and a signal that flips whenever a file arrives.
#[derive(Clone)]
pub struct Layers {
    /// The `layers` attribute.
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

/// The layers' state over the `layers` attribute `raw`; their files are fetched whenever
/// a drawn layer lacks its file in `lang`, and a failure goes to `on_warn` once.
pub fn use_layers(raw: AttrSignal, lang: Memo<Lang>, on_warn: Callback<String>) -> Layers {
    let layers = Layers {
        raw,
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

/// The drawings of the layers drawn, in [`LAYERS`] order (a drawing is the same in every
/// language, so one that arrived in another language is drawn until the new one comes).
fn drawings(set: LayerSet, files: &[Slot]) -> String {
    let mut out = String::new();
    for (i, slot) in files.iter().enumerate() {
        if let (true, Some((_, Some(Ok((svg, _)))))) = (is_on(set, i), slot) {
            out.push_str(svg);
        }
    }
    out
}

/// The legends of the layers drawn, in [`LAYERS`] order, each in its slot (or a line
/// saying it is on its way, or could not be had).
fn legends(set: LayerSet, lang: Lang, files: &[Slot]) -> String {
    let mut out = String::new();
    for (i, id) in LAYERS.iter().enumerate() {
        if !is_on(set, i) {
            continue;
        }
        out.push_str("<div class=\"hm-legend-slot\" data-testid=\"map-legend\" data-layer=\"");
        out.push_str(id);
        out.push_str("\">");
        match files.get(i).cloned().flatten() {
            Some((l, Some(Ok((_, legend))))) if l == lang => out.push_str(&legend),
            Some((l, Some(Err(())))) if l == lang => {
                out.push_str("<p class=\"hm-hint\">");
                out.push_str(t::LAYER_UNAVAILABLE.get(lang));
                out.push_str("</p>");
            }
            _ => {
                out.push_str("<p class=\"hm-hint\" aria-busy=\"true\">");
                out.push_str(t::LAYER_LOADING.get(lang));
                out.push_str("</p>");
            }
        }
        out.push_str("</div>");
    }
    out
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
/// in the panel's status line and passes the layer's position and its new state to
/// `on_toggle`.
fn changed(
    ev: &web_sys::Event,
    map: &Element,
    (lang, words): (Memo<Lang>, Memo<MapWords>),
    on_toggle: Callback<(usize, bool)>,
) {
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
    let name = words.with_untracked(|w| w.layer_name(i).to_owned());
    let what = if on {
        &t::LAYER_SHOWN
    } else {
        &t::LAYER_HIDDEN
    };
    if let Some(status) = find(map, ".hm-layers [role=status]") {
        status.set_text_content(Some(&what.fill(lang.get_untracked(), &[("name", &name)])));
    }
    on_toggle.run((i, on));
}

/// Adds the layers to the map whose hotspot list is `anchor` (once it is built) and
/// keeps them current: the panel under the map (markup built at build time, with the
/// map's words: a checkbox per layer, a status line, the legends of the layers drawn),
/// each checkbox (the panel's and the cards') showing whether its layer is drawn, the
/// drawings in a group of the map's SVG, and one listener for every checkbox, removed
/// with the map. `on_toggle` gets a layer's position and whether it is to be drawn.
pub fn use_layer_panel(
    anchor: NodeRef<Ul>,
    layers: Layers,
    (lang, words): (Memo<Lang>, Memo<MapWords>),
    on_toggle: Callback<(usize, bool)>,
) {
    let (mut panel, mut listed, mut drawn) = (String::new(), String::new(), String::new());
    let mut listener = None::<EventListener>;
    effect(move || {
        let Some(map) = anchor
            .get()
            .and_then(|list| list.closest(".hm").ok().flatten())
        else {
            return;
        };
        if listener.is_none() {
            if let Some(regions) = find(&map, ".hm-regions") {
                let _ = regions.insert_adjacent_html("beforebegin", "<g class=\"hm-drawn\"></g>");
            }
            if let Some(frame) = find(&map, ".hm-credit") {
                let _ = frame.insert_adjacent_html("afterend", "<div class=\"hm-panel\"></div>");
            }
            let at = map.clone();
            listener = Some(EventListener::new(&map, "change", move |ev| {
                changed(ev, &at, (lang, words), on_toggle)
            }));
        }
        let Some(el) = find(&map, ".hm-panel") else {
            return;
        };
        words.with(|w| {
            if w.layer_panel != panel {
                panel.clone_from(&w.layer_panel);
                el.set_inner_html(&panel);
                listed.clear();
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
        let files = layers.files.borrow();
        show(
            find(&el, ".hm-legends"),
            legends(set, lang.get(), &files),
            &mut listed,
        );
        show(find(&map, ".hm-drawn"), drawings(set, &files), &mut drawn);
    });
}
