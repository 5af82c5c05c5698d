//! The `<hotspot-map>` view: an inline SVG map (the land, the four hotspot areas),
//! labels laid over it, the hotspots as a list of toggle buttons placed on the map, the
//! selected hotspot's card beside (wide) or below (narrow) the map, and the layers'
//! panel, each a child component of its own.
//!
//! It is built in steps ([`Deferred`]), spread over the frames after the mount: the
//! mount's task sets up the state; the root comes in a step of its own (the first call
//! of the view code, which V8 compiles then, has a task of its own); then the first
//! screen (the frame, the hotspot buttons, the side), usable at once; then the
//! geography, the land and then the labels, and then the layers' panel, each a step of
//! its own (on a slow device, laid out in a frame of its own).
//!
//! State: [`HotspotMap`] shows the selection it is given and reports a reader's choice;
//! its element's mount (`WIDGET` in `hotspot_map/mod.rs`) keeps the `hotspot` attribute
//! the one source of truth.

use leptos::html::{Div, Ul};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, Node};

use super::data::MAP_VIEW_BOX;
use super::hotspot_list::HotspotList;
use super::labels::Labels;
use super::land::Land;
use super::layer_panel::layer_panel;
use super::regions::Regions;
use super::select::id_of;
use super::side_panel::SidePanel;
use super::text as t;
use super::use_layers::use_layers;
use super::use_selection::use_selection;
use super::words::MapWords;
use crate::attrs::{Lang, Theme};
use crate::hooks::Deferred;
use crate::runtime::host::Host;

/// The map's root, found from its hotspot list once built.
fn map_of(list: NodeRef<Ul>) -> Option<Element> {
    list.get_untracked()?.closest(".hm").ok().flatten()
}

/// `<hotspot-map>`: the map, the hotspots as toggle buttons, and the selected one's
/// card. It shows `selected`; a reader's choice goes to `on_select` (whose owner sets
/// `selected` in turn).
#[component]
pub fn HotspotMap(
    /// The selected hotspot, an index into `HOTSPOTS` (`None`: none).
    selected: Memo<Option<usize>>,
    /// The language asked for; the map shows its words' language until they arrive.
    lang: Memo<Lang>,
    /// The map's words (names, labels, credit) and its land, the words in the language
    /// they were loaded in ([`MapWords::default`] until the first arrive).
    words: Memo<MapWords>,
    /// The colour scheme.
    theme: Memo<Theme>,
    /// The reader chose a hotspot (`None`: cleared the selection).
    on_select: Callback<Option<usize>>,
    /// A card or a layer cannot be had: why (once per failure; the map says so).
    on_warn: Callback<String>,
    /// The element: its `layers` attribute says the layers drawn over the map (a
    /// reader's checkboxes write it).
    host: Host,
) -> impl IntoView {
    // One language throughout: the words', once they have arrived.
    let lang = Memo::new(move |_| words.with(|w| w.lang).unwrap_or_else(|| lang.get()));
    let selection = use_selection(selected, on_select);
    // Held for the layers' panel, built in a later step on this thread.
    let layers = SendWrapper::new(use_layers(host, lang, on_warn));
    let side = NodeRef::<Div>::new();
    // Escape anywhere in the widget clears the selection; focus leaves the closing
    // card for the hotspot's button.
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() != "Escape" {
            return;
        }
        let Some(id) = id_of(selected.get_untracked()) else {
            return;
        };
        ev.stop_propagation();
        let in_card = ev
            .target()
            .and_then(|t| t.dyn_into::<Node>().ok())
            .zip(side.get_untracked())
            .is_some_and(|(n, s)| s.contains(Some(&n)));
        selection.choose(None);
        if in_card {
            selection.focus(id);
        }
    };
    view! {
        <div
            class="ex-root ex-block hm"
            lang=move || lang.get().tag()
            data-theme=move || theme.get().as_str()
            data-selected=move || id_of(selected.get()).unwrap_or("")
            on:keydown=on_key
        >
            <Deferred>
                <div class="hm-layout">
                    <div class="hm-map">
                        <div class="hm-frame">
                            <svg
                                class="hm-svg"
                                viewBox=MAP_VIEW_BOX
                                role="img"
                                aria-label=move || t::MAP_ALT.get(lang.get())
                            >
                                <Deferred>
                                    <Land words=words />
                                </Deferred>
                                <Regions selection=selection />
                            </svg>
                            <Deferred>
                                <Labels words=words selection=selection />
                            </Deferred>
                            <HotspotList selection=selection lang=lang words=words />
                        </div>
                        <p class="hm-credit" title=move || words.with(|w| w.source.clone())>
                            {move || words.with(|w| w.credit.clone())}
                        </p>
                    </div>
                    <div class="hm-side" id="hm-side" node_ref=side>
                        <SidePanel selection=selection lang=lang words=words on_warn=on_warn />
                    </div>
                    <Deferred>
                        {map_of(selection.list)
                            .map(|map| layer_panel(map, layers.take(), lang, words))}
                    </Deferred>
                </div>
            </Deferred>
        </div>
    }
}
