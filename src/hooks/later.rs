//! `later`: steps run in the order they were asked for, each in a task of its own,
//! spread over frames: after each frame, as many as fit in [`STEPS_MS`] (at least one).
//! Mounting a large widget is then several short main-thread tasks whose parts are
//! laid out over several frames, instead of one long task and one long rendering.
//! [`pending`] counts the steps still to run, so the loader can tell when a widget is
//! complete (`data-ready`).
//!
//! Every widget of the bundle shares one queue: with three widgets on a page, their
//! steps take turns.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

use leptos::leptos_dom::helpers::{request_animation_frame, set_timeout, set_timeout_with_handle};
use leptos::prelude::*;

/// How long the queue waits for the browser's next rendering before it runs its next
/// step anyway: no frame comes in a hidden page or an off-screen cross-origin frame.
const NO_FRAME: Duration = Duration::from_millis(100);

/// How long after a frame steps go on running, one per task, before the rest wait for
/// the next frame: a slow device (each step tens of milliseconds) gets one step per
/// frame; a fast one builds a page of widgets in fewer frames.
pub const STEPS_MS: f64 = 8.0;

/// A step and the token of the reactive owner that asked for it: disposed with that
/// owner, after which the step never runs.
struct Queued {
    alive: StoredValue<()>,
    run: Box<dyn FnOnce()>,
}

impl Queued {
    fn is_alive(&self) -> bool {
        self.alive.try_with_value(|_| ()).is_some()
    }
}

thread_local! {
    /// The steps still to run, oldest first (some may belong to disposed owners).
    static QUEUE: RefCell<VecDeque<Queued>> = const { RefCell::new(VecDeque::new()) };
    /// Which wake-up the queue waits for (0: none). A wake-up has two ways in, the
    /// frame and the fallback timer; the first to come starts the frame's share of
    /// steps, and the other then finds a different number and does nothing.
    static WAKE: Cell<u32> = const { Cell::new(0) };
    /// The last wake-up's number.
    static NEXT_WAKE: Cell<u32> = const { Cell::new(0) };
}

/// How many [`later`] steps (every `Deferred`'s among them) of this bundle's widgets
/// are still to run: steps whose instance has been unmounted are not counted. 0 means
/// every mounted widget is complete.
pub fn pending() -> u32 {
    QUEUE.with(|q| {
        let live = q.borrow().iter().filter(|s| s.is_alive()).count();
        u32::try_from(live).unwrap_or(u32::MAX)
    })
}

/// Runs `f` in a task of its own after the browser has rendered a frame (or after
/// [`NO_FRAME`] if no frame comes). Steps run in call order; once [`STEPS_MS`] have
/// passed since the frame, the rest wait for the next one, so what the steps before
/// built is laid out before they run. If the current reactive owner is disposed first,
/// `f` never runs.
pub fn later(f: impl FnOnce() + 'static) {
    let step = Queued {
        alive: StoredValue::new(()),
        run: Box::new(f),
    };
    QUEUE.with(|q| q.borrow_mut().push_back(step));
    wake();
}

/// A new wake-up's number, now the one the queue waits for.
fn new_wake() -> u32 {
    let id = NEXT_WAKE.with(|n| {
        let id = n.get().wrapping_add(1).max(1);
        n.set(id);
        id
    });
    WAKE.with(|w| w.set(id));
    id
}

/// Asks for the next step to run after the next frame, unless a wake-up is pending.
fn wake() {
    if WAKE.with(Cell::get) != 0 {
        return;
    }
    let id = new_wake();
    let fallback = set_timeout_with_handle(move || run_next(id, js_sys::Date::now()), NO_FRAME);
    // The frame's callback runs just before the rendering; the step, in the first task
    // after it.
    request_animation_frame(move || {
        if let Ok(fallback) = fallback {
            fallback.clear();
        }
        let frame = js_sys::Date::now();
        set_timeout(move || run_next(id, frame), Duration::ZERO);
    });
}

/// Wake-up `id` has come, `since` the frame (or the fallback) that started this share:
/// runs the oldest live step (dropping dead ones before it). The next runs in the next
/// task (after this step's effects, whose time counts) while less than [`STEPS_MS`]
/// have passed since then; after that, the queue waits for the next frame.
fn run_next(id: u32, since: f64) {
    if WAKE.with(Cell::get) != id {
        return;
    }
    if let Some(run) = next_live() {
        run();
    }
    if QUEUE.with(|q| q.borrow().is_empty()) {
        WAKE.with(|w| w.set(0));
    } else if js_sys::Date::now() - since < STEPS_MS {
        // A new number, so that a frame still to come for this one does nothing.
        let id = new_wake();
        set_timeout(move || run_next(id, since), Duration::ZERO);
    } else {
        WAKE.with(|w| w.set(0));
        wake();
    }
}

/// The oldest queued step whose owner is alive, taken off the queue with the dead ones
/// before it.
fn next_live() -> Option<Box<dyn FnOnce()>> {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        while let Some(step) = q.pop_front() {
            if step.is_alive() {
                return Some(step.run);
            }
        }
        None
    })
}
