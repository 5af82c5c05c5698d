//! The model's rules: how the model works, in a disclosure under the examples. Its
//! paragraphs come with the disclosures' file ([`Disclosures`]), when a reader first
//! reaches for them or an example.

use leptos::prelude::*;
use web_sys::Element;

use super::disclosures::{show, Disclosures};
use super::read::{model_text, text};
use super::words::Words;
use crate::attrs::Lang;
use crate::content::{slider_labels as l, slider_model as m};
use crate::hooks::on_change;
use crate::runtime::build::{add, add_text};

/// The model's rules at the end of `parent`, closed until the reader opens them.
pub fn rules(
    parent: &Element,
    (lang, words): (Memo<Lang>, Memo<Words>),
    disclosures: Disclosures,
) -> Option<()> {
    let details = add(
        parent,
        "details",
        &[("class", "ds-how"), ("data-testid", "slider-how")],
    )?;
    let summary = add(&details, "summary", &[])?;
    add_text(&summary, model_text(m::HOW_TITLE, words));
    disclosures.reached_through(&details);
    // Until the paragraphs come: the words for waiting and for failing, as an
    // example's body has them.
    let body = add(&details, "div", &[("class", "ds-how-body")])?;
    let (wait, failed) = (add(&body, "p", &[])?, add(&body, "p", &[("hidden", "")])?);
    add_text(&wait, text(l::DISCLOSURE_LOADING, lang));
    add_text(&failed, text(l::DISCLOSURE_FAILED, lang));
    show(&body, true);
    // Its paragraphs, built again when they change.
    let mut shown = Vec::<Element>::new();
    on_change(
        move || disclosures.list(m::HOW),
        move |now| {
            for p in shown.drain(..) {
                p.remove();
            }
            match now {
                Some(Ok(paragraphs)) => {
                    for text in paragraphs {
                        if let Some(p) = add(&details, "p", &[]) {
                            p.set_text_content(Some(text));
                            shown.push(p);
                        }
                    }
                    let _ = body.set_attribute("hidden", "");
                }
                Some(Err(())) => {
                    let _ = body.remove_attribute("hidden");
                    show(&body, false);
                }
                None => {
                    let _ = body.remove_attribute("hidden");
                    show(&body, true);
                }
            }
        },
    );
    Some(())
}
