//! `effect`: an [`Effect`] whose function is boxed. `Effect::new` builds one async task
//! type per closure type it is given (about 0.5 to 2.5 KB of wasm each); with the
//! closure behind one `Box<dyn FnMut()>` type, every effect in the bundle shares one.
//! A closure that needs its previous run's value keeps it in a captured variable.

use leptos::prelude::*;

/// Runs `f` now and again whenever a signal it read changes, as [`Effect::new`] does
/// (after the first render; for syncing with the outside world only). Dropped with the
/// reactive owner it is created in.
pub fn effect(f: impl FnMut() + 'static) {
    let boxed: Box<dyn FnMut()> = Box::new(f);
    Effect::new(boxed);
}

/// Runs `act` with what `value` gives, now and whenever it differs from the last time
/// (an effect that reads a [`Derived`](super::Derived) runs again whenever what it is
/// derived from changes, whether or not its value did).
pub fn on_change<T: PartialEq + 'static>(
    value: impl Fn() -> T + 'static,
    mut act: impl FnMut(&T) + 'static,
) {
    let mut last = None::<T>;
    effect(move || {
        let now = value();
        if last.as_ref() != Some(&now) {
            act(&now);
            last = Some(now);
        }
    });
}

/// Keeps attribute `name` of `el` at what `value` gives, setting it only when it
/// changes ([`on_change`]).
pub fn attribute_effect(
    el: &web_sys::Element,
    name: &'static str,
    value: impl Fn() -> &'static str + 'static,
) {
    let el = el.clone();
    on_change(value, move |now| {
        let _ = el.set_attribute(name, now);
    });
}
