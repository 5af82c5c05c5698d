//! `use_placement`: where a term's open popover sits: beside the word (below, or above
//! when there is more room), inside the viewport ([`place`]), measured again when the
//! page scrolls or resizes and when a card arrives after it opened; closed when the
//! word leaves the viewport.

use leptos::prelude::*;
use web_sys::HtmlElement;

use super::placement::{place, Rect};
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
    p.placement
        .try_set(Some(place(anchor, b.width(), b.height(), vw, vh)));
}

/// Keeps `p`'s popover where [`reposition`] places it.
pub fn use_placement(p: Popover) {
    // The popover's place: an inline `translate`, set through the CSSOM (which a strict
    // CSP allows, unlike a `style` attribute). Not tachys's `style:` directive, whose
    // machinery cost 1.4 KB brotli of the glossary's wasm for this one property.
    effect(move || {
        let to = p.placement.get().map(|at| at.translate());
        if let Some(pop) = p.pop() {
            let style = HtmlElement::style(&pop);
            let _ = match to {
                Some(t) => style.set_property("translate", &t),
                None => style.remove_property("translate").map(drop),
            };
        }
    });
    // A card that arrives after the popover opened (the entry was still loading) is
    // placed again.
    effect(move || {
        if p.entries.current().is_some() && p.is_open.get_untracked() {
            request_animation_frame(move || reposition(p));
        }
    });
}
