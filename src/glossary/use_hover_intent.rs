//! `use_hover_intent`: a term's popover opens when the pointer rests on the word, not
//! when it passes over the text, and closes when it leaves the word and the popover;
//! crossing the gap between the two leaves the element that holds both and enters it
//! again before the close delay ends. A mouse only: a touch is a click.

use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, PointerEvent};

use super::use_popover::{Popover, Reason};
use crate::hooks::use_event_listener;

/// Delay before a hover opens the popover, so passing the pointer over text does not.
/// The one figure: the loader, which sees a hover before any wasm, passes on how long
/// the pointer has rested, and the rest of this delay is waited here.
pub const HOVER_OPEN: Duration = Duration::from_millis(300);
/// Delay before leaving the word or popover closes it, so the pointer can cross the gap.
pub const HOVER_CLOSE: Duration = Duration::from_millis(300);

/// Whether `ev` is a mouse's.
fn mouse(ev: &web_sys::Event) -> bool {
    ev.unchecked_ref::<PointerEvent>().pointer_type() == "mouse"
}

/// Opens `p` on a hover of `holder` (the element that holds the word and the popover),
/// closes a hover-opened one when the pointer leaves it.
pub fn use_hover_intent(holder: &HtmlElement, p: Popover) {
    use_event_listener(holder, "pointerenter", move |ev| {
        if !mouse(ev) || !p.entries.usable.get_untracked() {
            return;
        }
        if p.is_open.get_untracked() {
            p.timer.cancel();
        } else {
            hovered(p, Duration::ZERO);
        }
    });
    use_event_listener(holder, "pointerleave", move |ev| {
        if !mouse(ev) {
            return;
        }
        if !p.is_open.get_untracked() {
            p.timer.cancel();
        } else if p.reason() == Reason::Hover {
            p.timer.start(HOVER_CLOSE, move || p.close(false));
        }
    });
}

/// The pointer has rested on the word for `rested`: `p` opens once [`HOVER_OPEN`] has
/// passed, unless the pointer leaves first.
pub fn hovered(p: Popover, rested: Duration) {
    match HOVER_OPEN.checked_sub(rested).filter(|d| !d.is_zero()) {
        Some(rest) => p.timer.start(rest, move || p.open(Reason::Hover)),
        None => p.open(Reason::Hover),
    }
}
