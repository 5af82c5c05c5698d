//! What the slider shows only behind its disclosures: each example's body (its text,
//! recommendations and sources) and the model's rules. They are one data file per
//! language, not in the slider's words, so that a page pays for them only when a reader
//! reaches for one: the pointer over the examples or the rules, focus in them, one of
//! them opened. Once the file has arrived, every example shown has its body, open or
//! closed (so the browser's find in page reaches them), and so has every example the
//! list shows later; the rules have their paragraphs. Opened before then, an example or
//! the rules show the words for waiting; if the file cannot be had, the words for
//! failing, with one warning, and only the next one opened asks again (passing over or
//! tabbing through them, or closing one, does not).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::attrs::Lang;
use crate::content::{ModelList, SLIDER_BODIES, SLIDER_EXAMPLES};
use crate::data::{list, request, strings};
use crate::hooks::{effect, use_capture_listener, use_event_listener};
use crate::runtime::host::Warn;

/// What the disclosures' file holds, in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parts {
    /// Each example's body HTML, in `SLIDER_EXAMPLES` order.
    pub html: Vec<String>,
    /// The model's lists (keys [`ModelList`]).
    pub lists: Vec<Vec<String>>,
}

/// What the slider has of the disclosures' file, in one language at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Bodies {
    /// Nothing asked for yet.
    #[default]
    None,
    /// Asked for in this language, not arrived.
    Asked(Lang),
    /// Arrived in this language.
    Arrived(Lang, Parts),
    /// Could not be had in this language (asked again when a disclosure is opened).
    Failed(Lang),
}

impl Bodies {
    /// Whether a reach in `lang` asks for the file: nothing asked or arrived in that
    /// language yet, or the last request in it failed and the reach `opens` one.
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
            Bodies::Arrived(l, parts) if *l == lang => Some(
                at.and_then(|i| parts.html.get(i))
                    .map(|h| h.as_str())
                    .ok_or(()),
            ),
            Bodies::Failed(l) if *l == lang => Some(Err(())),
            _ => None,
        }
    }

    /// List `key` of the model's description in `lang`, as [`Bodies::shown`] says.
    pub fn list(&self, lang: Lang, key: ModelList) -> Option<Result<Vec<String>, ()>> {
        match self {
            Bodies::Arrived(l, parts) if *l == lang => {
                Some(parts.lists.get(key.0).cloned().ok_or(()))
            }
            Bodies::Failed(l) if *l == lang => Some(Err(())),
            _ => None,
        }
    }
}

/// The slider's disclosures: what the file has given, in the language the slider shows.
#[derive(Clone, Copy)]
pub struct Disclosures {
    bodies: RwSignal<Bodies>,
    lang: Memo<Lang>,
    warn: StoredValue<Warn, LocalStorage>,
}

/// The disclosures of a slider shown in `lang`; a file that cannot be had is told to
/// `warn`, with why, once per request.
pub fn use_disclosures(lang: Memo<Lang>, warn: Warn) -> Disclosures {
    Disclosures {
        bodies: RwSignal::new(Bodies::None),
        lang,
        warn: StoredValue::new_local(warn),
    }
}

impl Disclosures {
    /// Asks for the file, unless it is here or on its way (`opens`: the reach opened a
    /// disclosure, which asks again after a failure).
    fn want(self, opens: bool) {
        let lang = self.lang.get_untracked();
        if !self.bodies.with_untracked(|b| b.should_ask(lang, opens)) {
            return;
        }
        self.bodies.set(Bodies::Asked(lang));
        let (kind, id) = SLIDER_BODIES;
        request(kind, lang.tag(), id, move |answer| {
            // A newer request (another language) is not overwritten by an older one,
            // and a slider gone meanwhile hears nothing.
            if self
                .bodies
                .try_with_untracked(|b| *b == Bodies::Asked(lang))
                != Some(true)
            {
                return;
            }
            self.bodies.set(match answer {
                Ok(obj) => Bodies::Arrived(
                    lang,
                    Parts {
                        html: strings(&list(&obj, "html")),
                        lists: list(&obj, "lists")
                            .iter()
                            .map(|l| l.dyn_into().map(|a| strings(&a)).unwrap_or_default())
                            .collect(),
                    },
                ),
                Err(why) => {
                    self.warn
                        .with_value(|warn| warn(&[why.as_str(), WHEN_FAILED].concat()));
                    Bodies::Failed(lang)
                }
            });
        });
    }

    /// Hears a reader reach for what is in `el`: the pointer over it, focus in it, a
    /// disclosure in it opened (closing one is no reach).
    pub fn reached_through(self, el: &Element) {
        use_event_listener(el, "pointerover", move |_| self.want(false));
        use_event_listener(el, "focusin", move |_| self.want(false));
        use_capture_listener(el, "toggle", move |event| {
            let opened = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|d| d.has_attribute("open"));
            if opened {
                self.want(true);
            }
        });
    }

    /// The examples of `list` (the `<ul>` of `<li data-id>` items the build wrote),
    /// reached through and given their bodies whenever the file's state changes; call
    /// [`Disclosures::fill`] after each rewrite of the list too.
    pub fn examples(self, list: &Element) {
        self.reached_through(list);
        let list = send_wrapper::SendWrapper::new(list.clone());
        effect(move || {
            self.bodies.track();
            self.fill(&list);
        });
    }

    /// Puts what has arrived into every example of `list` still without its body (and
    /// has those that failed wait again while the file is asked for anew).
    pub fn fill(self, list: &Element) {
        let lang = self.lang.get_untracked();
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
            self.bodies.with_untracked(|b| match b.shown(lang, &id) {
                Some(Ok(html)) => {
                    slot.set_inner_html(html);
                    let _ = slot.remove_attribute("aria-busy");
                }
                Some(Err(())) => show(&slot, false),
                None => show(&slot, true),
            });
        }
    }

    /// List `key` of the model's description as the rules show it: `Some(Ok(..))`
    /// once arrived, `Some(Err(()))` when the file failed, `None` while awaited
    /// (tracked).
    pub fn list(self, key: ModelList) -> Option<Result<Vec<String>, ()>> {
        let lang = self.lang.get();
        self.bodies.with(|b| b.list(lang, key))
    }
}

/// What a reader sees when the file cannot be had (after the loader's reason).
const WHEN_FAILED: &str = "; an opened example or the model's rules say they could not be loaded.";

/// Shows, of the build's two paragraphs in a body's slot (the words for waiting, then
/// for failing), the one for waiting or the one for failing, and says whether the slot
/// is busy.
pub fn show(slot: &Element, waiting: bool) {
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
            assert!(!Bodies::Arrived(Lang::Ja, Parts::default()).should_ask(Lang::Ja, opens));
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
        let b = Bodies::Arrived(
            Lang::Ja,
            Parts {
                html,
                lists: vec![vec!["a".into()]],
            },
        );
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
        // The model's lists, the same way.
        assert_eq!(
            b.list(Lang::Ja, ModelList(0)),
            Some(Ok(vec!["a".to_owned()]))
        );
        assert_eq!(b.list(Lang::Ja, ModelList(1)), Some(Err(())));
        assert_eq!(b.list(Lang::En, ModelList(0)), None);
    }
}
