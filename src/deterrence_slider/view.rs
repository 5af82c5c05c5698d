//! The `<deterrence-slider>` view: the position and its zone, four gauges, the tension
//! chart, the model's two assumptions, the examples from seed 004 that fit the position,
//! and the model's rules, each built by a function of its own with DOM calls, its
//! changing values kept current by effects (no renderer).
//!
//! It is built in steps ([`in_step`]), spread over the frames after the mount: the
//! mount's task sets up the state; the root comes in a step of its own; then the first
//! screen (the position and its zone), then the gauges, then the chart and the
//! controls, then the examples and the rules. No task both evaluates the model and
//! makes V8 compile the view code (it compiles each wasm function when first called),
//! and the position and its zone are built first.

use leptos::prelude::*;
use web_sys::Element;

use super::controls::controls;
use super::disclosures::use_disclosures;
use super::examples::examples;
use super::gauges::gauges;
use super::position::position;
use super::rules::rules;
use super::tension_chart::tension_chart;
use super::words::Words;
use super::Assumptions;
use crate::attrs::{Lang, Theme};
use crate::content::SLIDER_ZONES;
use crate::hooks::{attribute_effect, in_step, memo};
use crate::model::{zone_for, Outcome};
use crate::runtime::build::{add, add_child};
use crate::runtime::host::Warn;

/// The state `<deterrence-slider>` shows, set up by its mount.
#[derive(Clone, Copy)]
pub struct Slider {
    /// The position: 0 (all deterrence) to 100 (all reassurance).
    pub value: Memo<u8>,
    /// The model's assumptions; the reader changes them here.
    pub assumptions: Assumptions,
    /// The model's outcome at `value` under `assumptions` ([`Assumptions::outcome`]).
    pub outcome: Memo<Outcome>,
    /// The language asked for (shown until `words` arrive, then theirs).
    pub lang: Memo<Lang>,
    /// The slider's words, in the language they were loaded in ([`Words::default`]
    /// while none have arrived).
    pub words: Memo<Words>,
    /// The colour scheme.
    pub theme: Memo<Theme>,
}

/// `<deterrence-slider>` in `root`, built in the steps after this one (see the
/// module's comment): the position, its zone, the model's outcome (gauges, chart) and
/// the two assumptions the reader can change. It shows `slider.value`; a reader's move
/// goes to `on_input` (whose owner sets the value in turn); a warning (an example's body
/// that cannot be had) to `warn`. Call inside the instance's reactive owner: everything
/// built lives and dies with it.
pub fn deterrence_slider(
    root: Element,
    slider: Slider,
    on_input: impl Fn(u8) + 'static,
    warn: Warn,
) {
    in_step(move || {
        let Slider {
            value,
            words,
            theme,
            ..
        } = slider;
        // Every word on the slider is in one language: its words' once they have
        // arrived (the interface words from text.toml follow them).
        let lang = memo(move || words.with(|w| w.lang).unwrap_or_else(|| slider.lang.get()));
        // The zone's index (a `u8`, as the value is: one memo type for both).
        let zone = memo(move || zone_for(value.get()).index() as u8);
        let Some(top) = add_child(&root, "div") else {
            return;
        };
        let _ = top.set_attribute("class", "ex-root ex-block ds");
        attribute_effect(&top, "lang", move || lang.get().tag());
        attribute_effect(&top, "data-theme", move || theme.get().as_str());
        attribute_effect(&top, "data-zone", move || {
            SLIDER_ZONES
                .get(usize::from(zone.get()))
                .map(|z| z.id)
                .unwrap_or("")
        });
        in_step(move || {
            parts(&top, Slider { lang, ..slider }, zone, on_input, warn);
        });
    });
}

/// The slider's parts in `top`: the first screen now, the rest each in a step of its
/// own, in order.
fn parts(
    top: &Element,
    slider: Slider,
    zone: Memo<u8>,
    on_input: impl Fn(u8) + 'static,
    warn: Warn,
) -> Option<()> {
    let Slider {
        value,
        assumptions,
        outcome,
        lang,
        words,
        ..
    } = slider;
    position(top, (value, zone), lang, words, on_input)?;
    let list = add(top, "ul", &[("class", "ds-gauges")])?;
    let later = add(top, "div", &[("class", "ds-later")])?;
    in_step(move || gauges(&list, outcome, words));
    let part = later.clone();
    in_step(move || {
        tension_chart(&part, outcome, lang);
        controls(&part, assumptions, words);
    });
    in_step(move || {
        // The examples' bodies and the rules' paragraphs: one file, when first reached.
        let disclosures = use_disclosures(lang, warn);
        examples(&later, value, (lang, words), disclosures);
        rules(&later, (lang, words), disclosures);
    });
    Some(())
}
