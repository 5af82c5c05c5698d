//! Small helpers for a view built with DOM calls instead of a renderer: elements made
//! with fixed attributes, values kept current by boxed effects (set only when they
//! change), listeners that go with the reactive owner, and a step of the build run
//! later in that owner. Every call that can fail in a browser returns quietly.

use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, Node};

use crate::hooks::{later, on_change, use_event_listener};

/// The SVG namespace, for elements inside an inline `<svg>`.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A new `tag` element (in namespace `ns`, or HTML) with `attrs`, inserted in `parent`
/// before `before` (at the end when `None`). `None` outside a document.
pub fn insert(
    parent: &Element,
    before: Option<&Node>,
    (ns, tag): (Option<&str>, &str),
    attrs: &[(&str, &str)],
) -> Option<Element> {
    let doc = parent.owner_document()?;
    let el = match ns {
        Some(ns) => doc.create_element_ns(Some(ns), tag).ok()?,
        None => doc.create_element(tag).ok()?,
    };
    for (name, value) in attrs {
        let _ = el.set_attribute(name, value);
    }
    parent.insert_before(&el, before).ok()?;
    Some(el)
}

/// A new HTML `tag` element with `attrs` at the end of `parent`.
pub fn child(parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Option<Element> {
    insert(parent, None, (None, tag), attrs)
}

/// A new SVG `tag` element with `attrs` at the end of `parent`.
pub fn svg_child(parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Option<Element> {
    insert(parent, None, (Some(SVG_NS), tag), attrs)
}

/// Sets CSS custom property (or property) `name` of `el` to `value` through the CSSOM
/// (which a strict `style-src` allows, unlike a `style` attribute in markup).
pub fn set_style(el: &Element, name: &str, value: &str) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.style().set_property(name, value);
    }
}

/// Keeps attribute `name` of `el` at what `value` gives, setting it when it changes.
pub fn attr_effect<T>(el: &Element, name: &'static str, value: impl Fn() -> T + 'static)
where
    T: AsRef<str> + PartialEq + 'static,
{
    let el = el.clone();
    on_change(value, move |now| {
        let _ = el.set_attribute(name, now.as_ref());
    });
}

/// Keeps the text of `el` at what `text` gives, setting it when it changes.
pub fn text_effect(el: &Element, text: impl Fn() -> String + 'static) {
    let el = el.clone();
    on_change(text, move |now| el.set_text_content(Some(now)));
}

/// Keeps the markup of `el` at what `html` gives (markup built and escaped at build
/// time), setting it when it changes, then calls `after` with `el`.
pub fn html_effect(el: &Element, html: impl Fn() -> String + 'static, after: fn(&Element)) {
    let el = el.clone();
    on_change(html, move |now| {
        el.set_inner_html(now);
        after(&el);
    });
}

/// Adds or removes class `name` of `el`.
pub fn toggle_class(el: &Element, name: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(name, on);
}

/// Listens for `name` on `el` until the current reactive owner is cleaned up (a
/// passive listener: see [`listen_active`]).
pub fn listen(el: &Element, name: &'static str, f: impl FnMut(&Event) + 'static) {
    use_event_listener(el, name, f);
}

/// Listens for `name` on `el` until the current reactive owner is cleaned up, with a
/// listener that may cancel the event's default action (`preventDefault`; a listener
/// from [`listen`] is passive, and the browser ignores it there).
pub fn listen_active(el: &Element, name: &'static str, f: impl FnMut(&Event) + 'static) {
    let boxed: Box<dyn FnMut(&Event)> = Box::new(f);
    let options = EventListenerOptions::enable_prevent_default();
    let listener = EventListener::new_with_options(el, name, options, boxed);
    let listener = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || drop(listener));
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

/// Runs `f` in a later step ([`later`]) in the current reactive owner (held weakly:
/// nothing runs once it is disposed), so that what `f` sets up lives and dies with it.
pub fn in_step(f: impl FnOnce() + 'static) {
    let owner = Owner::current().map(|o| o.downgrade());
    later(move || {
        if let Some(owner) = owner.and_then(|o| o.upgrade()) {
            owner.with(f);
        }
    });
}
