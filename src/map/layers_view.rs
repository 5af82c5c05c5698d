//! The map's layers as a view: [`MapLayers`] (a checkbox per layer, the legends of the
//! layers drawn, a status line that announces each change) and [`LayerDrawing`] (the
//! drawn layers, inside the map's SVG). Both read the same [`LayerFiles`]: each layer's
//! data file (its drawing and its legend, rendered at build time) is fetched when the
//! layer is first drawn in a language, so a map with no layer on fetches nothing.

use leptos::prelude::*;

use super::data::{LAYERS, LAYER_KIND};
use super::layers::{is_on, LayerSet};
use super::text as t;
use super::words::MapWords;
use crate::attrs::Lang;
use crate::data::{request, text};
use crate::hooks::effect;

/// One layer's file: not asked for, on its way, arrived, or failed (each in a language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// Never asked for.
    Empty,
    /// Asked for in this language.
    Loading(Lang),
    /// Arrived: its language, its SVG drawing and its legend (HTML).
    Ready(Lang, String, String),
    /// Could not be had in this language.
    Failed(Lang),
}

/// Every layer's slot, in [`LAYERS`] order.
pub type LayerFiles = RwSignal<Vec<Slot>>;

/// The layers' files, fetched whenever a drawn layer lacks its file in `lang`; a
/// failure goes to `on_warn` once.
pub fn use_layer_files(
    set: Memo<LayerSet>,
    lang: Memo<Lang>,
    on_warn: Callback<String>,
) -> LayerFiles {
    let files: LayerFiles = RwSignal::new(vec![Slot::Empty; LAYERS.len()]);
    effect(move || {
        let (set, lang) = (set.get(), lang.get());
        for (i, id) in LAYERS.iter().enumerate() {
            let current = files.with_untracked(|f| f.get(i).cloned());
            let needed = is_on(set, i)
                && match current {
                    Some(Slot::Ready(l, ..) | Slot::Loading(l) | Slot::Failed(l)) => l != lang,
                    Some(Slot::Empty) => true,
                    None => false,
                };
            if !needed {
                continue;
            }
            files.update(|f| f[i] = Slot::Loading(lang));
            request(LAYER_KIND, lang.tag(), id, move |answer| {
                let slot = match answer {
                    Ok(obj) => Slot::Ready(lang, text(&obj, "svg"), text(&obj, "legend")),
                    Err(why) => {
                        on_warn.run([why.as_str(), "; the layer is not drawn."].concat());
                        Slot::Failed(lang)
                    }
                };
                files.try_update(|f| {
                    if f.get(i) == Some(&Slot::Loading(lang)) {
                        f[i] = slot;
                    }
                });
            });
        }
    });
    files
}

/// The drawn layers, in [`LAYERS`] order, as one SVG group (the drawings are the same in
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
            f.iter()
                .enumerate()
                .filter(|(i, _)| is_on(set.get(), *i))
                .filter_map(|(_, s)| match s {
                    Slot::Ready(_, svg, _) => Some(svg.as_str()),
                    _ => None,
                })
                .collect::<String>()
        })
    });
    view! { <g class="hm-drawn" inner_html=move || svg.get()></g> }
}

/// The layers' checkboxes, each drawn layer's legend below them, and a status line that
/// announces what a reader turned on or off. `on_toggle` gets the layer's position and
/// whether it is to be drawn.
#[component]
pub fn MapLayers(
    /// The layers drawn.
    set: Memo<LayerSet>,
    /// The language shown.
    lang: Memo<Lang>,
    /// The map's words (the layers' names).
    words: Memo<MapWords>,
    /// The layers' files.
    files: LayerFiles,
    /// A reader turned layer `.0` on (`.1` true) or off.
    on_toggle: Callback<(usize, bool)>,
) -> impl IntoView {
    let said = RwSignal::new(String::new());
    let toggle = move |i: usize, on: bool| {
        let name = words.with(|w| w.layer_name(i).to_owned());
        let words = if on {
            &t::LAYER_SHOWN
        } else {
            &t::LAYER_HIDDEN
        };
        said.set(words.fill(lang.get_untracked(), &[("name", &name)]));
        on_toggle.run((i, on));
    };
    let boxes = (0..LAYERS.len())
        .map(|i| {
            view! {
                <li>
                    <label>
                        <input
                            type="checkbox"
                            data-testid="map-layer"
                            value=LAYERS[i]
                            prop:checked=move || is_on(set.get(), i)
                            on:change=move |ev| toggle(i, event_target_checked(&ev))
                        />
                        {move || words.with(|w| w.layer_name(i).to_owned())}
                    </label>
                </li>
            }
        })
        .collect_view();
    let legends = (0..LAYERS.len())
        .map(|i| {
            let html = Memo::new(move |_| {
                let lang = lang.get();
                files.with(|f| match f.get(i) {
                    Some(Slot::Ready(l, _, legend)) if *l == lang => legend.clone(),
                    Some(Slot::Failed(l)) if *l == lang => [
                        "<p class=\"hm-hint\">",
                        t::LAYER_UNAVAILABLE.get(lang),
                        "</p>",
                    ]
                    .concat(),
                    _ => [
                        "<p class=\"hm-hint\" aria-busy=\"true\">",
                        t::LAYER_LOADING.get(lang),
                        "</p>",
                    ]
                    .concat(),
                })
            });
            view! {
                <div
                    class="hm-legend-slot"
                    data-testid="map-legend"
                    data-layer=LAYERS[i]
                    hidden=move || !is_on(set.get(), i)
                    inner_html=move || if is_on(set.get(), i) { html.get() } else { String::new() }
                ></div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="hm-layers" data-testid="map-layers">
            <legend class="hm-h">{move || t::LAYERS.get(lang.get())}</legend>
            <ul class="hm-layer-boxes">{boxes}</ul>
            <p class="ex-visually-hidden" role="status" data-testid="map-layer-status">
                {move || said.get()}
            </p>
            {legends}
        </fieldset>
    }
}
