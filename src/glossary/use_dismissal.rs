//! `use_dismissal`: the ways a reader closes a term's popover besides the word itself:
//! Escape (focus returns to the word), and focus leaving the word and the popover. A
//! pointer-down elsewhere on the page, and Escape there, are the page-level listeners'
//! ([`open_state`](super::open_state)), installed while a popover is open.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{FocusEvent, HtmlElement, KeyboardEvent, Node};

use super::use_popover::{Popover, Reason};
use crate::hooks::use_event_listener;

/// Closes `p` on Escape in `holder` (the element that holds the word and the popover)
/// and when focus leaves `holder`, unless it was opened by a hover or focus is only
/// moving to a related entry's card.
pub fn use_dismissal(holder: &HtmlElement, p: Popover) {
    use_event_listener(holder, "keydown", move |ev| {
        let ev = ev.unchecked_ref::<KeyboardEvent>();
        if ev.key() == "Escape" && p.is_open.get_untracked() {
            ev.stop_propagation();
            p.close(true);
        }
    });
    let within = holder.clone();
    use_event_listener(holder, "focusout", move |ev| {
        let inside = ev
            .unchecked_ref::<FocusEvent>()
            .related_target()
            .and_then(|t| t.dyn_into::<Node>().ok())
            .is_some_and(|n| within.contains(Some(&n)));
        let leaving = !inside && !p.following.get_value();
        if leaving && p.is_open.get_untracked() && p.reason() != Reason::Hover {
            p.close(false);
        }
    });
}
