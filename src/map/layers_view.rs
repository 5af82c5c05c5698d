//! The map's layers as a view: [`MapLayers`] (a checkbox per layer, the legends of the
//! layers drawn, a status line that announces each change) and [`LayerDrawing`] (the
//! drawn layers, inside the map's SVG). Both read the same [`LayerFiles`]: each layer's
//! data file (its drawing and its legend, rendered at build time) is fetched when the
//! layer is first drawn in a language, so a map with no layer on fetches nothing.
//!
//! Every piece of markup here is built at build time (the checkboxes come with the map's
//! words, each legend with its layer's file): the view sets HTML and listens once, on the
//! group, so the layers add little code to the map's wasm.

use leptos::html::Ul;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::data::{LAYERS, LAYER_KIND};
use super::layers::{is_on, layer_index, LayerSet};
use super::text as t;
use super::words::MapWords;
use crate::attrs::Lang;
use crate::data::{request, text};
use crate::hooks::effect;

/// One layer's file: never asked for (`None`), or asked for in a language and then, once
/// it has arrived, its SVG drawing and its legend (`Err`: it could not be had).
pub type Slot = Option<(Lang, Option<Result<(String, String), ()>>)>;

/// Every layer's slot, in [`LAYERS`] order.
pub type LayerFiles = RwSignal<Vec<Slot>>;

/// The layers' files, fetched whenever a drawn layer lacks its file in `lang`; a
/// failure goes to `on_warn` once.
pub fn use_layer_files(
    set: Memo<LayerSet>,
    lang: Memo<Lang>,
    on_warn: Callback<String>,
) -> LayerFiles {
    let files: LayerFiles = RwSignal::new(vec![None; LAYERS.len()]);
    effect(move || {
        let (set, lang) = (set.get(), lang.get());
        for (i, id) in LAYERS.iter().enumerate() {
            let asked = files.with_untracked(|f| f.get(i).cloned().flatten().map(|(l, _)| l));
            if !is_on(set, i) || asked == Some(lang) {
                continue;
            }
            files.update(|f| f[i] = Some((lang, None)));
            request(LAYER_KIND, lang.tag(), id, move |answer| {
                let file = answer
                    .map(|obj| (text(&obj, "svg"), text(&obj, "legend")))
                    .map_err(|why| {
                        on_warn.run([why.as_str(), "; the layer is not drawn."].concat())
                    });
                files.try_update(|f| {
                    if f.get(i).cloned().flatten() == Some((lang, None)) {
                        f[i] = Some((lang, Some(file)));
                    }
                });
            });
        }
    });
    files
}

/// The drawn layers, in [`LAYERS`] order, as one SVG group (a drawing is the same in
/// every language, so one that arrived in another language is drawn until the new one
/// comes).
#[component]
pub fn LayerDrawing(
    /// The layers drawn.
    set: Memo<LayerSet>,
    /// Their files.
    files: LayerFiles,
) -> impl IntoView {
    let svg = Memo::new(move |_| {
        files.with(|f| {
            let mut out = String::new();
            for (i, slot) in f.iter().enumerate() {
                if let (true, Some((_, Some(Ok((svg, _)))))) = (is_on(set.get(), i), slot) {
                    out.push_str(svg);
                }
            }
            out
        })
    });
    view! { <g class="hm-drawn" inner_html=move || svg.get()></g> }
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

/// The layers' checkboxes (built at build time, with the map's words), each drawn
/// layer's legend below them, and a status line that announces what a reader turned on
/// or off. `on_toggle` gets the layer's position and whether it is to be drawn.
#[component]
pub fn MapLayers(
    /// The layers drawn.
    set: Memo<LayerSet>,
    /// The language shown.
    lang: Memo<Lang>,
    /// The map's words (the checkboxes and the layers' names).
    words: Memo<MapWords>,
    /// The layers' files.
    files: LayerFiles,
    /// A reader turned layer `.0` on (`.1` true) or off.
    on_toggle: Callback<(usize, bool)>,
) -> impl IntoView {
    let said = RwSignal::new(String::new());
    let boxes = NodeRef::<Ul>::new();
    // The checkboxes show the set (after every change of the set or of their markup).
    effect(move || {
        let set = set.get();
        words.track();
        let Some(inputs) = boxes
            .get()
            .and_then(|ul| ul.query_selector_all("input").ok())
        else {
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
    });
    let on_change = move |ev: web_sys::Event| {
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
        let on = js_sys::Reflect::get(&input, &JsValue::from_str("checked"))
            .is_ok_and(|v| v.is_truthy());
        let name = words.with(|w| w.layer_name(i).to_owned());
        let what = if on {
            &t::LAYER_SHOWN
        } else {
            &t::LAYER_HIDDEN
        };
        said.set(what.fill(lang.get_untracked(), &[("name", &name)]));
        on_toggle.run((i, on));
    };
    let html = Memo::new(move |_| files.with(|f| legends(set.get(), lang.get(), f)));
    view! {
        <fieldset class="hm-layers" data-testid="map-layers" on:change=on_change>
            <legend class="hm-h">{move || t::LAYERS.get(lang.get())}</legend>
            <ul
                class="hm-layer-boxes"
                node_ref=boxes
                inner_html=move || words.with(|w| w.layer_boxes.clone())
            ></ul>
            <p class="ex-visually-hidden" role="status" data-testid="map-layer-status">
                {move || said.get()}
            </p>
            <div class="hm-legends" inner_html=move || html.get()></div>
        </fieldset>
    }
}
