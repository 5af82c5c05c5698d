//! The hotspots as a list of toggle buttons placed on the map, in keyboard order:
//! arrows, Home and End move between them; Enter and Space toggle one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use super::data::{HOTSPOTS, NAV_ORDER};
use super::select::{next_hotspot, parse_selected};
use super::text as t;
use super::use_selection::Selection;
use super::words::MapWords;
use crate::attrs::Lang;

/// The hotspot buttons, each at its label point on the map.
#[component]
pub fn HotspotList(
    /// The map's selection.
    selection: Selection,
    /// The map's language.
    lang: Memo<Lang>,
    /// The map's words (the hotspots' names).
    words: Memo<MapWords>,
) -> impl IntoView {
    let Selection {
        selected,
        hot,
        list,
        ..
    } = selection;
    let on_key = move |ev: KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(id) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.get_attribute("data-id"))
        else {
            return;
        };
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            if let Some(i) = parse_selected(Some(&id)).index() {
                selection.toggle(i);
            }
        } else if let Some(to) = next_hotspot(&id, &key) {
            ev.prevent_default();
            if let Some(h) = HOTSPOTS.get(to) {
                selection.focus(h.id);
            }
        }
    };
    let buttons = NAV_ORDER
        .iter()
        .filter_map(|&i| HOTSPOTS.get(usize::from(i)).map(|h| (usize::from(i), h)))
        .map(|(i, h)| {
            view! {
                <li class="hm-spot" style:--x=h.at.x style:--y=h.at.y>
                    <button
                        type="button"
                        class="hm-spot-btn"
                        data-testid="map-hotspot"
                        data-id=h.id
                        aria-controls="hm-side"
                        aria-pressed=move || if selected.get() == Some(i) { "true" } else { "false" }
                        on:click=move |_| selection.toggle(i)
                        on:focus=move |_| hot.set(Some(i))
                        on:blur=move |_| hot.set(None)
                    >
                        {move || words.with(|w| w.name(i).to_owned())}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul
            class="hm-spots"
            data-testid="map-list"
            aria-label=move || t::HOTSPOTS.get(lang.get())
            node_ref=list
            on:keydown=on_key
        >
            {buttons}
        </ul>
    }
}
