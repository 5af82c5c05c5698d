//! The hotspots' areas on the map: one SVG path each, marked when selected or when its
//! button has focus; a click toggles it.

use leptos::prelude::*;

use super::data::HOTSPOTS;
use super::use_selection::Selection;

/// The group of the hotspots' areas, in the map's SVG.
#[component]
pub fn Regions(
    /// The map's selection.
    selection: Selection,
) -> impl IntoView {
    let Selection { selected, hot, .. } = selection;
    let regions = HOTSPOTS
        .iter()
        .enumerate()
        .map(|(i, h)| {
            view! {
                <path
                    class="hm-region"
                    d=h.region
                    data-id=h.id
                    class:hm-on=move || selected.get() == Some(i)
                    class:hm-hot=move || hot.get() == Some(i)
                    on:click=move |_| selection.toggle(i)
                ></path>
            }
        })
        .collect_view();
    view! { <g class="hm-regions">{regions}</g> }
}
