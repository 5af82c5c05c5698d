//! Building a view with DOM calls instead of a renderer (the slider and the map whole,
//! the glossary's elements in part): new elements with fixed attributes, and values kept current by
//! effects that write a value only when it differs from the last ([`on_change`]). Each
//! kind of binding goes through one boxed closure type, so a call site adds only its
//! own closure's code (see `hooks/effect.rs`). Every call that can fail in a browser
//! returns quietly (`None` outside a document).
//!
//! A value that is one of the build's fixed words (`&'static str`) is kept in an
//! attribute by [`attribute_effect`](crate::hooks::attribute_effect); one computed
//! as a `String`, by [`bind_attr`].

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

use crate::hooks::on_change;

/// The SVG namespace, for elements inside an inline `<svg>`.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A value kept current, boxed: one effect type for every value of a kind.
type Value = Box<dyn Fn() -> String>;

/// A new `tag` element (in namespace `ns`, or HTML) with the fixed `attrs`, inserted in
/// `parent` before `before` (at the end when `None`), and returned.
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

/// A new HTML `tag` element with the fixed `attrs` at the end of `parent`.
pub fn add(parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Option<Element> {
    insert(parent, None, (None, tag), attrs)
}

/// A new SVG `tag` element with the fixed `attrs` at the end of `parent`.
pub fn add_svg(parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Option<Element> {
    insert(parent, None, (Some(SVG_NS), tag), attrs)
}

/// A new HTML `tag` element at the end of `parent` that is removed when the current
/// reactive owner is cleaned up: what a mount adds to a tree it does not own (its
/// element's shadow root, a term's holder), which its unmount must take away.
pub fn add_child(parent: &Element, tag: &str) -> Option<Element> {
    let child = add(parent, tag, &[])?;
    let added = send_wrapper::SendWrapper::new(child.clone());
    on_cleanup(move || added.remove());
    Some(child)
}

/// Sets CSS property (or custom property) `name` of `el` to `value` through the CSSOM,
/// which a page's strict `style-src` allows, unlike a `style` attribute.
pub fn set_style(el: &Element, name: &str, value: &str) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.style().set_property(name, value);
    }
}

/// Adds class `name` to `el` when `on`, or removes it.
pub fn toggle_class(el: &Element, name: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(name, on);
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

/// Keeps attribute `name` of `el` at what `value` gives (for a fixed word, see
/// [`attribute_effect`](crate::hooks::attribute_effect)).
pub fn bind_attr(el: &Element, name: &'static str, value: impl Fn() -> String + 'static) {
    attr(el, name, Box::new(value));
}

fn attr(el: &Element, name: &'static str, value: Value) {
    let el = el.clone();
    on_change(value, move |now| {
        let _ = el.set_attribute(name, now);
    });
}

/// Keeps the HTML inside `el` at what `value` gives: HTML the build wrote and escaped,
/// never a reader's or a page's.
pub fn bind_html(el: &Element, value: impl Fn() -> String + 'static) {
    html(el, Box::new(value), |_| {});
}

/// As [`bind_html`], then calls `after` with `el` each time the HTML is set (to finish
/// what the HTML cannot say, such as styles set through the CSSOM).
pub fn bind_html_then(el: &Element, value: impl Fn() -> String + 'static, after: fn(&Element)) {
    html(el, Box::new(value), after);
}

fn html(el: &Element, value: Value, after: fn(&Element)) {
    let el = el.clone();
    on_change(value, move |now| {
        el.set_inner_html(now);
        after(&el);
    });
}

/// Keeps style property `name` of `el` at what `value` gives, through the CSSOM (as
/// [`set_style`]).
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
