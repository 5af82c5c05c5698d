//! `render_later` and `later`: part of a widget built, or a step run, in a later task,
//! so that mounting a large widget is several short main-thread tasks instead of one
//! long one. (The browser lays out what they built when it next renders, which may be
//! after several of them.) [`pending`] counts the steps not yet run, so the loader can
//! tell when a widget is complete (`data-ready`).
//!
//! Unlike a reactive `move || ready.get().then(|| view! { … })`, `render_later` builds
//! the view once and never diffs it, so it adds no update code for the deferred part
//! (that closure cost 2.8 KB brotli in the slider variant).

use std::cell::Cell;
use std::time::Duration;

use leptos::html::ElementType;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::use_timeout;

thread_local! {
    /// Steps started by [`later`] that have neither run nor been dropped.
    static PENDING: Cell<u32> = const { Cell::new(0) };
}

/// How many [`later`] steps (every [`render_later`] among them) of this bundle's
/// widgets have neither run nor been dropped with their instance. 0 means every mounted
/// widget is complete.
pub fn pending() -> u32 {
    PENDING.with(Cell::get)
}

/// One pending step: counted while it lives (it lives in the step's timer, so it goes
/// when the step has run or when its instance drops the timer unrun).
struct Pending;

impl Pending {
    fn start() -> Self {
        PENDING.with(|p| p.set(p.get().saturating_add(1)));
        Pending
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        PENDING.with(|p| p.set(p.get().saturating_sub(1)));
    }
}

/// Runs `f` in the next task (each call its own task, in call order), counted by
/// [`pending`] until it has run. The timer belongs to the current reactive owner: if
/// that is disposed first, `f` never runs.
pub fn later(f: impl FnOnce() + 'static) {
    let step = Pending::start();
    use_timeout().start(Duration::ZERO, move || {
        f();
        drop(step);
    });
}

/// Where a later view goes: an element, or a [`NodeRef`] to one that an earlier step
/// has built.
pub trait Parent: 'static {
    /// The element, if it exists by now.
    fn element(&self) -> Option<Element>;
}

impl<E> Parent for NodeRef<E>
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    fn element(&self) -> Option<Element> {
        self.get_untracked().map(JsCast::unchecked_into)
    }
}

impl Parent for HtmlElement {
    fn element(&self) -> Option<Element> {
        Some(self.clone().into())
    }
}

/// Builds `view` in a later task ([`later`]) and appends it to `parent`, under the
/// current reactive owner: its effects and its DOM state live and die with that owner.
/// Nothing happens if the owner is disposed before the task runs or if `parent` is a
/// `NodeRef` that was never filled.
pub fn render_later<V: Render + 'static>(parent: impl Parent, view: impl FnOnce() -> V + 'static) {
    // Held weakly: the timer lives in the owner, and a strong hold from it would keep an
    // instance unmounted before its steps ran alive, and its steps counted, for ever.
    // Outside any owner (never how a widget calls it) there is no owner to build under:
    // the timer, made outside one too, never drops, and the view is never built.
    let owner = Owner::current().map(|o| o.downgrade());
    let built: StoredValue<Option<SendWrapper<V::State>>> = StoredValue::new(None);
    later(move || {
        let (Some(el), Some(owner)) = (parent.element(), owner.and_then(|o| o.upgrade())) else {
            return;
        };
        let mut state = owner.with(|| view().build());
        state.mount(&el, None);
        built.try_set_value(Some(SendWrapper::new(state)));
    });
}
