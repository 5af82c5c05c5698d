//! The model's rules: how the model works, in a disclosure under the examples.

use leptos::prelude::*;

use super::read::model_text;
use super::words::Words;
use crate::content::slider_model as m;

/// The model's rules, closed until the reader opens them.
#[component]
pub fn Rules(
    /// The slider's words (the rules' title and paragraphs).
    words: Memo<Words>,
) -> impl IntoView {
    let paragraphs = move || {
        words
            .with(|w| w.list(m::HOW).to_vec())
            .into_iter()
            .map(|p| view! { <p>{p}</p> })
            .collect_view()
    };
    view! {
        <details class="ds-how" data-testid="slider-how">
            <summary>{model_text(m::HOW_TITLE, words)}</summary>
            {paragraphs}
        </details>
    }
}
