//! The functions the `explainers.js` loader calls. They never throw and never panic:
//! bad input is answered with a fallback and one warning.

use std::any::Any;

use leptos::mount::mount_to;
use leptos::prelude::GetUntracked;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::host::Host;
use super::registry;
pub use crate::data::set_data_source;
use crate::glossary::{scope, term};

/// The element names this variant mounts (its Cargo features decide).
pub const TAGS: &[&str] = &[
    "glossary-term",
    "glossary-scope",
    #[cfg(feature = "slider")]
    "deterrence-slider",
    #[cfg(feature = "map")]
    "hotspot-map",
];

/// The element names to define (the loader also has them, so it can define the
/// elements before the wasm arrives; a test checks the two lists agree).
#[wasm_bindgen]
pub fn tags() -> Vec<JsValue> {
    TAGS.iter().map(|t| JsValue::from_str(t)).collect()
}

/// Mounts the widget for `element` (a custom element named `kind`) into `root`, a
/// container inside its shadow root. `inherited_lang` is the nearest ancestor's `lang`.
/// Returns the instance id, or 0 when `kind` is not a widget of this bundle.
#[wasm_bindgen]
pub fn mount(
    kind: &str,
    element: HtmlElement,
    root: HtmlElement,
    inherited_lang: Option<String>,
) -> u32 {
    let Some(tag) = TAGS.iter().copied().find(|t| *t == kind) else {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "explainers: <{}> is not a widget of this bundle",
            crate::attrs::excerpt(kind)
        )));
        return 0;
    };
    let id = registry::next_id();
    let host = Host::new(element, tag, inherited_lang);
    let for_view = host.clone();
    let view: Box<dyn Any> = match tag {
        "glossary-scope" => Box::new(mount_to(root, move || scope::view(for_view))),
        #[cfg(feature = "slider")]
        "deterrence-slider" => {
            Box::new(mount_to(root, move || crate::slider::view::view(for_view)))
        }
        #[cfg(feature = "map")]
        "hotspot-map" => Box::new(mount_to(root, move || crate::map::view::view(for_view))),
        _ => Box::new(mount_to(root, move || term::view(for_view, id))),
    };
    registry::insert(id, host, view);
    id
}

/// Tells instance `id` that attribute `name` changed (`None`: removed). Unknown ids and
/// names are ignored.
#[wasm_bindgen]
pub fn update(id: u32, name: &str, value: Option<String>) {
    if let Some(host) = registry::host(id) {
        host.set(name, value);
    }
}

/// The public state of instance `id`, if it has one: a slider's value, a map's
/// selected hotspot id (empty when nothing is selected).
#[wasm_bindgen]
pub fn state(id: u32) -> Option<String> {
    registry::host(id).and_then(|h| h.state.get_untracked())
}

/// Unmounts instance `id`: its view, signals and listeners are dropped. Returns false
/// when there was no such instance.
#[wasm_bindgen]
pub fn unmount(id: u32) -> bool {
    term::forget(id);
    registry::remove(id)
}

/// How many widget instances are mounted now (tests use it to check for leaks).
#[wasm_bindgen(js_name = liveCount)]
pub fn live_count() -> u32 {
    u32::try_from(registry::live_count()).unwrap_or(u32::MAX)
}

/// Called by the binary's `main` so the exports above are linked into the bundle.
/// It does nothing else: widgets start when an element connects.
pub fn link() {}
