//! The four gauges: one meter per output of the model (`content.toml`'s outputs, asked
//! for by id), with its label and what it measures.

use leptos::prelude::*;

use super::chart::percent;
use super::words::Words;
use crate::content::SLIDER_OUTPUTS;
use crate::model::Outcome;

/// A gauge per output of the model, as the items of a list.
#[component]
pub fn Gauges(
    /// The model's outcome the gauges show.
    outcome: Memo<Outcome>,
    /// The slider's words (the gauges' labels and help).
    words: Memo<Words>,
) -> impl IntoView {
    SLIDER_OUTPUTS
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let pct = move || percent(outcome.get().output(o.id).unwrap_or(0.0));
            view! {
                <li class="ds-gauge" data-id=o.id data-testid="slider-gauge">
                    <span class="ds-gauge-label" id=format!("ds-g{i}")>
                        {move || words.with(|w| w.outputs.get(i).map(|o| o.label.clone()))}
                    </span>
                    <span class="ds-gauge-value">{move || format!("{}%", pct())}</span>
                    <span
                        class="ds-bar"
                        role="meter"
                        aria-labelledby=format!("ds-g{i}")
                        aria-valuemin="0"
                        aria-valuemax="100"
                        aria-valuenow=move || pct().to_string()
                    >
                        <span class="ds-fill" style:width=move || format!("{}%", pct())></span>
                    </span>
                    <span
                        class="ds-help"
                        inner_html=move || {
                            words
                                .with(|w| {
                                    w.outputs.get(i).map(|o| o.help.clone()).unwrap_or_default()
                                })
                        }
                    ></span>
                </li>
            }
        })
        .collect_view()
}
