//! `use_trigger`: the word, as the loader built it before any wasm (`js/explainers.js`,
//! `triggerTemplate`, the one place its markup is written: a `role="button"` span around
//! the element's own text, in the element that also holds the popover) and the mounted
//! term adopted: the same element, so focus, the pointer's place and the reader's
//! intent carry over. Here the word gets what the popover adds to it (`aria-controls`,
//! `aria-describedby`, `aria-expanded` kept current), its holder the language and the
//! colour scheme, and it opens the popover on focus and toggles it on a click, a tap,
//! Enter or Space. While the term has no entry to show, the word is plain text: the
//! trigger steps aside for the text it holds, and comes back with an entry.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use super::use_popover::{Popover, Reason};
use crate::attrs::{Lang, Theme};
use crate::hooks::{attribute_effect, effect, use_event_listener, Derived};

/// Adopts `trigger`, the loader's word in `holder`, for popover `p`, in `lang` and
/// `theme`.
pub fn use_trigger(
    trigger: &HtmlElement,
    holder: &HtmlElement,
    p: Popover,
    lang: Derived<Lang>,
    theme: Derived<Theme>,
) {
    let _ = trigger.set_attribute("aria-controls", "gx-pop");
    let _ = trigger.set_attribute("aria-describedby", "gx-desc");
    attribute_effect(trigger, "aria-expanded", move || {
        if p.is_open.get() {
            "true"
        } else {
            "false"
        }
    });
    attribute_effect(holder, "lang", move || lang.get().tag());
    attribute_effect(holder, "data-theme", move || theme.get().as_str());
    plain_text_without_entry(trigger, p);
    // A pointer-down's focus is a click's: the click toggles.
    let pointer_down = StoredValue::new(false);
    use_event_listener(trigger, "pointerdown", move |_| {
        pointer_down.set_value(true)
    });
    use_event_listener(trigger, "focus", move |_| {
        if !pointer_down.get_value() && !p.refocusing() && !p.is_open.get_untracked() {
            p.open(Reason::Focus);
        }
    });
    use_event_listener(trigger, "click", move |_| {
        if p.entries.usable.get_untracked() {
            pointer_down.set_value(false);
            p.toggle();
        }
    });
    use_event_listener(trigger, "keydown", move |ev| {
        let ev = ev.unchecked_ref::<KeyboardEvent>();
        let key = ev.key();
        if (key == "Enter" || key == " ") && p.entries.usable.get_untracked() {
            ev.prevent_default();
            p.toggle();
        }
    });
}

/// While `p` has no entry to show, `trigger` gives its place to the `<slot>` it holds
/// (the word as plain text), and takes it back when an entry comes.
fn plain_text_without_entry(trigger: &HtmlElement, p: Popover) {
    let Some(slot) = trigger.query_selector("slot").ok().flatten() else {
        return;
    };
    let word: Element = trigger.clone().into();
    effect(move || {
        let usable = p.entries.usable.get();
        let placed = word.parent_node().is_some();
        if usable && !placed {
            let _ = slot.replace_with_with_node_1(&word);
            let _ = word.append_child(&slot);
        } else if !usable && placed {
            let _ = word.replace_with_with_node_1(&slot);
        }
    });
}
