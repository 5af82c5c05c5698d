//! `<glossary-term term="id">word</glossary-term>`: the word, marked as a term, opens a
//! popover on hover (after a short delay), keyboard focus or tap. The popover stays
//! open while hovered, closes on Escape (focus returns to the word), on a pointer-down
//! elsewhere, or when focus leaves it; one is open at a time on the whole page.
//!
//! The loader makes the word an accessible trigger before any wasm and mounts this
//! view on the reader's first intent (pointer entering, focus, tap), into the element
//! that holds that trigger: the view adopts it ([`use_trigger`]) and adds the popover
//! beside it. The loader passes the intent on as the `intent` pseudo-attribute
//! ([`Intent`]), so the popover opens as if the full widget had been there all along.
//! The entry is fetched as data.

use std::any::Any;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use super::entry::{AuthorFile, Entry};
use super::term_popover::{popover_elements, term_popover};
use super::use_dismissal::use_dismissal;
use super::use_entries::use_entries;
use super::use_hover_intent::{hovered, use_hover_intent};
use super::use_placement::use_placement;
use super::use_popover::{use_popover, Reason, Report};
use super::use_trigger::use_trigger;
use crate::attrs::{Lang, Theme};
use crate::hooks::{effect, Derived};
use crate::runtime::build::add_child;
use crate::runtime::elements::glossary_term::{attr, detail, event, ELEMENT};
use crate::runtime::host::{Host, INTENT};
use crate::runtime::owned::owned;
use crate::runtime::registry::Widget;

/// `<glossary-term>` in the registry.
pub(crate) static WIDGET: Widget = Widget {
    element: &ELEMENT,
    mount,
};

/// The loader's trigger in `root` (`js/explainers.js`, `triggerTemplate`): the element
/// that holds it, and the word.
fn adopted(root: &HtmlElement) -> Option<(HtmlElement, HtmlElement)> {
    let holder = root.first_element_child()?;
    let word = holder.query_selector("[part=trigger]").ok()??;
    Some((holder.dyn_into().ok()?, word.dyn_into().ok()?))
}

/// The element → [`GlossaryTerm`] glue: its id from `term` (or an author's own entry
/// from `definition`, `reading`, `source`, with the `authors` feature), the loader's
/// trigger and `intent`, and `glossary-open` dispatched from the element when the
/// popover opens.
fn mount(host: Host, root: HtmlElement) -> Box<dyn Any> {
    let Some((holder, trigger)) = adopted(&root) else {
        host.warn("has no trigger to adopt (it is mounted by explainers.js); the word is shown as plain text.");
        return owned(move || {
            add_child(&root, "slot");
        });
    };
    owned(move || {
        let (lang, theme) = (host.lang(), host.theme());
        let (term_attr, definition) = (host.attr(attr::TERM), host.attr(attr::DEFINITION));
        // The loader only mounts terms whose id it knows (or that have their own
        // `definition`), and warns about the rest.
        let term = Derived::new(move || {
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
        let file: AuthorFile = super::author::file_of(&host.element).map(std::rc::Rc::from);
        #[cfg(not(feature = "authors"))]
        let file: AuthorFile = None;
        let intent = host.attr(INTENT);
        let intent = move || intent.with(|i| Intent::parse(i.as_deref()));
        let host_id = host.id;
        let events = host.clone();
        let on_open: Report = std::rc::Rc::new(move |term: String| {
            events.dispatch(
                event::GLOSSARY_OPEN,
                &detail::glossary_open::fields(JsValue::from_str(&term)),
            );
        });
        let on_warn: Report = std::rc::Rc::new(move |message: String| host.warn(&message));
        // The component runs here, in the owner; it renders nothing of its own.
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
                trigger=trigger
                holder=holder
            />
        };
    })
}

/// The reader's intent that made the loader mount a term (its `intent`
/// pseudo-attribute): the popover opens as if the widget had been there all along.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// The pointer has rested on the word this long (`hover 120`: milliseconds): the
    /// popover opens, hover-opened, once the hover delay has passed.
    Hover(Duration),
    /// The word has keyboard focus.
    Focus,
    /// The word was clicked or tapped: a popover that stays until dismissed.
    Click,
}

impl Intent {
    /// Reads the loader's `intent` (`hover` with the milliseconds the pointer has
    /// rested, `focus`, `click`); anything else is `None`.
    pub fn parse(raw: Option<&str>) -> Option<Intent> {
        match raw? {
            "focus" => Some(Intent::Focus),
            "click" => Some(Intent::Click),
            hover => {
                let rested = match hover.strip_prefix("hover")? {
                    "" => 0,
                    ms => millis(ms.strip_prefix(' ')?)?,
                };
                Some(Intent::Hover(Duration::from_millis(rested)))
            }
        }
    }
}

/// Whole milliseconds as the loader writes them (digits only), at most a minute.
fn millis(raw: &str) -> Option<u64> {
    let mut digits = raw
        .bytes()
        .map(|b| b.is_ascii_digit().then(|| u64::from(b - b'0')));
    let n = digits.try_fold(0u64, |n, d| Some((n * 10 + d?).min(60_000)))?;
    (!raw.is_empty()).then_some(n)
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

/// `<glossary-term>`: the word (the loader's trigger, adopted, around the element's own
/// text), marked as a term, and the popover that explains it.
#[component]
pub fn GlossaryTerm(
    /// The instance id: one popover is open at a time on the whole page.
    id: u32,
    /// The entry's id (`""` for an author's own term); `None`: the word is plain text.
    term: Derived<Option<String>>,
    /// An author's own entry (from the element's attributes), shown instead of a
    /// built-in one.
    own: impl Fn() -> Option<Entry> + 'static,
    /// The author's file (its scope's) whose entries this term shows before built-in ones.
    file: AuthorFile,
    /// The language to render in.
    lang: Derived<Lang>,
    /// The colour scheme.
    theme: Derived<Theme>,
    /// The reader's intent the term was mounted on, if any: it opens the popover. A
    /// derived signal (read in an effect, so a new intent opens it again).
    intent: impl Fn() -> Option<Intent> + 'static,
    /// The popover opened, on the entry with this id.
    on_open: Report,
    /// An entry cannot be had (an unknown id, or a file that cannot load): why, and
    /// what the reader sees instead (the word as plain text; for a related entry, the
    /// entry the popover opened on). Given once per failure.
    on_warn: Report,
    /// The word: the loader's trigger, which this view adopts.
    trigger: HtmlElement,
    /// The element that holds the word, and the popover this view adds: the word and
    /// the popover share its listeners.
    holder: HtmlElement,
) -> impl IntoView {
    // Outside a document (never in a browser) the word stays as the loader made it.
    let Some((desc, pop)) = popover_elements(&holder) else {
        return;
    };
    let entries = use_entries(term, own, file, lang, on_warn);
    let elements = (trigger.clone(), pop.clone());
    let popover = use_popover(id, entries, holder.clone(), elements, on_open);
    use_trigger(&trigger, &holder, popover, lang, theme);
    use_hover_intent(&holder, popover);
    use_dismissal(&holder, popover);
    use_placement(popover);
    term_popover(&desc, &pop, popover);
    // The reader's first intent, passed on by the loader when it mounted this view.
    effect(move || match intent() {
        Some(Intent::Hover(rested)) => hovered(popover, rested),
        Some(Intent::Focus) => popover.open(Reason::Focus),
        Some(Intent::Click) => popover.open(Reason::Click),
        None => {}
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loaders_intent() {
        let ms = Duration::from_millis;
        assert_eq!(Intent::parse(Some("hover")), Some(Intent::Hover(ms(0))));
        assert_eq!(
            Intent::parse(Some("hover 120")),
            Some(Intent::Hover(ms(120)))
        );
        assert_eq!(
            Intent::parse(Some("hover 99999999999")),
            Some(Intent::Hover(ms(60_000)))
        );
        assert_eq!(Intent::parse(Some("hover -5")), None);
        assert_eq!(Intent::parse(Some("hover 1.5")), None);
        assert_eq!(Intent::parse(Some("hover ")), None);
        assert_eq!(Intent::parse(Some("hover soon")), None);
        assert_eq!(Intent::parse(Some("hovering")), None);
        assert_eq!(Intent::parse(Some("focus")), Some(Intent::Focus));
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
