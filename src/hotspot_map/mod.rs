//! `<hotspot-map>`: a vector map of East Asia (Natural Earth) with the four hotspots of
//! seed-004 and a dated, sourced card for each.
//!
//! [`projection`] is shared with the geometry tool and the build step, which project
//! everything ahead of time; [`data`] is the compiled content; [`select`] is the pure
//! logic (the `selected` attribute, keyboard order); [`view`](mod@view) is the view,
//! [`view::hotspot_map`], built with DOM calls ([`crate::runtime::build`]) by a
//! function per part
//! ([`land`], [`regions`], [`labels`], [`hotspot_list`], [`side_panel`],
//! [`layer_panel`]) over its hooks ([`use_selection`], [`use_layers`]); its registry
//! entry, `WIDGET`, mounts it for the element.

pub mod data;
pub mod hotspot_list;
pub mod labels;
pub mod land;
pub mod layer_panel;
pub mod layers;
pub mod projection;
pub mod regions;
pub mod select;
pub mod side_panel;
pub mod text;
pub mod use_layers;
pub mod use_selection;
pub mod view;
pub mod words;

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use self::data::HOTSPOTS;
use self::layers::{layer_set, layers_value, parse_layers};
use self::select::{deciding, id_of, parse_selected, Choice};
use self::view::{hotspot_map, MapState};
use self::words::MapWords;
use crate::attrs::excerpt;
use crate::hooks::effect;
use crate::hooks::use_words;
use crate::runtime::elements::hotspot_map::{attr, detail, event, prop, ELEMENT};
use crate::runtime::host::Host;
use crate::runtime::owned::owned;
use crate::runtime::registry::Widget;

/// `<hotspot-map>` in the registry.
pub(crate) static WIDGET: Widget = Widget {
    element: &ELEMENT,
    mount,
};

/// The element → [`hotspot_map`] glue. The `hotspot` attribute (or its older name
/// `selected`) is the one source of truth: a reader's choice is written back to
/// `hotspot` (and `selected` removed), so `el.selected`, the attributes and the card
/// always agree; every change after mount is announced with `hotspot-select`.
fn mount(host: Host, root: HtmlElement) -> Box<dyn Any> {
    owned(move || {
        let (lang, theme) = host.lang_and_theme_memos();
        let (hotspot, old) = (host.attr(attr::HOTSPOT), host.attr(attr::SELECTED));
        // One warning per unusable value.
        let (h, s, warner) = (hotspot.clone(), old.clone(), host.clone());
        effect(move || {
            h.with(|h| {
                s.with(|s| {
                    let (name, raw) = deciding(h.as_deref(), s.as_deref());
                    if parse_selected(raw) == Choice::Unknown {
                        let known: Vec<&str> = HOTSPOTS.iter().map(|h| h.id).collect();
                        warner.warn(&format!(
                            "{name}=\"{}\" is not a hotspot; nothing is selected (known: {}).",
                            excerpt(raw.unwrap_or("")),
                            known.join(", ")
                        ));
                    }
                })
            })
        });
        let selected = Memo::new(move |_| {
            hotspot.with(|h| {
                old.with(|s| parse_selected(deciding(h.as_deref(), s.as_deref()).1).index())
            })
        });
        host.publish(
            prop::SELECTED,
            Signal::derive(move || id_of(selected.get()).map(str::to_owned)),
        );
        let events = host.clone();
        let mut prev = None::<Option<usize>>;
        effect(move || {
            let now = selected.get();
            if prev.replace(now).is_some_and(|p| p != now) {
                let id = id_of(now).map_or(JsValue::NULL, JsValue::from_str);
                events.dispatch(event::HOTSPOT_SELECT, &detail::hotspot_select::fields(id));
            }
        });
        // A reader's choice: written to `hotspot`, and the older `selected` removed, so
        // the two never disagree.
        let writer = host.clone();
        let on_select = Callback::new(move |next: Option<usize>| {
            writer.write(attr::SELECTED, None);
            writer.write(attr::HOTSPOT, id_of(next));
        });
        // The layers: `layers` is their one source of truth too.
        let raw_layers = host.attr(attr::LAYERS);
        let (raw, warner) = (raw_layers.clone(), host.clone());
        effect(move || {
            raw.with(|raw| {
                let unknown = parse_layers(raw.as_deref()).unknown;
                if !unknown.is_empty() {
                    let mut message = String::from("layers: ");
                    for (k, u) in unknown.iter().enumerate() {
                        message.push_str(if k == 0 { "\"" } else { "\", \"" });
                        message.push_str(&excerpt(u));
                    }
                    message.push_str("\" not a layer; the others are drawn (known: ");
                    message.push_str(&layers_value(u32::MAX));
                    message.push_str(").");
                    warner.warn(&message);
                }
            })
        });
        let (raw, events) = (raw_layers.clone(), host.clone());
        host.publish(
            prop::LAYERS,
            Signal::derive(move || Some(layers_value(raw.with(|r| layer_set(r.as_deref()))))),
        );
        let raw = raw_layers;
        let mut before = None::<u32>;
        effect(move || {
            let now = raw.with(|r| layer_set(r.as_deref()));
            if before.replace(now).is_some_and(|b| b != now) {
                let value = JsValue::from_str(&layers_value(now));
                events.dispatch(event::LAYERS_CHANGE, &detail::layers_change::fields(value));
            }
        });
        // The land is the same in every language: asked for in the first, it is fetched
        // once.
        let first = lang.get_untracked();
        let (warner, words_warner) = (host.clone(), host.clone());
        let words = use_words(
            lang,
            move |l, done| MapWords::load(l, first, done),
            move |m| words_warner.warn(m),
            "; the map keeps what it shows.",
        );
        let on_warn = Callback::new(move |message: String| warner.warn(&message));
        // The view in later steps (after the next frame): this task only sets up the
        // state.
        let state = MapState {
            selected,
            lang,
            words,
            theme,
            on_select,
            on_warn,
            host,
        };
        hotspot_map(root, state);
    })
}
