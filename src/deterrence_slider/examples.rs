//! The examples that fit the position (from seed 004): finished HTML from the build,
//! escaped there, their glossary terms elements the loader mounts; each example's body
//! is fetched when a reader reaches for one ([`use_example_bodies`]).

use leptos::prelude::*;

use super::example_bodies::{use_example_bodies, Warn};
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
    /// Where a warning goes.
    warn: Warn,
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
    // The items' language: their words'.
    let items_lang = move || words.with(|w| w.lang).unwrap_or_else(|| lang.get());
    let list = NodeRef::<leptos::html::Ul>::new();
    list.on_load(move |ul| use_example_bodies(&ul, items_lang, warn));
    view! {
        <section class="ds-examples" aria-labelledby="ds-ex-h">
            // Not a heading element: an embedded widget must not break the host's outline.
            <p class="ds-h" id="ds-ex-h">
                {text(l::EXAMPLES_TITLE, lang)}
            </p>
            <ul node_ref=list inner_html=examples></ul>
        </section>
    }
}
