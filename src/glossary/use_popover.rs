//! `use_popover`: whether a term's popover is open, why, and the calls that open and
//! close it. One is open at a time on the whole page ([`open_state`]); while this one
//! is, it is in the top layer, the page-level listeners act on it, and `glossary-open`
//! has been announced.

use std::rc::Rc;

use leptos::prelude::*;
use web_sys::HtmlElement;

use super::open_state::{self, Active};
use super::use_entries::Entries;
use super::use_placement::{reposition, show_place};
use crate::hooks::{effect, use_timeout, Derived, UseTimeout};
use crate::runtime::dom::call0;

/// Why the popover is open: a hover-opened one closes when the pointer leaves; a
/// clicked or tapped one stays until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The pointer rested on the word.
    Hover,
    /// The word took keyboard focus.
    Focus,
    /// The word was clicked, tapped, or pressed with Enter or Space.
    Click,
}

/// Where a term's popover tells what happened: the id of the entry it opened on, or a
/// warning (one reference-counted closure type for both, not a `Callback` each).
pub type Report = Rc<dyn Fn(String)>;

/// A term's popover.
#[derive(Clone, Copy)]
pub struct Popover {
    /// The term's instance id.
    id: u32,
    /// Which popover is open on the page.
    open_id: RwSignal<Option<u32>>,
    /// Whether this one is open (tracked).
    pub is_open: Derived<bool>,
    /// Why it is open.
    reason: StoredValue<Reason>,
    /// The hover delays' timer: one at a time.
    pub timer: UseTimeout,
    /// The word (the loader's trigger, adopted) and the popover.
    elements: StoredValue<(HtmlElement, HtmlElement), LocalStorage>,
    /// The entries it shows.
    pub entries: Entries,
    /// Set from following a related entry (or going back) until the new card has its
    /// focus: focus leaving with the old card's button is not the reader leaving.
    pub following: StoredValue<bool>,
    /// Set while [`Popover::close`] hands focus back to the word, so that focus does not
    /// reopen it.
    refocusing: StoredValue<bool>,
}

/// The popover `pop` of instance `id`, showing `entries`; `holder` is the element that
/// holds the word `trigger` and the popover, `on_open` hears the id of the entry it
/// opened on.
pub fn use_popover(
    id: u32,
    entries: Entries,
    holder: HtmlElement,
    (trigger, pop): (HtmlElement, HtmlElement),
    on_open: Report,
) -> Popover {
    let open_id = RwSignal::from(open_state::open_signal());
    let usable = entries.usable;
    let p = Popover {
        id,
        open_id,
        is_open: Derived::new(move || open_id.get() == Some(id) && usable.get()),
        reason: StoredValue::new(Reason::Click),
        timer: use_timeout(),
        elements: StoredValue::new_local((trigger, pop)),
        entries,
        following: StoredValue::new(false),
        refocusing: StoredValue::new(false),
    };
    // Unmounted while open: the page-level listeners go with it.
    on_cleanup(move || open_state::clear_active(id));
    // Sync the open state with the outside world: the top layer, the page-level
    // listeners and the `glossary-open` event.
    let mut was_open = None::<bool>;
    effect(move || {
        let now_open = p.is_open.get();
        let before = was_open.replace(now_open);
        let Some(pop) = p.pop() else {
            return;
        };
        if now_open && before != Some(true) {
            call0(&pop, "showPopover");
            open_state::set_active(Active {
                id,
                holder: holder.clone(),
                close: Rc::new(move |refocus| p.close(refocus)),
                reposition: Rc::new(move || reposition(p)),
            });
            request_animation_frame(move || reposition(p));
            on_open(p.entries.shown_id());
        } else if !now_open && before == Some(true) {
            call0(&pop, "hidePopover");
            show_place(&pop, None);
        }
    });
    p
}

impl Popover {
    /// Opens it (for `why`), on the term's own entry if it was not open.
    pub fn open(self, why: Reason) {
        self.timer.cancel();
        if self.open_id.try_get_untracked().flatten() != Some(self.id) {
            self.entries.shown.try_set(None);
            if let Some(pop) = self.pop() {
                show_place(&pop, None);
            }
        }
        self.reason.try_set_value(why);
        self.open_id.try_set(Some(self.id));
    }

    /// Closes it; `refocus` hands keyboard focus back to the word.
    pub fn close(self, refocus: bool) {
        self.timer.cancel();
        open_state::clear_active(self.id);
        if refocus {
            if let Some(t) = self.trigger() {
                self.refocusing.try_set_value(true);
                let _ = t.focus();
                self.refocusing.try_set_value(false);
            }
        }
    }

    /// A click on the word: closes a clicked-open popover, else opens it as clicked.
    pub fn toggle(self) {
        if self.is_open.get_untracked() && self.reason() == Reason::Click {
            self.close(false);
        } else {
            self.open(Reason::Click);
        }
    }

    /// The word, while the popover's instance lives.
    pub fn trigger(self) -> Option<HtmlElement> {
        self.elements.try_with_value(|(t, _)| t.clone())
    }

    /// The popover element, while its instance lives.
    pub fn pop(self) -> Option<HtmlElement> {
        self.elements.try_with_value(|(_, p)| p.clone())
    }

    /// Why it is open (or was, last).
    pub fn reason(self) -> Reason {
        self.reason.get_value()
    }

    /// Whether focus is being handed back to the word by [`Popover::close`].
    pub fn refocusing(self) -> bool {
        self.refocusing.get_value()
    }
}
