//! A mounted element as its widget's mount (the registry entry) sees it: its attributes
//! as signals, its language and theme, warnings that name it, and events dispatched
//! from it. Components never see it: they get typed props.

use std::sync::Arc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use super::elements::{shared, Element, SHARED_ATTRIBUTES};
use crate::attrs::{excerpt, parse_theme, resolve_lang, Lang, Theme};
use crate::hooks::{effect, memo, Derived};

/// One attribute of the host element, as a signal (`None` when absent).
pub type AttrSignal = ArcRwSignal<Option<String>>;

/// Where a part of a widget that outlives a borrow of its host sends its warnings (a
/// closure over [`Host::warn`]).
pub type Warn = std::rc::Rc<dyn Fn(&str)>;

/// The loader's name for the nearest ancestor's `lang` (not an HTML attribute).
pub const INHERITED_LANG: &str = "inherited-lang";
/// The loader's name for the reader's first intent on a glossary term (`hover`,
/// `click`), sent when it mounts the term on that intent (not an HTML attribute).
pub const INTENT: &str = "intent";

/// A published property: its name and its value now (`None`: `null`).
#[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
type Published = (&'static str, Signal<Option<String>>);

/// Sets an attribute's signal to `value`, unless it already holds it.
pub fn set_attr(signal: &AttrSignal, value: Option<String>) {
    if signal.with_untracked(|v| v != &value) {
        signal.set(value);
    }
}

/// The host element of a mounted widget: its attributes as signals, and the properties
/// the widget publishes.
#[derive(Clone)]
pub struct Host {
    /// The custom element itself (events are dispatched from it).
    pub element: SendWrapper<HtmlElement>,
    /// Its tag name, for warnings (`glossary-term`).
    pub tag: &'static str,
    /// Its instance id (never 0), the registry's key.
    pub id: u32,
    /// Every attribute of the element ([`SHARED_ATTRIBUTES`], then its own), then
    /// [`INHERITED_LANG`] and [`INTENT`].
    attrs: Arc<Vec<(&'static str, AttrSignal)>>,
    /// What the widget publishes (`el.value`, `el.risk`, `el.selected`): only a slider
    /// or a map publishes properties.
    #[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
    props: ArcStoredValue<Vec<Published>>,
}

impl Host {
    /// Reads the current attributes of `element`, instance `id` (those `decl`
    /// declares), into signals.
    pub fn new(
        element: HtmlElement,
        decl: &'static Element,
        inherited_lang: Option<String>,
        id: u32,
    ) -> Self {
        let mut attrs: Vec<(&'static str, AttrSignal)> = SHARED_ATTRIBUTES
            .iter()
            .chain(decl.attributes)
            .map(|name| (*name, ArcRwSignal::new(element.get_attribute(name))))
            .collect();
        attrs.push((INHERITED_LANG, ArcRwSignal::new(inherited_lang)));
        attrs.push((INTENT, ArcRwSignal::new(None)));
        Host {
            element: SendWrapper::new(element),
            tag: decl.tag,
            id,
            attrs: Arc::new(attrs),
            #[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
            props: ArcStoredValue::new(Vec::new()),
        }
    }

    /// The signal of attribute `name` (one of the element's, or [`INHERITED_LANG`],
    /// [`INTENT`]). A name the element does not have gets a signal that never changes.
    pub fn attr(&self, name: &str) -> AttrSignal {
        self.attr_signal(name)
            .unwrap_or_else(|| ArcRwSignal::new(None))
    }

    /// Sets one attribute signal; unknown names are ignored.
    pub fn set(&self, name: &str, value: Option<String>) {
        if let Some(signal) = self.attr_signal(name) {
            set_attr(&signal, value);
        }
    }

    /// The signal of attribute `name`, if the element has it.
    pub fn attr_signal(&self, name: &str) -> Option<AttrSignal> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| s.clone())
    }

    /// Writes attribute `name` back to the element (`None` removes it) and to its
    /// signal: a reader's change to a widget's state, whose one source of truth is the
    /// attribute (`value`, `hotspot`).
    pub fn write(&self, name: &str, value: Option<&str>) {
        let _ = match value {
            Some(v) => self.element.set_attribute(name, v),
            None => self.element.remove_attribute(name),
        };
        // Mounted by the loader, the element's attribute callback has already set the
        // signal; this covers the rest (and is a no-op when equal).
        self.set(name, value.map(str::to_owned));
    }

    /// Publishes property `name` (from the element's `prop` names): the loader's
    /// `el.<name>` reads `value` then, always current (a memo recomputes on read).
    #[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
    pub fn publish(&self, name: &'static str, value: Signal<Option<String>>) {
        self.props.update_value(|p| p.push((name, value)));
    }

    /// The published property `name` now, if the widget publishes it.
    #[cfg(any(feature = "deterrence-slider", feature = "hotspot-map"))]
    pub fn property(&self, name: &str) -> Option<Option<String>> {
        self.props.with_value(|p| {
            p.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.get_untracked())
        })
    }

    /// The language to render in, following `lang` and the ancestors; warns once per
    /// unusable `lang` value. Call inside the widget's reactive owner.
    pub fn lang(&self) -> Derived<Lang> {
        let own = self.attr(shared::attr::LANG);
        let inherited = self.attr(INHERITED_LANG);
        let warn_own = own.clone();
        let this = self.clone();
        effect(move || {
            warn_own.with(|raw| {
                if let Some(raw) = raw {
                    if resolve_lang(Some(raw), None).own_was_bad {
                        this.warn(&[
                            "lang=\"",
                            &excerpt(raw),
                            "\" is not a language this widget has (ja, en); using the page's language or Japanese.",
                        ].concat());
                    }
                }
            });
        });
        Derived::new(move || {
            own.with(|o| inherited.with(|i| resolve_lang(o.as_deref(), i.as_deref()).lang))
        })
    }

    /// The colour scheme; warns once per unusable `theme` value.
    pub fn theme(&self) -> Derived<Theme> {
        let attr = self.attr(shared::attr::THEME);
        let warn_attr = attr.clone();
        let this = self.clone();
        effect(move || {
            warn_attr.with(|raw| {
                if let (Some(raw), Err(_)) = (raw, parse_theme(raw.as_deref())) {
                    this.warn(
                        &[
                            "theme=\"",
                            &excerpt(raw),
                            "\" is not one of auto, light, dark; using auto.",
                        ]
                        .concat(),
                    );
                }
            });
        });
        Derived::new(move || attr.with(|raw| parse_theme(raw.as_deref()).unwrap_or_else(|t| t)))
    }

    /// [`Host::lang`] and [`Host::theme`] as memos, for a view with many readers (a
    /// block widget's): each reader runs again only when the value changes.
    pub fn lang_and_theme_memos(&self) -> (Memo<Lang>, Memo<Theme>) {
        let (lang, theme) = (self.lang(), self.theme());
        (memo(move || lang.get()), memo(move || theme.get()))
    }

    /// Logs one `console.warn` naming this element.
    pub fn warn(&self, message: &str) {
        web_sys::console::warn_1(&JsValue::from_str(
            &["<", self.tag, ">: ", message].concat(),
        ));
    }

    /// Dispatches a bubbling, composed `CustomEvent` named `name` with `detail` from the
    /// host element.
    pub fn dispatch(&self, name: &str, detail: &[(&str, JsValue)]) {
        super::dom::dispatch(&self.element, name, detail);
    }
}
