//! `use_event_listener`: a listener on an element the widget did not render (one the
//! loader built and the widget adopted), held as a `gloo-events` [`EventListener`] and
//! removed with the reactive owner that added it.

use gloo_events::EventListener;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use web_sys::{Event, EventTarget};

/// Listens for `name` on `target` until the current reactive owner is cleaned up.
pub fn use_event_listener(
    target: &EventTarget,
    name: &'static str,
    f: impl FnMut(&Event) + 'static,
) {
    listen(target, name, Box::new(f));
}

/// One listener type for every closure: each adds only its own code.
fn listen(target: &EventTarget, name: &'static str, f: Box<dyn FnMut(&Event)>) {
    let listener = SendWrapper::new(EventListener::new(target, name, f));
    on_cleanup(move || drop(listener));
}
