//! A widget's reactive owner without a view: for a mount whose DOM is adopted or built
//! with DOM calls (a glossary term), [`owned`] stands in for `mount_to`, whose renderer
//! such a mount does not need.

use std::any::Any;

use leptos::prelude::*;

/// Runs `f` in a new reactive owner (the executor started, as `mount_to` does) and
/// returns the owner as the mount's unmount handle: dropping it cleans up every signal,
/// effect, listener and element `f` set up.
pub fn owned(f: impl FnOnce()) -> Box<dyn Any> {
    // An error only says the executor was started already.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(f);
    Box::new(owner)
}
