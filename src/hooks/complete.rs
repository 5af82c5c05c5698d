//! `complete`: completion per widget instance, like lit's `updateComplete`. A widget
//! instance is complete once every [`later`](super::later) step it asked for has run;
//! [`when_complete`] calls back then, right after that last step, and at once for an
//! instance with no step to come (the loader then marks the element in a task of its
//! own, after the effects the step started). Nothing polls, and an instance never waits
//! for another's steps. A variant without a slider or a map has no widget that builds
//! in steps (and carries no step queue): its instances are complete at once.

use std::cell::RefCell;

use super::later::pending_for;

/// Someone waiting for an instance (its id) to be complete.
type Waiter = (u32, Box<dyn FnOnce()>);

thread_local! {
    static WAITERS: RefCell<Vec<Waiter>> = const { RefCell::new(Vec::new()) };
}

/// Calls `done` once instance `instance` is complete (see the module's comment), at
/// once if it is already; [`forget`] drops it uncalled.
pub fn when_complete(instance: u32, done: impl FnOnce() + 'static) {
    #[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
    if pending_for(instance) > 0 {
        WAITERS.with(|w| w.borrow_mut().push((instance, Box::new(done))));
        return;
    }
    let _ = instance;
    done();
}

/// A step of `instance` has run (the queue calls this): if it was its last, its
/// waiters are called.
pub(crate) fn step_done(instance: u32) {
    if pending_for(instance) > 0 {
        return;
    }
    // One at a time, no borrow held while each runs.
    while let Some(done) = WAITERS.with(|w| {
        let mut w = w.borrow_mut();
        let at = w.iter().position(|(i, _)| *i == instance)?;
        Some(w.swap_remove(at).1)
    }) {
        done();
    }
}

/// Drops the waiters of `instance` uncalled (it was unmounted).
pub fn forget(instance: u32) {
    #[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
    WAITERS.with(|w| w.borrow_mut().retain(|(i, _)| *i != instance));
    let _ = instance;
}
