//! The slider's first screen: the disclaimer, the position (a native range input, role
//! `slider`: arrows, PageUp/PageDown, Home/End, drag and touch for free, with
//! `aria-valuetext` in words), its zone, announced when it changes, and the zone's
//! explanation.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::read::{input_value, text};
use super::words::{Words, ZoneWords};
use crate::attrs::Lang;
use crate::content::slider_labels as l;
use crate::hooks::{on_change, use_event_listener};
use crate::runtime::build::{add, add_text, bind_attr, bind_html};

/// The position and its zone, at the end of `parent`. It shows `value` (in zone `zone`,
/// an index into the words' zones); a reader's move goes to `on_input`.
pub fn position(
    parent: &Element,
    (value, zone): (Memo<u8>, Memo<u8>),
    lang: Memo<Lang>,
    words: Memo<Words>,
    on_input: impl Fn(u8) + 'static,
) -> Option<()> {
    let zone_words = move |pick: fn(&ZoneWords) -> &String| {
        words.with(|w| {
            w.zones
                .get(usize::from(zone.get()))
                .map(|z| pick(z).clone())
                .unwrap_or_default()
        })
    };
    let zone_name = move || zone_words(|z| &z.name);
    let disclaimer = add(
        parent,
        "p",
        &[
            ("class", "ds-disclaimer"),
            ("data-testid", "slider-disclaimer"),
        ],
    )?;
    add_text(&disclaimer, text(l::DISCLAIMER, lang));
    let label = add(
        parent,
        "label",
        &[("class", "ds-label"), ("for", "ds-range")],
    )?;
    add_text(&label, text(l::SLIDER_LABEL, lang));
    let axis = add(parent, "div", &[("class", "ds-axis")])?;
    axis_end(&axis, text(l::END_MIN, lang))?;
    let input: HtmlInputElement = add(
        &axis,
        "input",
        &[
            ("id", "ds-range"),
            ("class", "ds-range"),
            ("type", "range"),
            ("min", "0"),
            ("max", "100"),
            ("step", "1"),
            ("part", "slider"),
            ("data-testid", "slider-input"),
        ],
    )?
    .unchecked_into();
    let field = input.clone();
    on_change(move || value.get().to_string(), move |v| field.set_value(v));
    bind_attr(&input, "aria-valuetext", move || {
        format!("{} ({}/100)", zone_words(|z| &z.value_text), value.get())
    });
    let field = input.clone();
    use_event_listener(&input, "input", move |_| {
        if let Some(v) = input_value(&field) {
            on_input(v.clamp(0.0, 100.0) as u8);
        }
    });
    axis_end(&axis, text(l::END_MAX, lang))?;
    let shown = add(
        parent,
        "p",
        &[("class", "ds-zone"), ("data-testid", "slider-zone")],
    )?;
    add_text(&add(&shown, "strong", &[])?, zone_name);
    let figure = add(&shown, "span", &[("class", "ds-value")])?;
    add_text(&figure, move || format!(" {}/100", value.get()));
    let live = add(
        parent,
        "p",
        &[
            ("class", "ex-visually-hidden"),
            ("aria-live", "polite"),
            ("data-testid", "slider-live"),
        ],
    )?;
    add_text(&live, zone_name);
    let explanation = add(parent, "p", &[("class", "ds-zone-text")])?;
    bind_html(&explanation, move || zone_words(|z| &z.explanation));
    Some(())
}

/// One end of the range's axis (its words hidden from screen readers, which have the
/// input's own).
fn axis_end(axis: &Element, words: impl Fn() -> String + 'static) -> Option<()> {
    let end = add(
        axis,
        "span",
        &[("class", "ds-end"), ("aria-hidden", "true")],
    )?;
    add_text(&end, words);
    Some(())
}
