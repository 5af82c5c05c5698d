//! The examples that fit the position (from seed 004): finished HTML from the build,
//! escaped there, their glossary terms elements the loader mounts.

use leptos::prelude::*;

use super::read::text;
use super::words::Words;
use crate::attrs::Lang;
use crate::content::{slider_labels as l, SLIDER_EXAMPLES};

/// The examples whose range holds `value`, under their heading.
#[component]
pub fn Examples(
    /// The position.
    value: Memo<u8>,
    /// The slider's language.
    lang: Memo<Lang>,
    /// The slider's words (the examples' HTML).
    words: Memo<Words>,
) -> impl IntoView {
    // Which examples fit the position, as a bit set: the list re-renders only when the
    // set changes, not on every step.
    let visible = Memo::new(move |_| {
        let v = value.get();
        SLIDER_EXAMPLES
            .iter()
            .enumerate()
            .filter(|(_, e)| (e.min..=e.max).contains(&v))
            .fold(0u64, |set, (i, _)| set | (1u64 << (i % 64)))
    });
    let examples = move || {
        let set = visible.get();
        SLIDER_EXAMPLES
            .iter()
            .enumerate()
            .filter(|(i, _)| set & (1u64 << (i % 64)) != 0)
            .filter_map(|(i, _)| words.with(|w| w.examples.get(i).cloned()))
            .collect::<String>()
    };
    view! {
        <section class="ds-examples" aria-labelledby="ds-ex-h">
            // Not a heading element: an embedded widget must not break the host's outline.
            <p class="ds-h" id="ds-ex-h">
                {text(l::EXAMPLES_TITLE, lang)}
            </p>
            <ul inner_html=examples></ul>
        </section>
    }
}
