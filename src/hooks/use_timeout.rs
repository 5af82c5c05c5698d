//! `use_timeout`: one restartable timer per widget instance (a `gloo-timers`
//! [`Timeout`], cancelled when replaced, cancelled explicitly, or dropped with the
//! instance's reactive owner).

use std::time::Duration;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// A restartable timer: [`UseTimeout::start`] replaces any pending one.
#[derive(Clone, Copy)]
pub struct UseTimeout {
    pending: StoredValue<Option<SendWrapper<Timeout>>>,
}

/// A `gloo-timers` [`Timeout`] that runs `f` after `millis` ms (cancelled when dropped).
/// Every timer of the bundle is made here, with one boxed callback type: each closure
/// type given to `Timeout::new` brings its own copy of wasm-bindgen's closure shim
/// (about 0.5 KB of wasm each).
pub fn timeout(millis: u32, f: Box<dyn FnOnce()>) -> Timeout {
    Timeout::new(millis, f)
}

/// A timer owned by the current reactive owner; dropped (and so cancelled) with it.
pub fn use_timeout() -> UseTimeout {
    UseTimeout {
        pending: StoredValue::new(None),
    }
}

impl UseTimeout {
    /// Runs `f` after `delay`, cancelling the pending run if there is one.
    pub fn start(self, delay: Duration, f: impl FnOnce() + 'static) {
        let millis = u32::try_from(delay.as_millis()).unwrap_or(u32::MAX);
        let timeout = timeout(millis, Box::new(f));
        // The old timer (if any) is dropped here, which cancels it.
        self.pending.try_set_value(Some(SendWrapper::new(timeout)));
    }

    /// Cancels the pending run, if any.
    pub fn cancel(self) {
        self.pending.try_set_value(None);
    }
}
