//! The model's two assumptions as controls: how often a signal is misread (a range
//! input) and whether the adversary answers reassurance with restraint (a checkbox).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::chart::percent;
use super::read::{input_value, model_text};
use super::words::Words;
use super::Assumptions;
use crate::content::slider_model as m;
use crate::hooks::{on_change, use_event_listener};
use crate::model::params::MISPERCEPTION_STEP;
use crate::model::MISPERCEPTION_MAX;
use crate::runtime::build::{add, add_text, bind_attr};

/// The controls of `assumptions`, which a reader changes here, at the end of `parent`.
pub fn controls(parent: &Element, assumptions: Assumptions, words: Memo<Words>) -> Option<()> {
    let fieldset = add(parent, "fieldset", &[("class", "ds-controls")])?;
    misperception(&fieldset, assumptions.misperception, words)?;
    reciprocity(&fieldset, assumptions.reciprocates, words)
}

/// How often a signal is misread: a range input in whole percentages.
fn misperception(parent: &Element, mis: RwSignal<f64>, words: Memo<Words>) -> Option<()> {
    let control = add(parent, "div", &[("class", "ds-control")])?;
    let label = add(&control, "label", &[("for", "ds-mis")])?;
    add_text(&label, model_text(m::MISPERCEPTION_LABEL, words));
    let (max, step) = (
        percent(MISPERCEPTION_MAX).to_string(),
        percent(MISPERCEPTION_STEP).to_string(),
    );
    let input: HtmlInputElement = add(
        &control,
        "input",
        &[
            ("id", "ds-mis"),
            ("type", "range"),
            ("min", "0"),
            ("max", &max),
            ("step", &step),
            ("data-testid", "slider-misperception"),
            ("aria-describedby", "ds-mis-help"),
        ],
    )?
    .unchecked_into();
    let shown = move || format!("{}%", percent(mis.get()));
    let field = input.clone();
    on_change(
        move || percent(mis.get()).to_string(),
        move |v| field.set_value(v),
    );
    bind_attr(&input, "aria-valuetext", shown);
    let field = input.clone();
    use_event_listener(&input, "input", move |_| {
        if let Some(v) = input_value(&field) {
            mis.set((v / 100.0).clamp(0.0, MISPERCEPTION_MAX));
        }
    });
    let value = add(&control, "span", &[("class", "ds-value")])?;
    add_text(&value, shown);
    let help = add(
        &control,
        "p",
        &[("class", "ds-help"), ("id", "ds-mis-help")],
    )?;
    add_text(&help, model_text(m::MISPERCEPTION_HELP, words));
    Some(())
}

/// Whether the adversary answers reassurance with restraint: a checkbox.
fn reciprocity(parent: &Element, reciprocates: RwSignal<bool>, words: Memo<Words>) -> Option<()> {
    let control = add(parent, "div", &[("class", "ds-control")])?;
    let label = add(&control, "label", &[])?;
    let input: HtmlInputElement = add(
        &label,
        "input",
        &[
            ("type", "checkbox"),
            ("data-testid", "slider-reciprocity"),
            ("aria-describedby", "ds-rec-help"),
        ],
    )?
    .unchecked_into();
    let field = input.clone();
    on_change(move || reciprocates.get(), move |on| field.set_checked(*on));
    let field = input.clone();
    use_event_listener(&input, "change", move |_| reciprocates.set(field.checked()));
    add_text(&label, model_text(m::RECIPROCITY_LABEL, words));
    let value = add(&label, "span", &[("class", "ds-value")])?;
    add_text(&value, move || {
        let key = if reciprocates.get() {
            m::RECIPROCITY_ON
        } else {
            m::RECIPROCITY_OFF
        };
        words.with(|w| w.text(key).to_owned())
    });
    let help = add(
        &control,
        "p",
        &[("class", "ds-help"), ("id", "ds-rec-help")],
    )?;
    add_text(&help, model_text(m::RECIPROCITY_HELP, words));
    Some(())
}
