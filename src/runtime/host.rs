//! A mounted element as the widgets see it: its attributes as signals, its language
//! and theme, warnings that name it, and events dispatched from it.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use crate::attrs::{excerpt, parse_theme, resolve_lang, Lang, Theme};

/// One attribute of the host element, as a signal (`None` when absent).
pub type AttrSignal = ArcRwSignal<Option<String>>;

/// The host element of a mounted widget and its attributes as signals.
#[derive(Clone)]
pub struct Host {
    /// The custom element itself (events are dispatched from it).
    pub element: SendWrapper<HtmlElement>,
    /// Its tag name, for warnings (`glossary-term`).
    pub tag: &'static str,
    /// Its own `lang` attribute.
    pub lang_attr: AttrSignal,
    /// The nearest ancestor's `lang` (through shadow roots), kept current by the loader.
    pub inherited_lang: AttrSignal,
    /// `theme`.
    pub theme_attr: AttrSignal,
    /// `term` (`glossary-term`).
    pub term_attr: AttrSignal,
    /// An author's own term (`glossary-term`): `definition`, `reading`, `source`.
    pub definition_attr: AttrSignal,
    /// `reading` (`glossary-term`).
    pub reading_attr: AttrSignal,
    /// `source` (`glossary-term`).
    pub source_attr: AttrSignal,
    /// `src` (`glossary-scope`): the URL of an author's glossary.
    pub src_attr: AttrSignal,
    /// `value` (`deterrence-slider`).
    pub value_attr: AttrSignal,
    /// `selected` (`hotspot-map`).
    pub selected_attr: AttrSignal,
    /// The reader's first intent on a glossary term (`hover`, `click`), set by the
    /// loader when it mounts the term on that intent; not an HTML attribute.
    pub intent: AttrSignal,
    /// The widget's public state (`el.value` of a slider), set by the widget.
    pub state: AttrSignal,
}

impl Host {
    /// Reads the element's current attributes into signals.
    pub fn new(element: HtmlElement, tag: &'static str, inherited_lang: Option<String>) -> Self {
        let read = |name: &str| ArcRwSignal::new(element.get_attribute(name));
        Host {
            lang_attr: read("lang"),
            inherited_lang: ArcRwSignal::new(inherited_lang),
            theme_attr: read("theme"),
            term_attr: read("term"),
            definition_attr: read("definition"),
            reading_attr: read("reading"),
            source_attr: read("source"),
            src_attr: read("src"),
            value_attr: read("value"),
            selected_attr: read("selected"),
            intent: ArcRwSignal::new(None),
            state: ArcRwSignal::new(None),
            element: SendWrapper::new(element),
            tag,
        }
    }

    /// Sets one attribute signal; unknown names are ignored.
    pub fn set(&self, name: &str, value: Option<String>) {
        let signal = match name {
            "lang" => &self.lang_attr,
            "inherited-lang" => &self.inherited_lang,
            "theme" => &self.theme_attr,
            "term" => &self.term_attr,
            "definition" => &self.definition_attr,
            "reading" => &self.reading_attr,
            "source" => &self.source_attr,
            "src" => &self.src_attr,
            "value" => &self.value_attr,
            "selected" => &self.selected_attr,
            "intent" => &self.intent,
            _ => return,
        };
        if signal.with_untracked(|v| v != &value) {
            signal.set(value);
        }
    }

    /// The language to render in, following `lang` and the ancestors; warns once per
    /// unusable `lang` value. Call inside the widget's reactive owner.
    pub fn lang(&self) -> Memo<Lang> {
        let own = self.lang_attr.clone();
        let inherited = self.inherited_lang.clone();
        let warn_own = self.lang_attr.clone();
        let this = self.clone();
        Effect::new(move |_| {
            warn_own.with(|raw| {
                if let Some(raw) = raw {
                    if resolve_lang(Some(raw), None).own_was_bad {
                        this.warn(&format!(
                            "lang=\"{}\" is not a language this widget has (ja, en); using the page's language or Japanese.",
                            excerpt(raw)
                        ));
                    }
                }
            });
        });
        Memo::new(move |_| {
            own.with(|o| inherited.with(|i| resolve_lang(o.as_deref(), i.as_deref()).lang))
        })
    }

    /// The colour scheme; warns once per unusable `theme` value.
    pub fn theme(&self) -> Memo<Theme> {
        let attr = self.theme_attr.clone();
        let warn_attr = self.theme_attr.clone();
        let this = self.clone();
        Effect::new(move |_| {
            warn_attr.with(|raw| {
                if let (Some(raw), Err(_)) = (raw, parse_theme(raw.as_deref())) {
                    this.warn(&format!(
                        "theme=\"{}\" is not one of auto, light, dark; using auto.",
                        excerpt(raw)
                    ));
                }
            });
        });
        Memo::new(move |_| attr.with(|raw| parse_theme(raw.as_deref()).unwrap_or_else(|t| t)))
    }

    /// Logs one `console.warn` naming this element.
    pub fn warn(&self, message: &str) {
        web_sys::console::warn_1(&JsValue::from_str(&format!("<{}>: {message}", self.tag)));
    }

    /// Dispatches a bubbling, composed `CustomEvent` named `name` with `detail` from the
    /// host element.
    pub fn dispatch(&self, name: &str, detail: &[(&str, JsValue)]) {
        super::dom::dispatch(&self.element, name, detail);
    }
}
