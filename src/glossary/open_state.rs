//! One glossary popover open at a time, page-wide: the id of the open instance, and
//! the few page-level listeners (outside pointer, scroll, resize, Escape) that act on
//! it. The listeners are installed once, on the first open, and serve every instance.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement, KeyboardEvent};

thread_local! {
    static OPEN: ArcRwSignal<Option<u32>> = ArcRwSignal::new(None);
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

/// What the page-level listeners need from the open instance.
#[derive(Clone)]
pub struct Active {
    /// The instance id.
    pub id: u32,
    /// Its host element (a pointer-down outside it closes the popover).
    pub host: HtmlElement,
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
    install_listeners();
    ACTIVE.with(|a| *a.borrow_mut() = Some(active));
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
    drop(was);
    let open = open_signal();
    if open.try_get_untracked().flatten() == Some(id) {
        open.try_set(None);
    }
}

fn active() -> Option<Active> {
    ACTIVE.with(|a| a.borrow().clone())
}

fn listen(target: &web_sys::EventTarget, name: &str, capture: bool, f: impl Fn(Event) + 'static) {
    let cb = Closure::<dyn Fn(Event)>::new(f);
    let _ = target.add_event_listener_with_callback_and_bool(
        name,
        cb.as_ref().unchecked_ref(),
        capture,
    );
    // Installed once per page and needed for its whole life: leaking is deliberate.
    cb.forget();
}

fn install_listeners() {
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    listen(&document, "pointerdown", true, |ev| {
        if let Some(a) = active() {
            if !ev.composed_path().includes(&a.host, 0) {
                (a.close)(false);
            }
        }
    });
    listen(&document, "keydown", false, |ev| {
        let escape = ev
            .dyn_ref::<KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape");
        if let (true, Some(a)) = (escape, active()) {
            (a.close)(false);
        }
    });
    for name in ["scroll", "resize"] {
        listen(&window, name, true, |_| {
            if let Some(a) = active() {
                (a.reposition)();
            }
        });
    }
}
