//! `later`: steps run in the order they were asked for, each in a task of its own,
//! spread over frames: after each frame, as many as fit in [`STEPS_MS`] (at least one).
//! Mounting a large widget is then several short main-thread tasks whose parts are
//! laid out over several frames, instead of one long task and one long rendering.
//!
//! Every widget of the bundle shares one queue: with three widgets on a page, their
//! steps take turns. Each step belongs to the widget instance that asked for it (in its
//! mount, [`as_instance`], or in one of its steps), so each instance knows its own
//! steps: [`complete`](super::complete) tells an element once its last step has run,
//! without waiting for its neighbours'.
//!
//! The wake-up the queue waits for (the next frame, with a fallback timer, or the next
//! task) is held as handles that cancel when dropped: a newer wake-up replaces the
//! older, which then never runs.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use super::complete;
use super::frame::Frame;
use super::use_timeout::timeout;

/// How long the queue waits for the browser's next rendering before it runs its next
/// step anyway (ms): no frame comes in a hidden page or an off-screen cross-origin
/// frame.
const NO_FRAME_MS: u32 = 100;

/// How long after a frame steps go on running, one per task, before the rest wait for
/// the next frame: a slow device (each step tens of milliseconds) gets one step per
/// frame; a fast one builds a page of widgets in fewer frames.
pub const STEPS_MS: f64 = 8.0;

/// A step, the instance that asked for it (0: none) and the token of the reactive
/// owner that asked for it: disposed with that owner, after which the step never runs.
struct Queued {
    alive: StoredValue<()>,
    instance: u32,
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
    /// What the queue waits for: a timer (the fallback if no frame comes, or the next
    /// task of a frame's share) and, after a step, the next frame. Dropping either
    /// cancels it; a wake-up is pending while the timer is there.
    static TIMER: RefCell<Option<Timeout>> = const { RefCell::new(None) };
    static FRAME: RefCell<Option<Frame>> = const { RefCell::new(None) };
    /// The instance whose code runs now (its mount, or one of its steps; 0: none).
    static CURRENT: Cell<u32> = const { Cell::new(0) };
}

/// How many [`later`] steps (every `Deferred`'s among them) of this bundle's widgets
/// are still to run: steps whose instance has been unmounted are not counted.
pub fn pending() -> u32 {
    count(|_| true)
}

/// How many steps of widget instance `instance` are still to run (0 once it is
/// complete, or unmounted).
pub fn pending_for(instance: u32) -> u32 {
    count(|s| s.instance == instance)
}

fn count(which: impl Fn(&Queued) -> bool) -> u32 {
    QUEUE.with(|q| {
        let live = q
            .borrow()
            .iter()
            .filter(|s| which(s) && s.is_alive())
            .count();
        u32::try_from(live).unwrap_or(u32::MAX)
    })
}

/// Runs `f` as widget instance `instance`'s code (its mount): the steps it asks for, and
/// those its steps ask for in turn, are that instance's.
pub fn as_instance<T>(instance: u32, f: impl FnOnce() -> T) -> T {
    let before = CURRENT.with(|c| c.replace(instance));
    let out = f();
    CURRENT.with(|c| c.set(before));
    out
}

/// Runs `f` in a task of its own after the browser has rendered a frame (or after
/// [`NO_FRAME_MS`] if no frame comes). Steps run in call order; once [`STEPS_MS`] have
/// passed since the frame, the rest wait for the next one, so what the steps before
/// built is laid out before they run. If the current reactive owner is disposed first,
/// `f` never runs.
pub fn later(f: impl FnOnce() + 'static) {
    let step = Queued {
        alive: StoredValue::new(()),
        instance: CURRENT.with(Cell::get),
        run: Box::new(f),
    };
    QUEUE.with(|q| q.borrow_mut().push_back(step));
    wake();
}

/// Replaces what the queue waits for (dropping the old timer and frame cancels them).
fn wait_for(timer: Option<Timeout>, frame: Option<Frame>) {
    let old = (
        TIMER.with(|t| t.replace(timer)),
        FRAME.with(|f| f.replace(frame)),
    );
    drop(old);
}

/// Asks for the next step to run after the next frame, unless a wake-up is pending.
fn wake() {
    if TIMER.with(|t| t.borrow().is_some()) {
        return;
    }
    // The frame's callback runs just before the rendering; the step, in the first task
    // after it (which replaces, and so cancels, the fallback).
    wait_for(
        Some(timeout(
            NO_FRAME_MS,
            Box::new(|| run_next(js_sys::Date::now())),
        )),
        Frame::request(Box::new(|| next_task(js_sys::Date::now()))),
    );
}

/// Waits for the next task to run the next step of the share that started `since`.
fn next_task(since: f64) {
    wait_for(Some(timeout(0, Box::new(move || run_next(since)))), None);
}

/// A wake-up has come, `since` the frame (or the fallback) that started this share:
/// runs the oldest live step (dropping dead ones before it), then tells its instance
/// if that was its last. The next runs in the next task (after this step's effects,
/// whose time counts) while less than [`STEPS_MS`] have passed since then; after that,
/// the queue waits for the next frame.
fn run_next(since: f64) {
    if let Some((instance, run)) = next_live() {
        as_instance(instance, run);
        complete::step_done(instance);
    }
    if QUEUE.with(|q| q.borrow().is_empty()) {
        wait_for(None, None);
    } else if js_sys::Date::now() - since < STEPS_MS {
        next_task(since);
    } else {
        wait_for(None, None);
        wake();
    }
}

/// The oldest queued step whose owner is alive, with its instance, taken off the queue
/// with the dead ones before it.
fn next_live() -> Option<(u32, Box<dyn FnOnce()>)> {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        while let Some(step) = q.pop_front() {
            if step.is_alive() {
                return Some((step.instance, step.run));
            }
        }
        None
    })
}

/// Runs `build` in a later step ([`later`]) in the current reactive owner, so that what
/// it sets up lives and dies with that owner: how the slider and the map build their
/// parts after the mount. The owner is held weakly (the queue must not keep an
/// unmounted instance alive); `build` never runs if it is gone first.
pub fn in_step(build: impl FnOnce() + 'static) {
    let owner = Owner::current().map(|o| o.downgrade());
    later(move || {
        if let Some(owner) = owner.and_then(|o| o.upgrade()) {
            owner.with(build);
        }
    });
}
