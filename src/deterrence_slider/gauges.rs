//! The four gauges: one meter per output of the model (`content.toml`'s outputs, asked
//! for by id), with its label and what it measures.

use leptos::prelude::*;
use web_sys::Element;

use super::chart::percent;
use super::words::Words;
use crate::content::SLIDER_OUTPUTS;
use crate::model::Outcome;
use crate::runtime::build::{add, add_text, bind_attr, bind_html, bind_style};

/// A gauge per output of the model, as the items of `list`.
pub fn gauges(list: &Element, outcome: Memo<Outcome>, words: Memo<Words>) {
    for (i, o) in SLIDER_OUTPUTS.iter().enumerate() {
        gauge(list, i, o.id, outcome, words);
    }
}

/// The gauge of output `id`, the `i`th: its label, value, meter and help.
fn gauge(
    list: &Element,
    i: usize,
    id: &'static str,
    outcome: Memo<Outcome>,
    words: Memo<Words>,
) -> Option<()> {
    let label_id = format!("ds-g{i}");
    let pct = move || percent(outcome.with(|o| o.output(id)).unwrap_or(0.0));
    let item = add(
        list,
        "li",
        &[
            ("class", "ds-gauge"),
            ("data-id", id),
            ("data-testid", "slider-gauge"),
        ],
    )?;
    let label = add(
        &item,
        "span",
        &[("class", "ds-gauge-label"), ("id", &label_id)],
    )?;
    add_text(&label, move || {
        words.with(|w| {
            w.outputs
                .get(i)
                .map(|o| o.label.clone())
                .unwrap_or_default()
        })
    });
    let value = add(&item, "span", &[("class", "ds-gauge-value")])?;
    add_text(&value, move || format!("{}%", pct()));
    let bar = add(
        &item,
        "span",
        &[
            ("class", "ds-bar"),
            ("role", "meter"),
            ("aria-labelledby", &label_id),
            ("aria-valuemin", "0"),
            ("aria-valuemax", "100"),
        ],
    )?;
    bind_attr(&bar, "aria-valuenow", move || pct().to_string());
    let fill = add(&bar, "span", &[("class", "ds-fill")])?;
    bind_style(&fill, "width", move || format!("{}%", pct()));
    let help = add(&item, "span", &[("class", "ds-help")])?;
    bind_html(&help, move || {
        words.with(|w| w.outputs.get(i).map(|o| o.help.clone()).unwrap_or_default())
    });
    Some(())
}
