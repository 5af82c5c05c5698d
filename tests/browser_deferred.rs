//! Browser tests of `<Deferred>`: its children are built in a later step, in its place
//! among its siblings, a `Deferred` inside another after it, and nothing is left behind
//! when the view goes, before or after its step.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use explainers::hooks::{pending, Deferred};
use leptos::either::Either;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<div>` in the body.
fn parent() -> HtmlElement {
    let div = common::document().create_element("div").unwrap();
    common::document()
        .body()
        .unwrap()
        .append_child(&div)
        .unwrap();
    div.dyn_into().unwrap()
}

/// The ids of `el`'s child elements, in order.
fn ids(el: &HtmlElement) -> Vec<String> {
    let children = el.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .map(|c| c.id())
        .collect()
}

#[wasm_bindgen_test]
async fn children_come_in_a_later_step_in_their_place() {
    // Issue 23: a widget's later parts were empty containers filled by steps defined
    // elsewhere in the component; a `Deferred` stands where its children go.
    let div = parent();
    let handle = mount_to(div.clone(), || {
        view! {
            <p id="a"></p>
            <Deferred>
                <p id="b"></p>
                <p id="c"></p>
            </Deferred>
            <p id="d"></p>
        }
    });
    assert_eq!(ids(&div), ["a", "d"]);
    assert_eq!(pending(), 1);
    settle().await;
    assert_eq!(ids(&div), ["a", "b", "c", "d"]);
    assert_eq!(pending(), 0);
    drop(handle);
    assert_eq!(div.child_nodes().length(), 0, "nothing left behind");
}

#[wasm_bindgen_test]
async fn a_deferred_inside_another_comes_in_the_step_after_it() {
    let div = parent();
    let handle = mount_to(div.clone(), || {
        view! {
            <Deferred>
                <p id="outer"></p>
                <Deferred>
                    <p id="inner"></p>
                </Deferred>
            </Deferred>
            <Deferred>
                <p id="next"></p>
            </Deferred>
        }
    });
    let seen = parts_per_frame(|| ids(&div).len()).await;
    assert_eq!(ids(&div), ["outer", "inner", "next"]);
    assert_eq!(seen.first(), Some(&0), "{seen:?}");
    drop(handle);
    assert_eq!(div.child_nodes().length(), 0);
}

#[wasm_bindgen_test]
async fn children_that_change_their_first_node_are_still_removed_whole() {
    // What a step built is the nodes after its own start marker: a first child that
    // replaces its node (a reactive branch) does not leave the rest behind.
    let div = parent();
    let flag = RwSignal::new(true);
    let handle = mount_to(div.clone(), move || {
        view! {
            <Deferred>
                {move || {
                    if flag.get() {
                        Either::Left(view! { <p id="first"></p> })
                    } else {
                        Either::Right(view! { <span id="other"></span> })
                    }
                }} <p id="last"></p>
            </Deferred>
        }
    });
    settle().await;
    assert_eq!(ids(&div), ["first", "last"]);
    flag.set(false);
    settle().await;
    assert_eq!(ids(&div), ["other", "last"]);
    drop(handle);
    assert_eq!(div.child_nodes().length(), 0);
}

#[wasm_bindgen_test]
async fn a_view_gone_before_its_step_builds_nothing() {
    let div = parent();
    let handle = mount_to(div.clone(), || {
        view! {
            <Deferred>
                <p id="late"></p>
            </Deferred>
        }
    });
    assert_eq!(pending(), 1);
    drop(handle);
    assert_eq!(pending(), 0, "its step is not counted");
    settle().await;
    assert_eq!(div.child_nodes().length(), 0);
}
