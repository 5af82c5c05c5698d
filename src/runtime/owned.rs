//! `owned`: a widget instance's reactive owner, set up in the mount's task.

use std::any::Any;

use leptos::prelude::*;

/// Runs `setup` under a new reactive owner, the instance's, and returns that owner as
/// the instance's unmount handle: dropping it disposes every signal, effect, timer and
/// listener created under it. `setup` sets up the state and starts the view's build
/// with [`render_later`](crate::hooks::render_later), so that a mount's own task does
/// not also build the view (a slider's or a map's root and first screen come in later
/// steps, after the next frame).
pub fn owned(setup: impl FnOnce()) -> Box<dyn Any> {
    // Effects run on wasm-bindgen-futures' executor (an error: it already runs).
    _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(setup);
    Box::new(owner)
}
