//! `use_event_listener`: a listener on an element (one a view built with DOM calls, or
//! one the loader built and the widget adopted), held as a `gloo-events`
//! [`EventListener`] and removed with the reactive owner that added it. Not passive
//! (gloo's default): a handler may cancel the event's default action.

use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use web_sys::{Event, EventTarget};

/// Listens for `name` on `target` until the current reactive owner is cleaned up; the
/// handler may call `preventDefault` (the map's hotspot list, whose Enter and Space
/// must not also activate the button; a term's Space, which must not scroll the page).
pub fn use_event_listener(
    target: &EventTarget,
    name: &'static str,
    f: impl FnMut(&Event) + 'static,
) {
    listen(target, name, Box::new(f));
}

/// Listens for `name` on `target` in the capture phase until the current reactive
/// owner is cleaned up: an ancestor hears its descendants' events that do not bubble
/// (`toggle`).
pub fn use_capture_listener(
    target: &EventTarget,
    name: &'static str,
    f: impl FnMut(&Event) + 'static,
) {
    listen_with(
        target,
        name,
        EventListenerOptions::run_in_capture_phase(),
        Box::new(f),
    );
}

/// One listener type for every closure: each adds only its own code. Not passive
/// (gloo's default is passive, where `preventDefault` does nothing): a handler may stop
/// what a key or click would do by default (Space scrolling the page on a term). None of
/// the widgets' listeners is for scrolling or touch moves, where passive would matter.
fn listen(target: &EventTarget, name: &'static str, f: Box<dyn FnMut(&Event)>) {
    listen_with(
        target,
        name,
        EventListenerOptions::enable_prevent_default(),
        f,
    );
}

fn listen_with(
    target: &EventTarget,
    name: &'static str,
    options: EventListenerOptions,
    f: Box<dyn FnMut(&Event)>,
) {
    let listener = SendWrapper::new(EventListener::new_with_options(target, name, options, f));
    on_cleanup(move || drop(listener));
}
