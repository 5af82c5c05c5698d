//! The examples that fit the position (from seed 004): finished HTML from the build,
//! escaped there, their glossary terms elements the loader mounts; each example's body
//! comes with the disclosures' file, when a reader reaches for one ([`Disclosures`]).

use leptos::prelude::*;
use web_sys::Element;

use super::disclosures::Disclosures;
use super::read::text;
use super::words::Words;
use crate::attrs::Lang;
use crate::content::{slider_labels as l, SLIDER_EXAMPLES};
use crate::hooks::on_change;
use crate::runtime::build::{add, add_text};

/// The examples whose range holds `value`, under their heading, at the end of `parent`,
/// in `lang` with `words`, their bodies from `disclosures`.
pub fn examples(
    parent: &Element,
    value: Memo<u8>,
    (lang, words): (Memo<Lang>, Memo<Words>),
    disclosures: Disclosures,
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
    disclosures.examples(&list);
    // Written only when it differs from the last (a step that keeps the same examples
    // writes nothing, and their glossary terms and bodies stay); each new list gets the
    // bodies that have arrived at once.
    on_change(
        move || {
            let v = value.get();
            words.with(|w| fitting(v, &w.examples))
        },
        move |html| {
            list.set_inner_html(html);
            disclosures.fill(&list);
        },
    );
    Some(())
}

/// The HTML of the examples whose range holds `value`, in order: `html` holds each
/// example's, in `SLIDER_EXAMPLES` order (fewer while the words are missing).
pub fn fitting(value: u8, html: &[String]) -> String {
    SLIDER_EXAMPLES
        .iter()
        .zip(html)
        .filter(|(e, _)| (e.min..=e.max).contains(&value))
        .map(|(_, h)| h.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_example_is_shown_from_its_min_to_its_max_in_order() {
        let html: Vec<String> = SLIDER_EXAMPLES
            .iter()
            .map(|e| format!("<li>{}</li>", e.id))
            .collect();
        for (e, h) in SLIDER_EXAMPLES.iter().zip(&html) {
            assert!(fitting(e.min, &html).contains(h.as_str()), "{}", e.id);
            assert!(fitting(e.max, &html).contains(h.as_str()), "{}", e.id);
            if let Some(after) = e.max.checked_add(1).filter(|v| *v <= 100) {
                assert!(!fitting(after, &html).contains(h.as_str()), "{}", e.id);
            }
            if let Some(before) = e.min.checked_sub(1) {
                assert!(!fitting(before, &html).contains(h.as_str()), "{}", e.id);
            }
        }
        // In content order: the first example that fits comes first.
        let at_zero = fitting(0, &html);
        let first = SLIDER_EXAMPLES.iter().position(|e| e.min == 0);
        assert!(first.is_some_and(|i| at_zero.starts_with(&html[i])));
        // No words yet: no examples.
        assert_eq!(fitting(0, &[]), "");
    }
}
