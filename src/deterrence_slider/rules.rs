//! The model's rules: how the model works, in a disclosure under the examples.

use leptos::prelude::*;
use web_sys::Element;

use super::read::model_text;
use super::words::Words;
use crate::content::slider_model as m;
use crate::hooks::on_change;
use crate::runtime::build::{add, add_text};

/// The model's rules at the end of `parent`, closed until the reader opens them.
pub fn rules(parent: &Element, words: Memo<Words>) -> Option<()> {
    let details = add(
        parent,
        "details",
        &[("class", "ds-how"), ("data-testid", "slider-how")],
    )?;
    let summary = add(&details, "summary", &[])?;
    add_text(&summary, model_text(m::HOW_TITLE, words));
    // Its paragraphs, after the summary: built again when the words change.
    let mut shown = Vec::<Element>::new();
    on_change(
        move || words.with(|w| w.list(m::HOW).to_vec()),
        move |paragraphs| {
            for p in shown.drain(..) {
                p.remove();
            }
            for text in paragraphs {
                if let Some(p) = add(&details, "p", &[]) {
                    p.set_text_content(Some(text));
                    shown.push(p);
                }
            }
        },
    );
    Some(())
}
