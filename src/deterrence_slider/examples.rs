//! The examples that fit the position (from seed 004): finished HTML from the build,
//! escaped there, their glossary terms elements the loader mounts.

use leptos::prelude::*;
use web_sys::Element;

use super::dom::{add, add_text, bind_html};
use super::read::text;
use super::words::Words;
use crate::attrs::Lang;
use crate::content::{slider_labels as l, SLIDER_EXAMPLES};

/// The examples whose range holds `value`, under their heading, at the end of `parent`.
pub fn examples(
    parent: &Element,
    value: Memo<u8>,
    lang: Memo<Lang>,
    words: Memo<Words>,
) -> Option<()> {
    let section = add(
        parent,
        "section",
        &[("class", "ds-examples"), ("aria-labelledby", "ds-ex-h")],
    )?;
    // Not a heading element: an embedded widget must not break the host's outline.
    let heading = add(&section, "p", &[("class", "ds-h"), ("id", "ds-ex-h")])?;
    add_text(&heading, text(l::EXAMPLES_TITLE, lang));
    let list = add(&section, "ul", &[])?;
    // Written only when it differs from the last (a step that keeps the same examples
    // writes nothing, and their glossary terms stay mounted).
    bind_html(&list, move || {
        let v = value.get();
        words.with(|w| {
            SLIDER_EXAMPLES
                .iter()
                .zip(&w.examples)
                .filter(|(e, _)| (e.min..=e.max).contains(&v))
                .map(|(_, html)| html.as_str())
                .collect::<String>()
        })
    });
    Some(())
}
