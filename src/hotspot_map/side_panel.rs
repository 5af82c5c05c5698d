//! Beside the map (wide) or below it (narrow): the selected hotspot's card, or a hint
//! (none selected, its card loading, or unavailable). The card's body is fetched when
//! the selection or the language changes; it is static HTML rendered and escaped at
//! build time (see `data::card_html`): only the card's head is kept current here.
//!
//! A card or a hint is updated in place while the panel shows one (a new hotspot's
//! card keeps the focus on its close button; a hint that changes is announced). When a
//! card with the focus gives way to a hint (the next card loading), the focus waits on
//! the panel and goes to the next card's close button when it comes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::data::{card_html, Hotspot, HOTSPOTS};
use super::text as t;
use super::use_selection::Selection;
use super::words::MapWords;
use crate::attrs::Lang;
use crate::hooks::{effect, use_event_listener};
use crate::runtime::build::add;
use crate::runtime::dom::target_closest;

/// What the panel shows: nothing yet, a hint, or a card (its parts that change, and
/// its body's markup as last set).
enum Shown {
    Nothing,
    Hint(Element),
    Card([Element; 3], String),
}

/// Sets attribute `name` of `el` to `value`, or removes it for `None`.
fn set_or_remove(el: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Whether the focus is on `el` itself (`":focus"`) or inside it (`":focus-within"`).
fn has_focus(el: &Element, selector: &str) -> bool {
    el.matches(selector).unwrap_or(false)
}

/// Moves the focus to `el` (an element or a button of the panel).
fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Shows a hint in `side`: `text`; `status` announces it, `busy` says it is loading.
fn show_hint(side: &Element, shown: &mut Shown, text: &str, status: bool, busy: bool) {
    if !matches!(shown, Shown::Hint(_)) {
        // Regression (review of issue 25): the card's close button had the focus and
        // it fell to the page's <body> when the card gave way to a hint.
        if matches!(shown, Shown::Card(..)) && has_focus(side, ":focus-within") {
            let _ = side.set_attribute("tabindex", "-1");
            focus(side);
        }
        side.set_text_content(None);
        if let Some(p) = add(side, "p", &[("class", "hm-hint")]) {
            *shown = Shown::Hint(p);
        }
    }
    if let Shown::Hint(p) = shown {
        set_or_remove(p, "role", status.then_some("status"));
        set_or_remove(p, "aria-busy", busy.then_some("true"));
        if p.text_content().as_deref() != Some(text) {
            p.set_text_content(Some(text));
        }
    }
}

/// Builds an empty card in `side`: the section, its title, its close button and its
/// body.
fn new_card(side: &Element) -> Option<[Element; 3]> {
    side.set_text_content(None);
    let attrs = [
        ("class", "hm-card"),
        ("data-testid", "map-card"),
        ("aria-labelledby", "hm-title"),
    ];
    let section = add(side, "section", &attrs)?;
    let head = add(&section, "div", &[("class", "hm-card-head")])?;
    let title = add(&head, "p", &[("class", "hm-title"), ("id", "hm-title")])?;
    let attrs = [
        ("type", "button"),
        ("class", "ex-close hm-clear"),
        ("data-testid", "map-clear"),
    ];
    let clear = add(&head, "button", &attrs)?;
    add(&clear, "span", &[("aria-hidden", "true")])?.set_text_content(Some("×"));
    let body = add(&section, "div", &[("class", "hm-card-body")])?;
    Some([title, clear, body])
}

/// Shows hotspot `h`'s card in `side`, named `name`, in `lang`, with its `body`
/// (build-time HTML).
fn show_card(
    side: &Element,
    shown: &mut Shown,
    h: &Hotspot,
    (name, lang): (&str, Lang),
    body: &str,
) {
    if !matches!(shown, Shown::Card(..)) {
        let Some(parts) = new_card(side) else {
            return;
        };
        // The focus that waited on the panel for this card goes to its close button.
        if has_focus(side, ":focus") {
            focus(&parts[1]);
        }
        let _ = side.remove_attribute("tabindex");
        *shown = Shown::Card(parts, String::new());
    }
    let Shown::Card([title, clear, inner], html) = shown else {
        return;
    };
    if let Some(section) = title.closest(".hm-card").ok().flatten() {
        let _ = section.set_attribute("data-id", h.id);
    }
    if title.text_content().as_deref() != Some(name) {
        title.set_text_content(Some(name));
    }
    for attr in ["aria-label", "title"] {
        let _ = clear.set_attribute(attr, t::CLEAR.get(lang));
    }
    if html != body {
        inner.set_inner_html(body);
        body.clone_into(html);
    }
}

/// Shows the selected hotspot's card, or a hint, in `side`, kept current; a card that
/// cannot be had goes to `on_warn` (once per failure; the panel says it is
/// unavailable).
pub fn side_panel(
    side: &Element,
    selection: Selection,
    lang: Memo<Lang>,
    words: Memo<MapWords>,
    on_warn: Callback<String>,
) {
    let selected = selection.selected;
    // Each answer carries what it answers, so a card never shows another's body.
    let body = crate::data::load_signal(
        move || Some((lang.get(), selected.get().and_then(|i| HOTSPOTS.get(i))?.id)),
        |(l, id), done| card_html(l, id, Box::new(move |body| done((l, id, body)))),
    );
    effect(move || {
        if let Some(Some((_, _, Err(why)))) = body.get() {
            on_warn.run([why.as_str(), "; the card says it is unavailable."].concat());
        }
    });
    let (at, mut shown) = (side.clone(), Shown::Nothing);
    effect(move || {
        let (side, lang) = (&at, lang.get());
        let Some((i, h)) = selected.get().and_then(|i| Some((i, HOTSPOTS.get(i)?))) else {
            return show_hint(side, &mut shown, t::HINT.get(lang), false, false);
        };
        body.with(|b| match b.as_ref().and_then(Option::as_ref) {
            Some((l, id, Ok(html))) if *l == lang && *id == h.id => {
                let name = words.with(|w| w.name(i).to_owned());
                show_card(side, &mut shown, h, (&name, lang), html);
            }
            Some((l, id, Err(_))) if *l == lang && *id == h.id => {
                show_hint(side, &mut shown, t::UNAVAILABLE.get(lang), true, false);
            }
            _ => show_hint(side, &mut shown, t::LOADING.get(lang), true, true),
        });
    });
    // The card's close button clears the selection.
    use_event_listener(side, "click", move |ev| {
        if target_closest(ev, ".hm-clear").is_some() {
            selection.clear();
        }
    });
}
