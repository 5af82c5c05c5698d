//! Browser tests of `hooks::Derived` (a value computed from signals when read, which the
//! glossary uses instead of memos) and of what keeps the effects that read one from
//! doing their work again when only what it is derived from changed:
//! `hooks::attribute_effect` and `data::load_signal`'s key.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use common::*;
use explainers::data::load_signal;
use explainers::hooks::{attribute_effect, effect, Derived};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_derived_value_follows_its_signals_and_reads_the_default_once_its_owner_is_gone() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let (n, even) = owner.with(|| {
        let n = RwSignal::new(1);
        (n, Derived::new(move || n.get() % 2 == 0))
    });
    assert!(!even.get());
    n.set(4);
    assert!(even.get());
    let seen = Rc::new(RefCell::new(Vec::new()));
    let log = Rc::clone(&seen);
    owner.with(|| effect(move || log.borrow_mut().push(even.get())));
    settle().await;
    n.set(7);
    settle().await;
    assert_eq!(*seen.borrow(), vec![true, false]);
    drop(owner);
    assert!(!even.get(), "a disposed value reads as the default");
}

// The popover's `aria-expanded` and `data-open` are derived from the page-wide open
// term: every term's effect runs again when any popover opens, and must not set its
// attribute again (a mutation for every term on the page).
#[wasm_bindgen_test]
async fn an_attribute_is_set_only_when_its_value_changes() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let el = common::document().create_element("span").unwrap();
    let open = RwSignal::new(None::<u32>);
    let is_open = Derived::new(move || open.get() == Some(1));
    let records = Rc::new(Cell::new(0u32));
    let count = Rc::clone(&records);
    let observe =
        wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |r: js_sys::Array| {
            count.set(count.get() + r.length())
        });
    let observer = web_sys::MutationObserver::new(observe.as_ref().unchecked_ref()).unwrap();
    let init = web_sys::MutationObserverInit::new();
    init.set_attributes(true);
    observer.observe_with_options(&el, &init).unwrap();
    let owner = Owner::new();
    owner.with(|| {
        attribute_effect(&el, "aria-expanded", move || {
            if is_open.get() {
                "true"
            } else {
                "false"
            }
        })
    });
    settle().await;
    assert_eq!(el.get_attribute("aria-expanded").as_deref(), Some("false"));
    open.set(Some(2));
    settle().await;
    open.set(Some(3));
    settle().await;
    open.set(Some(1));
    settle().await;
    assert_eq!(el.get_attribute("aria-expanded").as_deref(), Some("true"));
    let _ = observer.take_records();
    settle().await;
    observer.disconnect();
    assert_eq!(
        records.get(),
        2,
        "set once at first and once when it changed"
    );
}

// Regression: with the glossary's language and term derived, not memoised, an
// attribute change that leaves them as they were (a page `lang` the term does not
// follow) made the term load its entry again.
#[wasm_bindgen_test]
async fn a_key_recomputed_to_the_same_value_loads_nothing() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let raw = RwSignal::new("ja".to_string());
    let loads = Rc::new(Cell::new(0u32));
    let counted = Rc::clone(&loads);
    let value = owner.with(|| {
        let lang = Derived::new(move || if raw.get() == "en" { "en" } else { "ja" });
        load_signal(
            move || Some(lang.get()),
            move |k: &'static str, done| {
                counted.set(counted.get() + 1);
                done(Ok::<usize, String>(k.len()));
            },
        )
    });
    settle().await;
    assert_eq!(loads.get(), 1);
    raw.set("xx".into());
    settle().await;
    raw.set("ja-JP".into());
    settle().await;
    assert_eq!(loads.get(), 1, "the key stayed `ja`");
    raw.set("en".into());
    settle().await;
    assert_eq!(loads.get(), 2);
    assert_eq!(value.get_untracked(), Some(Some(Ok(2))));
    drop(owner);
}

// The reviewer's case: a related entry that failed to load is retried when the reader
// asks for it again (the same key), as the loader fetches a failed file again.
#[wasm_bindgen_test]
async fn a_failed_load_is_retried_when_its_key_is_asked_for_again() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let shown = RwSignal::new(Some("y"));
    let loads = Rc::new(Cell::new(0u32));
    let counted = Rc::clone(&loads);
    let value = owner.with(|| {
        load_signal(
            move || shown.get(),
            move |k: &'static str, done| {
                counted.set(counted.get() + 1);
                done(if counted.get() == 1 {
                    Err("offline".to_string())
                } else {
                    Ok(k)
                });
            },
        )
    });
    settle().await;
    assert_eq!(
        value.get_untracked(),
        Some(Some(Err("offline".to_string())))
    );
    shown.set(Some("y"));
    settle().await;
    assert_eq!(loads.get(), 2, "asked again after a failure");
    assert_eq!(value.get_untracked(), Some(Some(Ok("y"))));
    shown.set(Some("y"));
    settle().await;
    assert_eq!(loads.get(), 2, "not again after a success");
    drop(owner);
}
