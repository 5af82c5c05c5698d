//! One glossary popover open at a time, page-wide: the id of the open instance, and
//! the few page-level listeners (outside pointer, scroll, resize, Escape) that act on
//! it. The listeners exist only while a popover is open: installed when one opens,
//! removed (dropped) when it closes or its term is unmounted.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

use crate::hooks::PageListeners;

thread_local! {
    static OPEN: ArcRwSignal<Option<u32>> = ArcRwSignal::new(None);
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    static LISTENERS: RefCell<Option<PageListeners>> = const { RefCell::new(None) };
}

/// What the page-level listeners need from the open instance.
#[derive(Clone)]
pub struct Active {
    /// The instance id.
    pub id: u32,
    /// The element that holds its word and popover (a pointer-down outside it closes
    /// the popover).
    pub holder: HtmlElement,
    /// Closes it; the flag says whether to return focus to the trigger.
    pub close: Rc<dyn Fn(bool)>,
    /// Re-measures and re-places it.
    pub reposition: Rc<dyn Fn()>,
}

/// The page-wide "which popover is open" signal.
pub fn open_signal() -> ArcRwSignal<Option<u32>> {
    OPEN.with(Clone::clone)
}

/// Records the open instance and makes sure the page-level listeners exist.
pub fn set_active(active: Active) {
    ACTIVE.with(|a| *a.borrow_mut() = Some(active));
    if LISTENERS.with(|l| l.borrow().is_none()) {
        let listeners = page_listeners();
        LISTENERS.with(|l| *l.borrow_mut() = listeners);
    }
}

/// Forgets instance `id` if it is the open one (on close or unmount).
pub fn clear_active(id: u32) {
    let was = ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if a.as_ref().is_some_and(|x| x.id == id) {
            a.take()
        } else {
            None
        }
    });
    if was.is_some() {
        // Removed from the page (outside any borrow: dropping may run JS).
        let listeners = LISTENERS.with(|l| l.borrow_mut().take());
        drop(listeners);
    }
    drop(was);
    let open = open_signal();
    if open.try_get_untracked().flatten() == Some(id) {
        open.try_set(None);
    }
}

fn active() -> Option<Active> {
    ACTIVE.with(|a| a.borrow().clone())
}

/// How many page-level listeners are installed now (tests use it: none while no
/// popover is open).
pub fn page_listener_count() -> usize {
    LISTENERS.with(|l| l.borrow().as_ref().map_or(0, PageListeners::len))
}

/// The listeners that act on the open popover, or `None` outside a browser page.
fn page_listeners() -> Option<PageListeners> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let mut listeners = PageListeners::default()
        .on(&document, "pointerdown", true, |ev| {
            if let Some(a) = active() {
                if !ev.composed_path().includes(&a.holder, 0) {
                    (a.close)(false);
                }
            }
        })
        .on(&document, "keydown", false, |ev| {
            let escape = ev
                .dyn_ref::<KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape");
            if let (true, Some(a)) = (escape, active()) {
                (a.close)(false);
            }
        });
    for name in ["scroll", "resize"] {
        listeners = listeners.on(&window, name, true, |_| {
            if let Some(a) = active() {
                (a.reposition)();
            }
        });
    }
    Some(listeners)
}
