//! The land (Natural Earth, projected at build time: 23 paths, 32 KB of path data),
//! markup from the map's words file, in the map's SVG.

use leptos::prelude::*;

use super::words::MapWords;

/// The group of the land's paths (empty until the words have arrived).
#[component]
pub fn Land(
    /// The map's words, which carry the land.
    words: Memo<MapWords>,
) -> impl IntoView {
    view! { <g class="hm-land" inner_html=move || words.with(|w| w.land.clone())></g> }
}
