//! Listeners on the page (`document`, `window`) held as `gloo-events`
//! [`EventListener`]s: each is removed from the page when dropped.

use gloo_events::{EventListener, EventListenerOptions};
use web_sys::{Event, EventTarget};

/// A set of page-level listeners, removed together when dropped.
#[derive(Default)]
pub struct PageListeners(Vec<EventListener>);

impl PageListeners {
    /// Adds a listener for `name` on `target` (`capture`: in the capture phase).
    pub fn on(
        mut self,
        target: &EventTarget,
        name: &'static str,
        capture: bool,
        f: impl FnMut(&Event) + 'static,
    ) -> Self {
        let options = if capture {
            EventListenerOptions::run_in_capture_phase()
        } else {
            EventListenerOptions::default()
        };
        self.0
            .push(EventListener::new_with_options(target, name, options, f));
        self
    }

    /// How many listeners are installed (for tests).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when none is installed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
