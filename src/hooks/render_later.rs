//! `render_later`: builds part of a view in a later task, so that mounting a large
//! widget is several short main-thread tasks instead of one long one (and the first
//! layout is split with it).
//!
//! Unlike a reactive `move || ready.get().then(|| view! { … })`, this builds the view
//! once and never diffs it, so it adds no update code for the deferred part (that
//! closure cost 2.8 KB brotli in the slider variant).

use std::time::Duration;

use leptos::html::ElementType;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use super::use_timeout;

/// Builds `view` in the next task (each call its own task, in call order) and appends
/// it to the element `parent` refers to, under the current reactive owner: its effects
/// and its DOM state live and die with that owner. Nothing happens if the owner is
/// disposed before the task runs (the timer is dropped with it) or if `parent` was
/// never mounted.
pub fn render_later<E, V>(parent: NodeRef<E>, view: impl FnOnce() -> V + 'static)
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
    V: Render + 'static,
{
    // Outside any owner (not how a widget calls it), the view gets one of its own.
    let owner = Owner::current().unwrap_or_default();
    let built: StoredValue<Option<SendWrapper<V::State>>> = StoredValue::new(None);
    use_timeout().start(Duration::ZERO, move || {
        let Some(el) = parent.get_untracked() else {
            return;
        };
        let mut state = owner.with(|| view().build());
        state.mount(el.unchecked_ref(), None);
        built.try_set_value(Some(SendWrapper::new(state)));
    });
}
