//! Browser tests of `hooks::later`, the queue that spreads a widget's build steps over
//! the frames after its mount: order, pacing, no frame at all, steps whose owner has
//! gone, and each instance's completion (`hooks::complete`).

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use common::*;
use explainers::hooks::complete::forget;
use explainers::hooks::later::STEPS_MS;
use explainers::hooks::{as_instance, later, pending, pending_for, when_complete};
use leptos::prelude::Owner;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Starts Leptos's executor (as a widget's mount does), which `settle` needs.
fn executor() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
}

/// Queues `n` steps that each record their number in `log`, each running for `ms`.
fn queue_for(log: &Rc<RefCell<Vec<usize>>>, n: usize, ms: f64) {
    for i in 0..n {
        let log = Rc::clone(log);
        later(move || {
            let start = js_sys::Date::now();
            while js_sys::Date::now() - start < ms {}
            log.borrow_mut().push(i);
        });
    }
}

/// Queues `n` short steps that each record their number in `log`.
fn queue(log: &Rc<RefCell<Vec<usize>>>, n: usize) {
    queue_for(log, n, 0.0)
}

#[wasm_bindgen_test]
async fn long_steps_run_in_order_one_per_rendered_frame() {
    // Issue 9: a widget's later steps all ran before the next frame, so the browser
    // laid out everything they built in one long rendering. A step that uses up a
    // task's share must leave the next for the task after the next frame.
    executor();
    let log = Rc::new(RefCell::new(Vec::new()));
    queue_for(&log, 4, STEPS_MS);
    assert_eq!(pending(), 4);
    let seen = parts_per_frame(|| log.borrow().len()).await;
    assert_eq!(*log.borrow(), vec![0, 1, 2, 3]);
    assert_eq!(seen.first(), Some(&0), "{seen:?}");
    assert!(
        seen.windows(2).all(|w| w[1] <= w[0] + 1),
        "two steps in one frame: {seen:?}"
    );
    assert_eq!(pending(), 0);
}

#[wasm_bindgen_test]
async fn short_steps_share_the_time_after_a_frame() {
    // 50 widgets on a page took 2.6 s to complete when each step had a frame of its
    // own: short steps follow one another, each in a task of its own, until the
    // frame's share is used up. (How many share one frame depends on how busy the
    // machine is, so this asks only that some do: one step per frame would show 20
    // frames of one each.)
    executor();
    let log = Rc::new(RefCell::new(Vec::new()));
    queue(&log, 20);
    let seen = parts_per_frame(|| log.borrow().len()).await;
    assert_eq!(*log.borrow(), (0..20).collect::<Vec<_>>());
    assert!(
        seen.windows(2).any(|w| w[1] >= w[0] + 2),
        "one step per frame: {seen:?}"
    );
    assert_eq!(pending(), 0);
}

#[wasm_bindgen_test]
async fn the_steps_of_a_disposed_owner_never_run_and_are_not_pending() {
    executor();
    let log = Rc::new(RefCell::new(Vec::new()));
    let owner = Owner::new();
    owner.with(|| queue(&log, 3));
    let kept = Rc::new(RefCell::new(Vec::new()));
    queue(&kept, 1);
    assert_eq!(pending(), 4);
    owner.cleanup();
    assert_eq!(pending(), 1);
    settle().await;
    assert_eq!(*log.borrow(), Vec::<usize>::new());
    assert_eq!(*kept.borrow(), vec![0]);
    assert_eq!(pending(), 0);
}

#[wasm_bindgen_test]
async fn steps_still_run_when_no_frame_comes() {
    // A hidden page or an off-screen cross-origin frame renders no frames (its
    // animation frame callbacks never run): the queue falls back to a timer, so the
    // widget is still completed (and `data-ready` set).
    executor();
    let window = js_sys::global();
    let key = wasm_bindgen::JsValue::from_str("requestAnimationFrame");
    let raf = js_sys::Reflect::get(&window, &key).unwrap();
    let never = js_sys::Function::new_no_args("return 1");
    js_sys::Reflect::set(&window, &key, &never).unwrap();
    let log = Rc::new(RefCell::new(Vec::new()));
    queue(&log, 2);
    until("both steps, run by the fallback timer", || {
        log.borrow().len() == 2
    })
    .await;
    js_sys::Reflect::set(&window, &key, &raf).unwrap();
    assert_eq!(*log.borrow(), vec![0, 1]);
    assert_eq!(pending(), 0);
}

/// Asks to be told when instance `id` is complete: logs `(id, steps run by then)` in
/// `done`, and returns a promise of that moment.
fn complete(
    id: u32,
    done: &Rc<RefCell<Vec<(u32, usize)>>>,
    log: &Rc<RefCell<Vec<usize>>>,
) -> JsFuture {
    let (done, log) = (Rc::clone(done), Rc::clone(log));
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let (done, log) = (Rc::clone(&done), Rc::clone(&log));
        when_complete(id, move || {
            done.borrow_mut().push((id, log.borrow().len()));
            resolve.call0(&wasm_bindgen::JsValue::NULL).unwrap();
        });
    });
    JsFuture::from(p)
}

#[wasm_bindgen_test]
async fn each_instance_is_complete_once_its_own_steps_have_run() {
    // Issue 23: the loader polled a bundle-wide count of steps every 16 ms, so a widget's
    // `data-ready` waited for every other widget's build. Each instance is complete once
    // its own steps have run: a short build next to a long one is not held up by it.
    executor();
    let log = Rc::new(RefCell::new(Vec::new()));
    // Two instances' mounts, each under its own owner (as the registry mounts them).
    let (short, long) = (Owner::new(), Owner::new());
    short.with(|| as_instance(901, || queue(&log, 1)));
    long.with(|| as_instance(902, || queue_for(&log, 3, STEPS_MS)));
    assert_eq!((pending_for(901), pending_for(902)), (1, 3));
    let done = Rc::new(RefCell::new(Vec::new()));
    let first = complete(901, &done, &log);
    let second = complete(902, &done, &log);
    assert_eq!(*done.borrow(), vec![], "not before its steps");
    first.await.unwrap();
    second.await.unwrap();
    // The short one was complete after its one step, the long one after its third.
    assert_eq!(*done.borrow(), vec![(901, 1), (902, 4)]);
    assert_eq!((pending_for(901), pending_for(902)), (0, 0));
}

#[wasm_bindgen_test]
async fn an_instance_without_steps_is_complete_at_once_and_a_gone_one_never() {
    // (The loader marks the element in a task of its own after the call.)
    executor();
    let gone = Owner::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    gone.with(|| as_instance(904, || queue(&log, 2)));
    let done = Rc::new(RefCell::new(Vec::new()));
    let none = complete(903, &done, &log);
    let _never = complete(904, &done, &log);
    assert_eq!(*done.borrow(), vec![(903, 0)], "no step to wait for");
    // Unmounted (the registry forgets its waiters and drops its owner): never complete.
    forget(904);
    gone.cleanup();
    none.await.unwrap();
    settle().await;
    assert_eq!(*done.borrow(), vec![(903, 0)]);
    assert_eq!(*log.borrow(), Vec::<usize>::new());
    assert_eq!(pending_for(904), 0);
}
