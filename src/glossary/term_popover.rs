//! A term's popover in the view: the card of the entry shown (HTML built by
//! [`card_html`], its buttons handled by one click listener), and the word's definition,
//! hidden, for screen readers (`aria-describedby`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, MouseEvent};

use super::card::{card_html, Action, BUTTONS};
use super::use_popover::Popover;
use crate::hooks::effect;

/// The popover of `p` (in the top layer while open) and the word's hidden description.
#[component]
pub fn TermPopover(
    /// The popover's state.
    popover: Popover,
) -> impl IntoView {
    let (p, entries) = (popover, popover.entries);
    // The card, while the popover is open.
    let card = move || {
        p.is_open
            .get()
            .then(|| entries.current())
            .flatten()
            .map(|t| card_html(&t, entries.on_base()))
            .unwrap_or_default()
    };
    // The card followed to has been drawn: its title takes focus (the reader's place
    // in the popover), once it is the card asked for, or the entry it opened on when
    // that one cannot be had.
    effect(move || {
        let Some(entry) = entries.current() else {
            return;
        };
        if !p.following.get_value() || !entries.arrived(&entry) {
            return;
        }
        request_animation_frame(move || {
            p.following.try_set_value(false);
            super::use_placement::reposition(p);
            if let Some(title) = p
                .pop
                .get_untracked()
                .and_then(|pop| pop.query_selector("#gx-title").ok().flatten())
            {
                if let Some(h) = title.dyn_ref::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    });
    // A click on one of the card's buttons does what it says.
    let on_click = move |ev: MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(BUTTONS).ok().flatten());
        let Some(b) = button else {
            return;
        };
        let go = |to: Option<String>| {
            p.following.set_value(true);
            entries.shown.try_set(to);
        };
        match Action::of(&b.class_name(), b.get_attribute("data-term")) {
            Some(Action::Go(to)) => go(Some(to)),
            Some(Action::Back) => go(None),
            Some(Action::Close) => p.close(true),
            None => {}
        }
    };
    view! {
        <span id="gx-desc" hidden inner_html=move || entries.definition_html()></span>
        <div
            popover="manual"
            id="gx-pop"
            class="gx-pop"
            role="dialog"
            part="popover"
            data-testid="glossary-popover"
            aria-labelledby="gx-title"
            data-side=move || p.placement.get().map_or("", |at| at.side.as_str())
            data-open=move || if p.is_open.get() { "true" } else { "false" }
            node_ref=p.pop
            inner_html=card
            on:click=on_click
        ></div>
    }
}
