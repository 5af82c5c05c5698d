//! The examples that fit the position (from seed 004): finished HTML from the build,
//! escaped there, their glossary terms elements the loader mounts.

use leptos::prelude::*;
use web_sys::Element;

use super::dom::{add, add_text, bind_html};
use super::read::text;
use super::words::Words;
use crate::attrs::Lang;
use crate::content::{slider_labels as l, SLIDER_EXAMPLES};
use crate::hooks::memo;

/// The examples whose range holds `value`, under their heading, at the end of `parent`.
pub fn examples(
    parent: &Element,
    value: Memo<u8>,
    lang: Memo<Lang>,
    words: Memo<Words>,
) -> Option<()> {
    // Which examples fit the position, as a bit set: the list is written again only
    // when the set changes, not on every step.
    let visible = memo(move || {
        let v = value.get();
        SLIDER_EXAMPLES
            .iter()
            .enumerate()
            .filter(|(_, e)| (e.min..=e.max).contains(&v))
            .fold(0u64, |set, (i, _)| set | (1u64 << (i % 64)))
    });
    let section = add(
        parent,
        "section",
        &[("class", "ds-examples"), ("aria-labelledby", "ds-ex-h")],
    )?;
    // Not a heading element: an embedded widget must not break the host's outline.
    let heading = add(&section, "p", &[("class", "ds-h"), ("id", "ds-ex-h")])?;
    add_text(&heading, text(l::EXAMPLES_TITLE, lang));
    let list = add(&section, "ul", &[])?;
    bind_html(&list, move || {
        let set = visible.get();
        SLIDER_EXAMPLES
            .iter()
            .enumerate()
            .filter(|(i, _)| set & (1u64 << (i % 64)) != 0)
            .filter_map(|(i, _)| words.with(|w| w.examples.get(i).cloned()))
            .collect::<String>()
    });
    Some(())
}
