//! Browser tests of `hooks::later`, the queue that spreads a widget's build steps over
//! the frames after its mount: order, pacing, no frame at all, and steps whose owner
//! has gone.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use common::*;
use explainers::hooks::later::STEPS_MS;
use explainers::hooks::{later, pending};
use leptos::prelude::Owner;
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
