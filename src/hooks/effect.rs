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
