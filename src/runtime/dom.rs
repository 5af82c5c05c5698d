//! Small DOM helpers the widgets share (those that build a view are in
//! [`build`](super::build)). Every call that can fail in a browser returns quietly: a
//! failure here must never become a panic that stops every widget.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, Event, HtmlElement};

/// Dispatches a bubbling, composed `CustomEvent` with a plain-object `detail`.
pub fn dispatch(target: &HtmlElement, name: &str, detail: &[(&str, JsValue)]) {
    let obj = Object::new();
    for (k, v) in detail {
        let _ = Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&obj);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Calls a method with no arguments by name (`showPopover`), if the browser has it.
/// Returns false when it is missing or threw.
pub fn call0(target: &Element, method: &str) -> bool {
    Reflect::get(target, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .map(|f| f.call0(target).is_ok())
        .unwrap_or(false)
}

/// The viewport size in CSS pixels.
pub fn viewport() -> (f64, f64) {
    let Some(w) = web_sys::window() else {
        return (0.0, 0.0);
    };
    let num = |v: Result<JsValue, JsValue>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    (num(w.inner_width()), num(w.inner_height()))
}

/// The element an event happened on, or its closest ancestor that `selector` matches.
pub fn target_closest(ev: &Event, selector: &str) -> Option<Element> {
    ev.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}
