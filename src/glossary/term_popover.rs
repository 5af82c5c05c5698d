//! A term's popover in the page: the card of the entry shown (HTML built by
//! [`card_html`], its buttons handled by one click listener), and the word's definition,
//! hidden, for screen readers (`aria-describedby`).
//!
//! Two elements with fixed attributes and three values that change (the card, the
//! definition, the open state; the side is written with the place, by
//! [`show_place`](super::use_placement::show_place)): built with DOM calls and kept
//! current by [`effect`]s, not a `view!`, whose renderer and one render effect per
//! reactive attribute cost several KB of the glossary's wasm for these few lines.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::card::{card_html, Action, BUTTONS};
use super::use_popover::Popover;
use crate::hooks::{attribute_effect, effect, on_change, use_event_listener};
use crate::runtime::build::add_child;

/// The popover's fixed attributes, in the order they are set.
const POPOVER_ATTRIBUTES: [(&str, &str); 9] = [
    ("popover", "manual"),
    ("id", "gx-pop"),
    ("class", "gx-pop"),
    ("role", "dialog"),
    ("part", "popover"),
    ("data-testid", "glossary-popover"),
    ("aria-labelledby", "gx-title"),
    ("data-side", ""),
    ("data-open", "false"),
];

/// Adds the word's hidden description and the popover (in the top layer while open) to
/// `holder`, after the word, and returns them; both are removed with the current
/// reactive owner. `None` outside a document.
pub fn popover_elements(holder: &HtmlElement) -> Option<(Element, HtmlElement)> {
    let desc = add_child(holder, "span")?;
    let pop = add_child(holder, "div")?;
    let _ = desc.set_attribute("id", "gx-desc");
    let _ = desc.set_attribute("hidden", "");
    for (name, value) in POPOVER_ATTRIBUTES {
        let _ = pop.set_attribute(name, value);
    }
    Some((desc, pop.unchecked_into()))
}

/// Keeps the description `desc` and the popover `pop` of `p` current, and handles the
/// card's buttons.
pub fn term_popover(desc: &Element, pop: &Element, p: Popover) {
    keep_current(desc, pop, p);
    on_buttons(pop, p);
}

/// Keeps the description, the card and the popover's `data-open` current. An HTML
/// value is set only when it changes (setting it again would take the focus out of the
/// card).
fn keep_current(desc: &Element, pop: &Element, p: Popover) {
    let entries = p.entries;
    html_effect(desc, move || entries.definition_html());
    // The card, while the popover is open.
    html_effect(pop, move || {
        p.is_open
            .get()
            .then(|| entries.current())
            .flatten()
            .map(|t| card_html(&t, entries.on_base()))
            .unwrap_or_default()
    });
    attribute_effect(pop, "data-open", move || {
        if p.is_open.get() {
            "true"
        } else {
            "false"
        }
    });
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
                .pop()
                .and_then(|pop| pop.query_selector("#gx-title").ok().flatten())
            {
                if let Some(h) = title.dyn_ref::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    });
}

/// Sets `el`'s HTML to what `html` gives, now and whenever it changes ([`on_change`]).
fn html_effect(el: &Element, html: impl Fn() -> String + 'static) {
    let el = el.clone();
    on_change(html, move |now| el.set_inner_html(now));
}

/// A click on one of the card's buttons does what it says.
fn on_buttons(pop: &Element, p: Popover) {
    let entries = p.entries;
    use_event_listener(pop, "click", move |ev| {
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
    });
}
