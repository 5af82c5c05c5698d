//! The `<hotspot-map>` view: an inline SVG map (the land, the four hotspot areas),
//! labels laid over it, the hotspots as a list of toggle buttons placed on the map, the
//! selected hotspot's card beside (wide) or below (narrow) the map, and the layers'
//! panel, each built by a function of its own with DOM calls and kept current by
//! effects (no renderer).
//!
//! It is built in steps ([`in_step`]), spread over the frames after the mount: the
//! mount's task sets up the state; the root comes in a step of its own (the first call
//! of the view code, which V8 compiles then, has a task of its own); then the first
//! screen (the frame, the hotspot buttons, the side), usable at once; then the
//! geography, the land and then the labels, and then the layers' panel, each a step of
//! its own (on a slow device, laid out in a frame of its own).
//!
//! State: [`hotspot_map`] shows the selection it is given and reports a reader's
//! choice; its element's mount (`WIDGET` in `hotspot_map/mod.rs`) keeps the `hotspot`
//! attribute the one source of truth.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

use super::data::MAP_VIEW_BOX;
use super::hotspot_list::hotspot_list;
use super::labels::labels;
use super::land::land;
use super::layer_panel::layer_panel;
use super::regions::regions;
use super::select::id_of;
use super::side_panel::side_panel;
use super::text as t;
use super::use_layers::{use_layers, Layers};
use super::use_selection::{use_selection, Selection};
use super::words::MapWords;
use crate::attrs::{Lang, Theme};
use crate::hooks::{attribute_effect, in_step, memo, use_event_listener};
use crate::runtime::build::{add, add_child, add_svg, add_text, bind_attr};
use crate::runtime::dom::target_closest;
use crate::runtime::host::Host;

/// What the map shows and where a reader's choices go.
pub struct MapState {
    /// The selected hotspot, an index into `HOTSPOTS` (`None`: none).
    pub selected: Memo<Option<usize>>,
    /// The language asked for; the map shows its words' language until they arrive.
    pub lang: Memo<Lang>,
    /// The map's words (names, labels, credit) and its land, the words in the language
    /// they were loaded in ([`MapWords::default`] until the first arrive).
    pub words: Memo<MapWords>,
    /// The colour scheme.
    pub theme: Memo<Theme>,
    /// The reader chose a hotspot (`None`: cleared the selection).
    pub on_select: Callback<Option<usize>>,
    /// A card or a layer cannot be had: why (once per failure; the map says so).
    pub on_warn: Callback<String>,
    /// The element: its `layers` attribute says the layers drawn over the map (a
    /// reader's checkboxes write it).
    pub host: Host,
}

/// What the steps after the root's share.
#[derive(Clone)]
struct Parts {
    selection: Selection,
    lang: Memo<Lang>,
    words: Memo<MapWords>,
    on_warn: Callback<String>,
    layers: Layers,
}

/// `<hotspot-map>` in `root`: the map, the hotspots as toggle buttons, and the selected
/// one's card, built in later steps. It shows `state.selected`; a reader's choice goes
/// to `state.on_select` (whose owner sets `selected` in turn).
pub fn hotspot_map(root: web_sys::HtmlElement, state: MapState) {
    in_step(move || build_root(&root, state));
}

/// Escape anywhere in the widget clears the selection; focus leaves the closing card
/// for the hotspot's button.
fn on_key(ev: &Event, selection: Selection) {
    let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if ev.key() != "Escape" {
        return;
    }
    let Some(id) = id_of(selection.selected.get_untracked()) else {
        return;
    };
    ev.stop_propagation();
    let in_card = target_closest(ev, ".hm-side").is_some();
    selection.choose(None);
    if in_card {
        selection.focus(id);
    }
}

/// The root (its language, colour scheme and selection as attributes), and the first
/// screen asked for in the next step.
fn build_root(root: &web_sys::HtmlElement, state: MapState) {
    let MapState {
        selected,
        lang,
        words,
        theme,
        on_select,
        on_warn,
        host,
    } = state;
    // One language throughout: the words', once they have arrived.
    let lang = memo(move || words.with(|w| w.lang).unwrap_or_else(|| lang.get()));
    let selection = use_selection(selected, on_select);
    let layers = use_layers(host, lang, on_warn);
    let Some(hm) = add_child(root, "div") else {
        return;
    };
    let _ = hm.set_attribute("class", "ex-root ex-block hm");
    attribute_effect(&hm, "lang", move || lang.get().tag());
    attribute_effect(&hm, "data-theme", move || theme.get().as_str());
    attribute_effect(&hm, "data-selected", move || {
        id_of(selected.get()).unwrap_or("")
    });
    use_event_listener(&hm, "keydown", move |ev| on_key(ev, selection));
    let parts = Parts {
        selection,
        lang,
        words,
        on_warn,
        layers,
    };
    in_step(move || {
        first_screen(&hm, parts);
    });
}

/// The first screen: the frame (the SVG with the hotspots' areas, the hotspot buttons),
/// the credit line and the side; then the land, the labels and the layers' panel, each
/// asked for as a step of its own, in that order.
fn first_screen(hm: &Element, parts: Parts) -> Option<()> {
    let Parts {
        selection,
        lang,
        words,
        ..
    } = parts.clone();
    let layout = add(hm, "div", &[("class", "hm-layout")])?;
    let map = add(&layout, "div", &[("class", "hm-map")])?;
    let frame = add(&map, "div", &[("class", "hm-frame")])?;
    let attrs = [
        ("class", "hm-svg"),
        ("viewBox", MAP_VIEW_BOX),
        ("role", "img"),
    ];
    let svg = add_svg(&frame, "svg", &attrs)?;
    attribute_effect(&svg, "aria-label", move || t::MAP_ALT.get(lang.get()));
    let areas = regions(&svg, selection);
    let list = hotspot_list(&frame, selection, lang, words);
    let credit = add(&map, "p", &[("class", "hm-credit")])?;
    bind_attr(&credit, "title", move || words.with(|w| w.source.clone()));
    add_text(&credit, move || words.with(|w| w.credit.clone()));
    let side = add(&layout, "div", &[("class", "hm-side"), ("id", "hm-side")])?;
    side_panel(&side, selection, lang, words, parts.on_warn);
    in_step(move || land(&svg, areas.as_deref(), words));
    in_step(move || labels(&frame, list.as_deref(), words, selection));
    let (at, layers) = (hm.clone(), parts.layers);
    in_step(move || layer_panel(at, layers, lang, words));
    Some(())
}
