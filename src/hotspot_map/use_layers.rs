//! `use_layers`: the map's layers' state. The element's `layers` attribute is the one
//! source of truth for which are drawn; each layer's data file (its drawing and its
//! legend, rendered at build time) is fetched when the layer is first drawn in a
//! language, so a map with no layer on fetches nothing. The files are plain state,
//! announced through a `bool` signal (a type the map has already: issue 22's budget).
//! [`layer_panel`](super::layer_panel::layer_panel) shows them.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::data::{LAYERS, LAYER_KIND};
use super::layers::{is_on, layer_index, layer_set, layers_value, with_layer, LayerSet};
use crate::attrs::Lang;
use crate::data::{request, text};
use crate::hooks::effect;
use crate::runtime::elements::hotspot_map::attr;
use crate::runtime::host::{AttrSignal, Host};

/// One layer's file: never asked for (`None`), or asked for in a language and then, once
/// it has arrived, its SVG drawing and its legend (`Err`: it could not be had).
pub(super) type Slot = Option<(Lang, Option<Result<(String, String), ()>>)>;

/// The layers' state: the element (whose `layers` attribute is the one source of truth),
/// every layer's file, and a signal that flips whenever a file arrives.
#[derive(Clone)]
pub struct Layers {
    /// The element: its `layers` attribute, read and written.
    host: Host,
    /// The `layers` attribute's signal.
    raw: AttrSignal,
    /// Every layer's file, in [`LAYERS`] order.
    pub(super) files: Rc<RefCell<Vec<Slot>>>,
    /// Flips when a file arrives (a `bool` signal, a type the map has already).
    pub(super) arrived: RwSignal<bool>,
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

/// A layer's checkbox changed (the panel's or a card's): says what was turned on or off
/// in the panel's status line (the box's own `data-on` or `data-off`) and writes the new
/// set to the element's `layers` attribute (its one source of truth, [`Host::write`]).
pub(super) fn changed(ev: &web_sys::Event, map: &Element, layers: &Layers) {
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
    if let Some(status) = map
        .query_selector(".hm-layers [role=status]")
        .ok()
        .flatten()
    {
        status.set_text_content(
            input
                .get_attribute(if on { "data-on" } else { "data-off" })
                .as_deref(),
        );
    }
    let value = layers_value(with_layer(layers.set_untracked(), i, on));
    layers.host.write(attr::LAYERS, Some(&value));
}
