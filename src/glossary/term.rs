//! `<glossary-term term="id">word</glossary-term>`: the word, marked as a term, opens a
//! popover on hover (after a short delay), keyboard focus or tap. The popover stays
//! open while hovered, closes on Escape (focus returns to the word), on a pointer-down
//! elsewhere, or when focus leaves it; one is open at a time on the whole page.
//!
//! The loader makes the word an accessible trigger before any wasm and mounts this
//! view on the reader's first intent (pointer entering, focus, tap); it passes that
//! intent on as the `intent` pseudo-attribute (`hover`, `click`), so the popover opens
//! as if the full widget had been there all along. The entry is fetched as data.

use std::any::Any;
use std::rc::Rc;
use std::time::Duration;

use leptos::either::Either;
use leptos::html::{Div, Span};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{
    Element, Event, FocusEvent, HtmlElement, KeyboardEvent, MouseEvent, Node, PointerEvent,
};

use super::card::{card_html, text_html, Action, BUTTONS};
use super::entry::{entry_signal, load, AuthorFile, Entry};
use super::open_state::{self, Active};
use super::placement::{place, Placement, Rect};
use crate::attrs::{Lang, Theme};
use crate::data;
use crate::hooks::effect;
use crate::hooks::use_timeout;
use crate::runtime::dom::{call0, viewport};
use crate::runtime::elements::glossary_term::{attr, event, ELEMENT};
use crate::runtime::host::{Host, INTENT};
use crate::runtime::registry::Widget;

/// Delay before a hover opens the popover, so passing the pointer over text does not.
pub const HOVER_OPEN: Duration = Duration::from_millis(300);
/// Delay before leaving the word or popover closes it, so the pointer can cross the gap.
pub const HOVER_CLOSE: Duration = Duration::from_millis(300);

/// Why the popover is open: a hover-opened one closes when the pointer leaves; a
/// clicked or tapped one stays until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reason {
    Hover,
    Focus,
    Click,
}

/// `<glossary-term>` in the registry.
pub(crate) static WIDGET: Widget = Widget {
    element: &ELEMENT,
    mount,
};

/// The element → [`GlossaryTerm`] glue: its id from `term` (or an author's own entry
/// from `definition`, `reading`, `source`, with the `authors` feature), the loader's
/// `intent`, and `glossary-open` dispatched from the element when the popover opens.
fn mount(host: Host, root: HtmlElement) -> Box<dyn Any> {
    Box::new(mount_to(root, move || {
        let (lang, theme) = (host.lang(), host.theme());
        let (term_attr, definition) = (host.attr(attr::TERM), host.attr(attr::DEFINITION));
        // The loader only mounts terms whose id it knows (or that have their own
        // `definition`), and warns about the rest.
        let term = Memo::new(move |_| {
            term_attr.with(|t| definition.with(|d| term_id(t.as_deref(), d.as_deref())))
        });
        #[cfg(feature = "authors")]
        let own = {
            let own = super::inline::own_entry(&host, term, lang);
            move || own.get()
        };
        #[cfg(not(feature = "authors"))]
        let own = || None::<Entry>;
        #[cfg(feature = "authors")]
        let file: AuthorFile = super::author::file_of(&host.element).map(Rc::from);
        #[cfg(not(feature = "authors"))]
        let file: AuthorFile = None;
        let intent = host.attr(INTENT);
        let intent = move || intent.with(|i| Intent::parse(i.as_deref()));
        let host_id = host.id;
        let events = host.clone();
        let on_open = Callback::new(move |term: String| {
            events.dispatch(event::GLOSSARY_OPEN, &[("term", JsValue::from_str(&term))]);
        });
        let on_warn = Callback::new(move |message: String| host.warn(&message));
        view! {
            <GlossaryTerm
                id=host_id
                term=term
                own=own
                file=file
                lang=lang
                theme=theme
                intent=intent
                on_open=on_open
                on_warn=on_warn
            />
        }
    }))
}

/// The reader's intent that made the loader mount a term (its `intent`
/// pseudo-attribute): the popover opens as if the widget had been there all along.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// The pointer rested on the word: a hover-opened popover.
    Hover,
    /// The word was clicked or tapped: a popover that stays until dismissed.
    Click,
}

impl Intent {
    /// Reads the loader's `intent` (`hover`, `click`); anything else is `None`.
    pub fn parse(raw: Option<&str>) -> Option<Intent> {
        match raw {
            Some("hover") => Some(Intent::Hover),
            Some("click") => Some(Intent::Click),
            _ => None,
        }
    }
}

/// The id a term shows: its `term` (trimmed), else `""` for an author's own term (a
/// `definition` and no id), else `None` (nothing to show).
pub(crate) fn term_id(term: Option<&str>, definition: Option<&str>) -> Option<String> {
    term.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .or_else(|| {
            definition
                .is_some_and(|d| !d.trim().is_empty())
                .then(String::new)
        })
}

/// Why a loaded entry cannot be had, if it cannot.
fn failure(loaded: &data::Loaded<Result<Rc<Entry>, String>>) -> Option<String> {
    match loaded {
        Some(Some(Err(why))) => Some(why.clone()),
        _ => None,
    }
}

/// `<glossary-term>`: the word (the element's own text, through a slot), marked as a
/// term, and the popover that explains it.
#[component]
pub fn GlossaryTerm(
    /// The instance id: one popover is open at a time on the whole page.
    id: u32,
    /// The entry's id (`""` for an author's own term); `None`: the word is plain text.
    term: Memo<Option<String>>,
    /// An author's own entry (from the element's attributes), shown instead of a
    /// built-in one.
    own: impl Fn() -> Option<Entry> + 'static,
    /// The author's file (its scope's) whose entries this term shows before built-in ones.
    file: AuthorFile,
    /// The language to render in.
    lang: Memo<Lang>,
    /// The colour scheme.
    theme: Memo<Theme>,
    /// The reader's intent the term was mounted on, if any: it opens the popover. A
    /// derived signal (read in an effect, so a new intent opens it again).
    intent: impl Fn() -> Option<Intent> + 'static,
    /// The popover opened, on the entry with this id.
    on_open: Callback<String>,
    /// An entry cannot be had (an unknown id, or a file that cannot load): why, and
    /// what the reader sees instead (the word as plain text; for a related entry, the
    /// entry the popover opened on). Given once per failure.
    on_warn: Callback<String>,
) -> impl IntoView {
    let (base, inline) = (term, own);
    let open_id = RwSignal::from(open_state::open_signal());
    let shown = RwSignal::new(None::<String>);
    let base_file = file.clone();
    let base_entry = data::load_signal(
        move || Some((lang.get(), base.get()?, inline())),
        move |(lang, id, own), done| match own {
            Some(entry) => done(Ok(Rc::new(entry))),
            None => load(lang, id, base_file.clone(), done),
        },
    );
    let shown_entry = entry_signal(lang, move || shown.get(), file);
    // A term whose entry cannot be had (an unknown id set after mount, or a failed
    // load) is plain text; a related entry that cannot be had leaves the popover on
    // the entry it opened on. One warning each, saying why.
    let base_failed = Memo::new(move |_| base_entry.with(failure));
    let shown_failed = Memo::new(move |_| shown_entry.with(failure));
    effect(move || {
        if let Some(why) = base_failed.get() {
            on_warn.run([why.as_str(), "; the word is shown as plain text."].concat());
        }
    });
    effect(move || {
        if let Some(why) = shown_failed.get() {
            on_warn.run(
                [
                    why.as_str(),
                    "; the popover stays on the entry it opened on.",
                ]
                .concat(),
            );
        }
    });
    let usable =
        Memo::new(move |_| base.with(Option::is_some) && base_failed.with(Option::is_none));
    let is_open = Memo::new(move |_| open_id.get() == Some(id) && usable.get());
    let on_base = move || shown.with(Option::is_none) || shown_failed.with(Option::is_some);
    // The entry shown: the one asked for once it has arrived; until then the one shown
    // before stays, so the control the reader just used is not pulled from under them.
    let last = StoredValue::new_local(None::<Rc<Entry>>);
    let current = move || {
        let entry = if on_base() {
            base_entry.get()
        } else {
            shown_entry.get()
        };
        match entry.flatten() {
            Some(Ok(e)) => {
                last.set_value(Some(Rc::clone(&e)));
                Some(e)
            }
            _ => last.get_value(),
        }
    };
    // Set from following a related entry (or going back) until the new card has its
    // focus: focus leaving with the old card's button is not the reader leaving.
    let following = StoredValue::new(false);
    let reason = StoredValue::new(Reason::Click);
    let placement = RwSignal::new(None::<Placement>);
    let timer = use_timeout();
    let pointer_down = StoredValue::new(false);
    // Set while close() hands focus back to the word, so that focus does not reopen it.
    let refocusing = StoredValue::new(false);
    let trigger = NodeRef::<Span>::new();
    let pop = NodeRef::<Div>::new();
    let root = NodeRef::<Div>::new();

    let cancel_timer = move || timer.cancel();
    // Unmounted while open: the page-level listeners go with it.
    on_cleanup(move || open_state::clear_active(id));
    let open = move |why: Reason| {
        cancel_timer();
        if open_id.try_get_untracked().flatten() != Some(id) {
            shown.try_set(None);
            placement.try_set(None);
        }
        reason.try_set_value(why);
        open_id.try_set(Some(id));
    };
    let close = move |refocus: bool| {
        cancel_timer();
        open_state::clear_active(id);
        if refocus {
            if let Some(t) = trigger.get_untracked() {
                refocusing.try_set_value(true);
                let _ = t.focus();
                refocusing.try_set_value(false);
            }
        }
    };
    let later = move |delay: Duration, f: Box<dyn FnOnce()>| timer.start(delay, f);
    let reposition = move || {
        let (Some(t), Some(p)) = (trigger.get_untracked(), pop.get_untracked()) else {
            return;
        };
        let a = t.get_bounding_client_rect();
        let b = p.get_bounding_client_rect();
        let (vw, vh) = viewport();
        if a.bottom() < 0.0 || a.top() > vh {
            close(false);
            return;
        }
        let anchor = Rect {
            x: a.left(),
            y: a.top(),
            w: a.width(),
            h: a.height(),
        };
        placement.try_set(Some(place(anchor, b.width(), b.height(), vw, vh)));
    };

    // Sync the open state with the outside world: the top layer, the page-level
    // listeners and the `glossary-open` event.
    let mut was_open = None::<bool>;
    effect(move || {
        let now_open = is_open.get();
        let before = was_open.replace(now_open);
        let Some(p) = pop.get() else {
            return;
        };
        if now_open && before != Some(true) {
            call0(&p, "showPopover");
            if let Some(r) = root.get_untracked() {
                open_state::set_active(Active {
                    id,
                    holder: r.into(),
                    close: Rc::new(close),
                    reposition: Rc::new(reposition),
                });
            }
            request_animation_frame(reposition);
            let term = shown
                .get_untracked()
                .or_else(|| base.get_untracked())
                .unwrap_or_default();
            on_open.run(term);
        } else if !now_open && before == Some(true) {
            call0(&p, "hidePopover");
            placement.try_set(None);
        }
    });

    // The popover's place: an inline `translate`, set through the CSSOM (which a strict
    // CSP allows, unlike a `style` attribute). Not tachys's `style:` directive, whose
    // machinery cost 1.4 KB brotli of the glossary's wasm for this one property.
    effect(move || {
        let to = placement.get().map(|p| p.translate());
        if let Some(p) = pop.get() {
            let style = HtmlElement::style(&p);
            let _ = match to {
                Some(t) => style.set_property("translate", &t),
                None => style.remove_property("translate").map(drop),
            };
        }
    });

    // A card that arrives after the popover opened (the entry was still loading) is
    // placed again.
    effect(move || {
        if current().is_some() && is_open.get_untracked() {
            request_animation_frame(reposition);
        }
    });

    // The reader's first intent, passed on by the loader when it mounted this view.
    effect(move || match intent() {
        Some(Intent::Hover) => open(Reason::Hover),
        Some(Intent::Click) => open(Reason::Click),
        None => {}
    });

    let go = move |to: Option<String>| {
        following.set_value(true);
        shown.try_set(to);
    };
    // The card followed to has been drawn: its title takes focus (the reader's place
    // in the popover), once it is the card asked for, or the entry it opened on when
    // that one cannot be had.
    effect(move || {
        let Some(entry) = current() else {
            return;
        };
        let arrived = on_base() || shown.with(|s| s.as_deref() == Some(entry.id.as_str()));
        if !following.get_value() || !arrived {
            return;
        }
        request_animation_frame(move || {
            following.try_set_value(false);
            reposition();
            if let Some(title) = pop
                .get_untracked()
                .and_then(|p| p.query_selector("#gx-title").ok().flatten())
            {
                if let Some(h) = title.dyn_ref::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    });

    // The word and the popover share their listeners, on the root that holds both (the
    // popover is in the top layer, but still the root's child): fewer listeners, less
    // code. The node an event comes from (in the shadow root: the first of its
    // composed path), and whether it is in the popover:
    let origin = |ev: &Event| ev.composed_path().get(0);
    let in_pop = move |ev: &Event| {
        origin(ev)
            .dyn_into::<Node>()
            .ok()
            .zip(pop.get_untracked())
            .is_some_and(|(n, p)| p.contains(Some(&n)))
    };
    let toggle = move || {
        if is_open.get_untracked() && reason.get_value() == Reason::Click {
            close(false);
        } else {
            open(Reason::Click);
        }
    };
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Enter" | " " if usable.get_untracked() && !in_pop(&ev) => {
            ev.prevent_default();
            toggle();
        }
        "Escape" if is_open.get_untracked() => {
            ev.stop_propagation();
            close(true);
        }
        _ => {}
    };
    // Crossing the gap between the word and the popover leaves the root and enters it
    // again before the close delay ends.
    let hover_in = move |ev: PointerEvent| {
        if ev.pointer_type() != "mouse" || !usable.get_untracked() {
            return;
        }
        if is_open.get_untracked() {
            cancel_timer();
        } else {
            later(HOVER_OPEN, Box::new(move || open(Reason::Hover)));
        }
    };
    let hover_out = move |ev: PointerEvent| {
        if ev.pointer_type() != "mouse" {
            return;
        }
        if !is_open.get_untracked() {
            cancel_timer();
        } else if reason.get_value() == Reason::Hover {
            later(HOVER_CLOSE, Box::new(move || close(false)));
        }
    };
    let focus_out = move |ev: FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<Node>().ok())
            .zip(root.get_untracked())
            .is_some_and(|(n, r)| r.contains(Some(&n)));
        let leaving = !inside && !following.get_value();
        if leaving && is_open.get_untracked() && reason.get_value() != Reason::Hover {
            close(false);
        }
    };

    // The card, while the popover is open.
    let card = move || {
        let lang = lang.get();
        is_open
            .get()
            .then(current)
            .flatten()
            .map(|t| card_html(&t, lang, on_base()))
            .unwrap_or_default()
    };
    // A click on the word toggles the popover; one on a card's button does what it says.
    let on_click = move |ev: MouseEvent| {
        if !usable.get_untracked() {
            return;
        }
        if !in_pop(&ev) {
            pointer_down.set_value(false);
            return toggle();
        }
        let button = origin(&ev)
            .dyn_into::<Element>()
            .ok()
            .and_then(|t| t.closest(BUTTONS).ok().flatten());
        let Some(b) = button else {
            return;
        };
        match Action::of(&b.class_name(), b.get_attribute("data-term")) {
            Some(Action::Go(to)) => go(Some(to)),
            Some(Action::Back) => go(None),
            Some(Action::Close) => close(true),
            None => {}
        }
    };
    let definition = move || {
        base_entry.with(|e| match e {
            Some(Some(Ok(t))) => text_html(&t.definition),
            _ => String::new(),
        })
    };

    view! {
        <div
            class="ex-root gx"
            lang=move || lang.get().tag()
            data-theme=move || theme.get().as_str()
            node_ref=root
            on:focusout=focus_out
            on:keydown=on_key
            on:click=on_click
            on:pointerenter=hover_in
            on:pointerleave=hover_out
        >
            {move || {
                if !usable.get() {
                    return Either::Right(view! { <slot></slot> });
                }
                Either::Left(
                    view! {
                        <span
                            class="gx-term"
                            role="button"
                            tabindex="0"
                            part="trigger"
                            data-testid="glossary-trigger"
                            aria-haspopup="dialog"
                            aria-controls="gx-pop"
                            aria-describedby="gx-desc"
                            aria-expanded=move || if is_open.get() { "true" } else { "false" }
                            node_ref=trigger
                            on:pointerdown=move |_| pointer_down.set_value(true)
                            on:focus=move |_| {
                                if !pointer_down.get_value() && !refocusing.get_value()
                                    && !is_open.get_untracked()
                                {
                                    open(Reason::Focus);
                                }
                            }
                        >
                            <slot></slot>
                        </span>
                        <span id="gx-desc" hidden inner_html=definition></span>
                        <div
                            popover="manual"
                            id="gx-pop"
                            class="gx-pop"
                            role="dialog"
                            part="popover"
                            data-testid="glossary-popover"
                            aria-labelledby="gx-title"
                            data-side=move || placement.get().map_or("", |p| p.side.as_str())
                            data-open=move || if is_open.get() { "true" } else { "false" }
                            node_ref=pop
                            inner_html=card
                        ></div>
                    },
                )
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loaders_intent() {
        assert_eq!(Intent::parse(Some("hover")), Some(Intent::Hover));
        assert_eq!(Intent::parse(Some("click")), Some(Intent::Click));
        assert_eq!(Intent::parse(Some("Hover")), None);
        assert_eq!(Intent::parse(Some("")), None);
        assert_eq!(Intent::parse(None), None);
    }

    #[test]
    fn a_terms_id_or_an_authors_own_definition() {
        assert_eq!(
            term_id(Some(" deterrence "), None).as_deref(),
            Some("deterrence")
        );
        assert_eq!(term_id(Some("x"), Some("def")).as_deref(), Some("x"));
        assert_eq!(term_id(Some("  "), Some("def")).as_deref(), Some(""));
        assert_eq!(term_id(None, Some("def")).as_deref(), Some(""));
        assert_eq!(term_id(None, Some("  ")), None);
        assert_eq!(term_id(Some(""), None), None);
        assert_eq!(term_id(None, None), None);
    }
}
