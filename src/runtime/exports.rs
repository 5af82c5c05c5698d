//! The functions the `explainers.js` loader calls. They never throw and never panic:
//! bad input is answered with a fallback and one warning.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::elements;
use super::host::Host;
use super::registry;
pub use crate::data::set_data_source;

/// The element names to define: the elements of this variant (its Cargo features
/// decide), as each widget's `widget.toml` declares them. (No glob in this comment:
/// wasm-bindgen copies it into a JS block comment, which a star-slash would end.)
#[wasm_bindgen]
pub fn tags() -> Vec<JsValue> {
    elements::ELEMENTS
        .iter()
        .map(|e| JsValue::from_str(e.tag))
        .collect()
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
    let Some(widget) = registry::widget(kind) else {
        web_sys::console::warn_1(&JsValue::from_str(
            &[
                "explainers: <",
                &crate::attrs::excerpt(kind),
                "> is not a widget of this bundle",
            ]
            .concat(),
        ));
        return 0;
    };
    let id = registry::next_id();
    let host = Host::new(element, widget.element, inherited_lang, id);
    // The build steps it asks for are its own: its element completes with them.
    let view = crate::hooks::as_instance(id, || (widget.mount)(host.clone(), root));
    registry::insert(id, host, view);
    id
}

/// Tells instance `id` that attribute `name` changed (`None`: removed). Unknown ids and
/// names are ignored.
#[wasm_bindgen]
pub fn update(id: u32, name: &str, value: Option<String>) {
    if let Some(signal) = registry::attr(id, name) {
        super::host::set_attr(&signal, value);
    }
}

/// Property `name` of instance `id` (`el.value`, `el.risk`, `el.selected`), always
/// current: `undefined` when the instance or the property does not exist, `null` when
/// its value is none, else its value as text (the loader converts it by its type).
/// Only a slider or a map publishes properties: in a variant with neither, every
/// property is `undefined` (and its reading code is left out).
#[wasm_bindgen]
pub fn property(id: u32, name: &str) -> JsValue {
    #[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
    match registry::host(id).and_then(|h| h.property(name)) {
        None => JsValue::UNDEFINED,
        Some(None) => JsValue::NULL,
        Some(Some(v)) => JsValue::from_str(&v),
    }
    #[cfg(not(any(feature = "deterrence-slider", feature = "hotspot-map")))]
    {
        let _ = (id, name);
        JsValue::UNDEFINED
    }
}

/// Unmounts instance `id`: its view, signals and listeners are dropped. Returns false
/// when there was no such instance.
#[wasm_bindgen]
pub fn unmount(id: u32) -> bool {
    registry::remove(id)
}

/// Calls `done` once instance `id` is complete: every step of its build has run (a
/// slider or a map builds its view in steps after its mount), right after the last, or
/// at once when none is to come; never waiting for other instances' steps. The loader
/// sets the element's `data-ready` in a task of its own after that. An unmounted
/// instance's `done` is never called. Only a variant with a slider or a map has it: in
/// the others every instance is complete once mounted, and the loader knows it by its
/// absence.
#[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
#[wasm_bindgen(js_name = whenComplete)]
pub fn when_complete(id: u32, done: js_sys::Function) {
    crate::hooks::when_complete(id, move || {
        let _ = done.call0(&JsValue::NULL);
    });
}

/// How many widget instances are mounted now (tests use it to check for leaks).
#[wasm_bindgen(js_name = liveCount)]
pub fn live_count() -> u32 {
    u32::try_from(registry::live_count()).unwrap_or(u32::MAX)
}
