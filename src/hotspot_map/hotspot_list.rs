//! The hotspots as a list of toggle buttons placed on the map, in keyboard order:
//! arrows, Home and End move between them; Enter and Space toggle one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

use super::data::{HOTSPOTS, NAV_ORDER};
use super::select::{next_hotspot, parse_selected};
use super::text as t;
use super::use_selection::Selection;
use super::words::MapWords;
use crate::attrs::Lang;
use crate::hooks::{attribute_effect, on_change, use_event_listener};
use crate::runtime::build::{add, set_style};

/// Arrows, Home and End move focus between the buttons; Enter and Space toggle one.
fn on_key(ev: &Event, selection: Selection) {
    let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let Some(id) = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.get_attribute("data-id"))
    else {
        return;
    };
    let key = ev.key();
    if key == "Enter" || key == " " {
        ev.prevent_default();
        if let Some(i) = parse_selected(Some(&id)).index() {
            selection.toggle(i);
        }
    } else if let Some(to) = next_hotspot(&id, &key) {
        ev.prevent_default();
        if let Some(h) = HOTSPOTS.get(to) {
            selection.focus(h.id);
        }
    }
}

/// Adds the hotspot buttons to the map's frame `frame`, each at its label point on the
/// map, and returns their list.
pub fn hotspot_list(
    frame: &Element,
    selection: Selection,
    lang: Memo<Lang>,
    words: Memo<MapWords>,
) -> Option<Element> {
    let Selection { selected, hot, .. } = selection;
    let attrs = [("class", "hm-spots"), ("data-testid", "map-list")];
    let ul = add(frame, "ul", &attrs)?;
    attribute_effect(&ul, "aria-label", move || t::HOTSPOTS.get(lang.get()));
    let mut buttons = Vec::new();
    for i in NAV_ORDER.iter().map(|&i| usize::from(i)) {
        let Some(h) = HOTSPOTS.get(i) else {
            continue;
        };
        let Some(li) = add(&ul, "li", &[("class", "hm-spot")]) else {
            continue;
        };
        set_style(&li, "--x", h.at.x);
        set_style(&li, "--y", h.at.y);
        let attrs = [
            ("type", "button"),
            ("class", "hm-spot-btn"),
            ("data-testid", "map-hotspot"),
            ("data-id", h.id),
            ("aria-controls", "hm-side"),
        ];
        if let Some(b) = add(&li, "button", &attrs) {
            use_event_listener(&b, "click", move |_| selection.toggle(i));
            use_event_listener(&b, "focus", move |_| hot.set(Some(i)));
            use_event_listener(&b, "blur", move |_| hot.set(None));
            buttons.push((i, b));
        }
    }
    let pressed = buttons.clone();
    on_change(
        move || selected.get(),
        move |&on| {
            for (i, b) in &pressed {
                let _ = b.set_attribute(
                    "aria-pressed",
                    if on == Some(*i) { "true" } else { "false" },
                );
            }
        },
    );
    on_change(
        move || words.with(|w| w.names.clone()),
        move |names| {
            for (i, b) in &buttons {
                b.set_text_content(Some(names.get(*i).map_or("", String::as_str)));
            }
        },
    );
    selection.list.set_value(Some(ul.clone()));
    // Active: Enter and Space cancel the button's own activation.
    use_event_listener(&ul, "keydown", move |ev| on_key(ev, selection));
    Some(ul)
}
