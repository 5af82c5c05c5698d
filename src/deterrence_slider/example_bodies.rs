//! The examples' bodies (their text, recommendations and sources): one data file per
//! language, not in the slider's words, so that a page pays for it only when a reader
//! reaches for an example. The list asks for it at the first sign of that (the pointer
//! over the list, focus in it, an example opened); once it has arrived, every example
//! in the list has its body, open or closed (so the browser's find in page reaches
//! them), and so has every example the list shows later. An example opened before then
//! shows the words for waiting the build put in it; if the file cannot be had, the
//! words for failing, with one warning, and only the next example opened asks again
//! (passing over or tabbing through the titles, or closing one, does not).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::attrs::Lang;
use crate::content::{SLIDER_BODIES, SLIDER_EXAMPLES};
use crate::data::{list, request, strings};
use crate::hooks::{use_capture_listener, use_event_listener};

/// What the slider has of its examples' bodies, in one language at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Bodies {
    /// Nothing asked for yet.
    #[default]
    None,
    /// Asked for in this language, not arrived.
    Asked(Lang),
    /// Arrived in this language: each example's body HTML, in `SLIDER_EXAMPLES` order.
    Arrived(Lang, Vec<String>),
    /// Could not be had in this language (asked again when an example is opened).
    Failed(Lang),
}

impl Bodies {
    /// Whether a reach in `lang` asks for the file: nothing asked or arrived in that
    /// language yet, or the last request in it failed and the reach `opens` an example.
    pub fn should_ask(&self, lang: Lang, opens: bool) -> bool {
        match self {
            Bodies::Asked(l) | Bodies::Arrived(l, _) => *l != lang,
            Bodies::Failed(l) => *l != lang || opens,
            Bodies::None => true,
        }
    }

    /// What an example shows in `lang`: `Some(Ok(html))` once its body has arrived,
    /// `Some(Err(()))` when the file failed, `None` while it is awaited.
    pub fn shown(&self, lang: Lang, id: &str) -> Option<Result<&str, ()>> {
        let at = SLIDER_EXAMPLES.iter().position(|e| e.id == id);
        match self {
            Bodies::Arrived(l, html) if *l == lang => {
                Some(at.and_then(|i| html.get(i)).map(|h| h.as_str()).ok_or(()))
            }
            Bodies::Failed(l) if *l == lang => Some(Err(())),
            _ => None,
        }
    }
}

/// Where a warning goes (the slider's host element names itself in it).
pub type Warn = std::rc::Rc<dyn Fn(&str)>;

/// Gives the examples in `list_el` (the `<ul>` of `<li data-id>` items the build wrote)
/// their bodies as readers reach for them; `lang` is the language of the items; a file
/// that cannot be had is told to `warn`, with why, once per request. Returns what puts
/// the bodies that have arrived into the examples: call it after each rewrite of the
/// list.
pub fn use_example_bodies(
    list_el: &Element,
    lang: impl Fn() -> Lang + Copy + 'static,
    warn: Warn,
) -> impl Fn() + Copy + 'static {
    let bodies = StoredValue::new(Bodies::None);
    let ctx = StoredValue::new_local((list_el.clone(), warn));
    let fill = move || ctx.with_value(|(el, _)| put_bodies(el, lang(), bodies));
    let want = move |opens: bool| {
        let lang = lang();
        if !bodies.with_value(|b| b.should_ask(lang, opens)) {
            return;
        }
        bodies.set_value(Bodies::Asked(lang));
        // Examples that said they could not be loaded wait again.
        ctx.with_value(|(el, _)| show_waiting(el));
        let (kind, id) = SLIDER_BODIES;
        request(kind, lang.tag(), id, move |answer| {
            // A newer request (another language) is not overwritten by an older one,
            // and a slider gone meanwhile hears nothing.
            if bodies.try_with_value(|b| *b == Bodies::Asked(lang)) != Some(true) {
                return;
            }
            bodies.set_value(match answer {
                Ok(obj) => Bodies::Arrived(lang, strings(&list(&obj, "html"))),
                Err(why) => {
                    ctx.with_value(|(_, warn)| warn(&[why.as_str(), WHEN_FAILED].concat()));
                    Bodies::Failed(lang)
                }
            });
            fill();
        });
    };
    use_event_listener(list_el, "pointerover", move |_| want(false));
    use_event_listener(list_el, "focusin", move |_| want(false));
    use_capture_listener(list_el, "toggle", move |event| {
        // Only an example opened is a reach (closing one asks for nothing).
        let opened = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|d| d.has_attribute("open"));
        if opened {
            want(true);
            fill();
        }
    });
    fill
}

/// What a reader sees when the bodies cannot be had (after the loader's reason).
const WHEN_FAILED: &str = "; an opened example says it could not be loaded.";

/// Puts what `bodies` has into every example of `list` still without its body.
fn put_bodies(list: &Element, lang: Lang, bodies: StoredValue<Bodies>) {
    let Ok(waiting) = list.query_selector_all(".ds-ex-body[aria-busy]") else {
        return;
    };
    for i in 0..waiting.length() {
        let Some(slot) = waiting.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let id = slot
            .closest("[data-id]")
            .ok()
            .flatten()
            .and_then(|li| li.get_attribute("data-id"))
            .unwrap_or_default();
        bodies.with_value(|b| match b.shown(lang, &id) {
            Some(Ok(html)) => {
                slot.set_inner_html(html);
                let _ = slot.remove_attribute("aria-busy");
            }
            Some(Err(())) => show(&slot, false),
            None => {}
        });
    }
}

/// Every example of `list` that said it could not be loaded, waiting again.
fn show_waiting(list: &Element) {
    let Ok(failed) = list.query_selector_all(".ds-ex-body[aria-busy=false]") else {
        return;
    };
    for i in 0..failed.length() {
        if let Some(slot) = failed.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            show(&slot, true);
        }
    }
}

/// Shows, of the build's two paragraphs in a body's slot (the words for waiting, then
/// for failing), the one for waiting or the one for failing, and says whether the slot
/// is busy.
fn show(slot: &Element, waiting: bool) {
    if let (Some(wait), Some(failed)) = (slot.first_element_child(), slot.last_element_child()) {
        let (shown, hidden) = if waiting {
            (wait, failed)
        } else {
            (failed, wait)
        };
        let _ = hidden.set_attribute("hidden", "");
        let _ = shown.remove_attribute("hidden");
    }
    let _ = slot.set_attribute("aria-busy", if waiting { "true" } else { "false" });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_id() -> &'static str {
        SLIDER_EXAMPLES.first().map(|e| e.id).unwrap_or("")
    }

    #[test]
    fn a_reach_asks_once_per_language_and_after_a_failure_only_when_it_opens_one() {
        for opens in [false, true] {
            assert!(Bodies::None.should_ask(Lang::Ja, opens));
            assert!(!Bodies::Asked(Lang::Ja).should_ask(Lang::Ja, opens));
            assert!(Bodies::Asked(Lang::Ja).should_ask(Lang::En, opens));
            assert!(!Bodies::Arrived(Lang::Ja, vec![]).should_ask(Lang::Ja, opens));
            assert!(Bodies::Failed(Lang::Ja).should_ask(Lang::En, opens));
        }
        // Regression (review): after a failure, every pointer or Tab over the titles
        // asked again and warned again.
        assert!(!Bodies::Failed(Lang::Ja).should_ask(Lang::Ja, false));
        assert!(Bodies::Failed(Lang::Ja).should_ask(Lang::Ja, true));
    }

    #[test]
    fn an_example_shows_its_own_body_in_its_own_language_only() {
        let html: Vec<String> = (0..SLIDER_EXAMPLES.len())
            .map(|i| format!("<p>{i}</p>"))
            .collect();
        let b = Bodies::Arrived(Lang::Ja, html);
        assert_eq!(b.shown(Lang::Ja, first_id()), Some(Ok("<p>0</p>")));
        assert_eq!(
            b.shown(Lang::En, first_id()),
            None,
            "another language waits"
        );
        assert_eq!(b.shown(Lang::Ja, "no-such-example"), Some(Err(())));
        assert_eq!(
            Bodies::Failed(Lang::Ja).shown(Lang::Ja, first_id()),
            Some(Err(()))
        );
        assert_eq!(Bodies::Asked(Lang::Ja).shown(Lang::Ja, first_id()), None);
    }
}
