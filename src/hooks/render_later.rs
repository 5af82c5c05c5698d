//! `render_later`: part of a widget built in a later step ([`later`]: steps spread
//! over the frames after the mount), so that mounting a large widget is several short
//! main-thread tasks and several short renderings instead of one long one of each.
//!
//! Unlike a reactive `move || ready.get().then(|| view! { … })`, `render_later` builds
//! the view once and never diffs it, so it adds no update code for the deferred part
//! (that closure cost 2.8 KB brotli in the slider variant).

use leptos::html::ElementType;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::later;

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

/// Builds `view` in a later step ([`later`]) and appends it to `parent`, under the
/// current reactive owner: its effects and its DOM state live and die with that owner.
/// Nothing happens if the owner is disposed before the step runs or if `parent` is a
/// `NodeRef` that was never filled.
pub fn render_later<V: Render + 'static>(parent: impl Parent, view: impl FnOnce() -> V + 'static) {
    // Held weakly: a strong hold from the queue would keep an instance unmounted before
    // its steps ran alive, its steps counted, and build them into its old root. Outside
    // any owner (never how a widget calls it) there is no owner to build under: the
    // step runs and builds nothing.
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
