//! `later`: steps run one per rendered frame, in the order they were asked for, so
//! that mounting a large widget is several short main-thread tasks, each laid out in a
//! frame of its own, instead of one long task and one long rendering. [`pending`]
//! counts the steps still to run, so the loader can tell when a widget is complete
//! (`data-ready`).
//!
//! Every widget of the bundle shares one queue: with three widgets on a page, their
//! steps take turns, one per frame.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

use leptos::leptos_dom::helpers::{request_animation_frame, set_timeout, set_timeout_with_handle};
use leptos::prelude::*;

/// How long the queue waits for the browser's next rendering before it runs its next
/// step anyway: no frame comes in a hidden page or an off-screen cross-origin frame.
const NO_FRAME: Duration = Duration::from_millis(100);

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
    /// frame and the fallback timer; the first to come runs the step and ends it.
    static WAKE: Cell<u32> = const { Cell::new(0) };
    /// The last wake-up's number.
    static NEXT_WAKE: Cell<u32> = const { Cell::new(0) };
}

/// How many [`later`] steps (every `render_later` among them) of this bundle's widgets
/// are still to run: steps whose instance has been unmounted are not counted. 0 means
/// every mounted widget is complete.
pub fn pending() -> u32 {
    QUEUE.with(|q| {
        let live = q.borrow().iter().filter(|s| s.is_alive()).count();
        u32::try_from(live).unwrap_or(u32::MAX)
    })
}

/// Runs `f` in a task of its own after the browser has rendered what the step before
/// it built (or after [`NO_FRAME`] if no frame comes). Steps run in call order, one per
/// frame. If the current reactive owner is disposed first, `f` never runs.
pub fn later(f: impl FnOnce() + 'static) {
    let step = Queued {
        alive: StoredValue::new(()),
        run: Box::new(f),
    };
    QUEUE.with(|q| q.borrow_mut().push_back(step));
    wake();
}

/// Asks for the next step to run after the next frame, unless a wake-up is pending.
fn wake() {
    if WAKE.with(Cell::get) != 0 {
        return;
    }
    let id = NEXT_WAKE.with(|n| {
        let id = n.get().wrapping_add(1).max(1);
        n.set(id);
        id
    });
    WAKE.with(|w| w.set(id));
    let fallback = set_timeout_with_handle(move || run_next(id), NO_FRAME).ok();
    // The frame's callback runs just before the rendering; the step, in the first task
    // after it.
    request_animation_frame(move || {
        if let Some(fallback) = fallback {
            fallback.clear();
        }
        set_timeout(move || run_next(id), Duration::ZERO);
    });
}

/// Wake-up `id` has come: runs the oldest live step (dropping dead ones before it),
/// then waits for the next frame if more are queued.
fn run_next(id: u32) {
    if WAKE.with(Cell::get) != id {
        return;
    }
    WAKE.with(|w| w.set(0));
    let next = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        while let Some(step) = q.pop_front() {
            if step.is_alive() {
                return Some(step.run);
            }
        }
        None
    });
    if let Some(run) = next {
        run();
    }
    if QUEUE.with(|q| !q.borrow().is_empty()) {
        wake();
    }
}
