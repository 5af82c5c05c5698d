//! The widgets of this variant, and their mounted instances.
//!
//! Each widget has one `Widget` entry, beside its component in its own folder: its
//! element (tag and attributes, generated from its `widget.toml`) and its mount, the
//! glue from the element to the component's typed props (it also publishes the
//! element's properties, its state among them). `WIDGETS` lists the entries of this
//! variant (its Cargo features decide); it must match the generated element table of
//! the same features, which is checked when the variant compiles.
//!
//! Holding each view's unmount handle here, and nowhere else, is what makes unmounting
//! complete: dropping the entry drops the view, its reactive owner, its signals and its
//! event listeners.

use std::any::Any;
use std::cell::RefCell;

use web_sys::HtmlElement;

use super::elements::Element;
use super::host::{AttrSignal, Host};

/// A widget: its element and how it is mounted.
pub(crate) struct Widget {
    /// Its element: the tag and the attributes (from the generated table).
    pub element: &'static Element,
    /// Mounts its component into `root` for the element `host`: reads the attributes,
    /// parses them into the component's typed props, publishes its properties
    /// ([`Host::publish`]) and writes a reader's change back ([`Host::write`]). Returns
    /// the view's unmount handle (dropping it unmounts).
    pub mount: fn(Host, HtmlElement) -> Box<dyn Any>,
}

/// The widgets of this variant.
pub(crate) const WIDGETS: &[&Widget] = &[
    &crate::glossary::term::WIDGET,
    #[cfg(feature = "scope")]
    &crate::glossary::scope::WIDGET,
    #[cfg(feature = "deterrence-slider")]
    &crate::deterrence_slider::WIDGET,
    #[cfg(feature = "hotspot-map")]
    &crate::hotspot_map::WIDGET,
];

/// Whether `a` and `b` are the same text (`==` on `str` is not `const`).
const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `widgets` has one widget for each of `elements`, and no other.
const fn one_widget_per_element(widgets: &[&Widget], elements: &[Element]) -> bool {
    if widgets.len() != elements.len() {
        return false;
    }
    let mut i = 0;
    while i < elements.len() {
        let (mut j, mut found) = (0, false);
        while j < widgets.len() {
            found |= same_text(widgets[j].element.tag, elements[i].tag);
            j += 1;
        }
        if !found {
            return false;
        }
        i += 1;
    }
    true
}

// The list above follows the features; the generated element table follows widget.toml
// (each element's `feature`). Checked when this variant compiles (every variant's feature
// set is built by `make lint` and the bundle): a feature that brings an element without
// its widget, or a widget without its element, does not compile.
const _: () = assert!(
    one_widget_per_element(WIDGETS, super::elements::ELEMENTS),
    "WIDGETS and the elements of widget.toml differ for this variant's features"
);

/// The widget whose tag is `tag`, if this variant has it.
pub(crate) fn widget(tag: &str) -> Option<&'static Widget> {
    WIDGETS.iter().copied().find(|w| w.element.tag == tag)
}

/// One mounted element.
struct Instance {
    host: Host,
    /// The view's unmount handle (type-erased); dropping it unmounts.
    view: Box<dyn Any>,
}

#[derive(Default)]
struct Registry {
    next_id: u32,
    live: Vec<(u32, Instance)>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

/// A fresh instance id (never 0; 0 means "not mounted" to the loader).
pub(crate) fn next_id() -> u32 {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.next_id = r.next_id.wrapping_add(1).max(1);
        r.next_id
    })
}

/// Records a mounted view.
pub(crate) fn insert(id: u32, host: Host, view: Box<dyn Any>) {
    REGISTRY.with(|r| r.borrow_mut().live.push((id, Instance { host, view })));
}

/// What `f` takes from the host of live instance `id` (something owned: no borrow is
/// held once it returns).
fn from_host<R>(id: u32, f: impl FnOnce(&Host) -> Option<R>) -> Option<R> {
    REGISTRY.with(|r| {
        r.borrow()
            .live
            .iter()
            .find(|(i, _)| *i == id)
            .and_then(|(_, inst)| f(&inst.host))
    })
}

/// The host of a live instance (a clone), for the properties a slider or a map
/// publishes.
#[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
pub(crate) fn host(id: u32) -> Option<Host> {
    from_host(id, |h| Some(h.clone()))
}

/// The signal of attribute `name` of a live instance (a clone: the caller sets it with
/// no borrow held).
pub(crate) fn attr(id: u32, name: &str) -> Option<AttrSignal> {
    from_host(id, |h| h.attr_signal(name))
}

/// Removes an instance and drops its view (outside the registry borrow, so the view's
/// own clean-up may safely call back into the registry).
pub(crate) fn remove(id: u32) -> bool {
    let removed = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let pos = r.live.iter().position(|(i, _)| *i == id)?;
        Some(r.live.swap_remove(pos))
    });
    match removed {
        Some((_, inst)) => {
            crate::hooks::complete::forget(id);
            drop(inst.view);
            drop(inst.host);
            true
        }
        None => false,
    }
}

/// How many instances are mounted (for leak tests).
pub(crate) fn live_count() -> usize {
    REGISTRY.with(|r| r.borrow().live.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::elements::ELEMENTS;

    /// The generated element table and the widgets agree: every element of the variant
    /// has exactly one widget, and every widget's element is in the table.
    #[test]
    fn every_element_has_one_widget() {
        assert_eq!(WIDGETS.len(), ELEMENTS.len());
        for e in ELEMENTS {
            let w = widget(e.tag).map(|w| w.element);
            assert_eq!(w, Some(e), "{}", e.tag);
        }
        assert!(widget("nope-nope").is_none());
    }
}
