//! `use_placement`: where a term's open popover sits: beside the word (below, or above
//! when there is more room), inside the viewport ([`place`]), measured again when the
//! page scrolls or resizes and when a card arrives after it opened; closed when the
//! word leaves the viewport. The place is written to the popover when it is measured
//! ([`show_place`]), not kept in a signal: nothing else reads it.

use leptos::prelude::*;
use web_sys::HtmlElement;

use super::placement::{place, Placement, Rect};
use super::use_popover::Popover;
use crate::hooks::effect;
use crate::runtime::dom::viewport;

/// Measures the word and the popover and places it; closes it if the word is out of
/// the viewport.
pub fn reposition(p: Popover) {
    let (Some(t), Some(pop)) = (p.trigger(), p.pop()) else {
        return;
    };
    let a = t.get_bounding_client_rect();
    let b = pop.get_bounding_client_rect();
    let (vw, vh) = viewport();
    if a.bottom() < 0.0 || a.top() > vh {
        p.close(false);
        return;
    }
    let anchor = Rect {
        x: a.left(),
        y: a.top(),
        w: a.width(),
        h: a.height(),
    };
    show_place(&pop, Some(&place(anchor, b.width(), b.height(), vw, vh)));
}

/// Writes `at` to the popover `pop`: its place as an inline `translate`, set through
/// the CSSOM (which a strict CSP allows, unlike a `style` attribute; not tachys's
/// `style:` directive, whose machinery cost 1.4 KB brotli of the glossary's wasm for
/// this one property), and its side as `data-side`. `None` (not measured yet) clears
/// both: the popover is unseen until it has a place.
pub fn show_place(pop: &HtmlElement, at: Option<&Placement>) {
    let style = HtmlElement::style(pop);
    let _ = match at {
        Some(at) => style.set_property("translate", &at.translate()),
        None => style.remove_property("translate").map(drop),
    };
    let _ = pop.set_attribute("data-side", at.map_or("", |at| at.side.as_str()));
}

/// Keeps `p`'s popover where [`reposition`] places it.
pub fn use_placement(p: Popover) {
    // A card that arrives after the popover opened (the entry was still loading) is
    // placed again.
    effect(move || {
        if p.entries.current().is_some() && p.is_open.get_untracked() {
            request_animation_frame(move || reposition(p));
        }
    });
}
