//! Small helpers for a view built with DOM calls instead of a renderer: elements with
//! fixed attributes, values kept current by effects (each written only when it
//! changes, [`on_change`]), and parts built in a later step. Every call that can fail
//! in a browser returns quietly (`None` outside a document).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::hooks::{later, on_change};

/// The SVG namespace, for [`add_svg`].
const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A value kept current, boxed: one effect type for every value.
type Value = Box<dyn Fn() -> String>;

/// Appends a new `tag` element with the fixed `attributes` to `parent` and returns it.
pub fn add(parent: &Element, tag: &str, attributes: &[(&str, &str)]) -> Option<Element> {
    let el = parent.owner_document()?.create_element(tag).ok()?;
    append(parent, el, attributes)
}

/// As [`add`], an SVG element.
pub fn add_svg(parent: &Element, tag: &str, attributes: &[(&str, &str)]) -> Option<Element> {
    let el = parent
        .owner_document()?
        .create_element_ns(Some(SVG_NS), tag)
        .ok()?;
    append(parent, el, attributes)
}

fn append(parent: &Element, el: Element, attributes: &[(&str, &str)]) -> Option<Element> {
    for (name, value) in attributes {
        let _ = el.set_attribute(name, value);
    }
    parent.append_child(&el).ok()?;
    Some(el)
}

/// Appends a text node to `parent`, kept at what `value` gives.
pub fn add_text(parent: &Element, value: impl Fn() -> String + 'static) {
    text_node(parent, Box::new(value));
}

fn text_node(parent: &Element, value: Value) {
    let Some(doc) = parent.owner_document() else {
        return;
    };
    let node = doc.create_text_node("");
    if parent.append_child(&node).is_ok() {
        on_change(value, move |now| node.set_data(now));
    }
}

/// Keeps attribute `name` of `el` at what `value` gives.
pub fn bind_attr(el: &Element, name: &'static str, value: impl Fn() -> String + 'static) {
    attr(el, name, Box::new(value));
}

fn attr(el: &Element, name: &'static str, value: Value) {
    let el = el.clone();
    on_change(value, move |now| {
        let _ = el.set_attribute(name, now);
    });
}

/// Keeps the HTML of `el` at what `value` gives (HTML the build escaped).
pub fn bind_html(el: &Element, value: impl Fn() -> String + 'static) {
    html(el, Box::new(value));
}

fn html(el: &Element, value: Value) {
    let el = el.clone();
    on_change(value, move |now| el.set_inner_html(now));
}

/// Keeps style property `name` of `el` at what `value` gives (through the CSSOM, which
/// a page's style-src policy allows, unlike a `style` attribute).
pub fn bind_style(el: &Element, name: &'static str, value: impl Fn() -> String + 'static) {
    style(el, name, Box::new(value));
}

fn style(el: &Element, name: &'static str, value: Value) {
    let Some(el) = el.dyn_ref::<HtmlElement>().map(HtmlElement::style) else {
        return;
    };
    on_change(value, move |now| {
        let _ = el.set_property(name, now);
    });
}

/// Runs `build` in a later step ([`later`]) in the current reactive owner, so that what
/// it sets up lives and dies with that owner; it never runs if the owner is gone first.
/// The owner is held weakly: the queue must not keep an unmounted instance alive.
pub fn in_step(build: impl FnOnce() + 'static) {
    let owner = Owner::current().map(|o| o.downgrade());
    later(move || {
        if let Some(owner) = owner.and_then(|o| o.upgrade()) {
            owner.with(build);
        }
    });
}
